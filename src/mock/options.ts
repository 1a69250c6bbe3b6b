// What a mock backend can be told, and the settings it runs with once defaults are filled in.
import type { FieldError, SiteConfig } from '../sdk/types.js';
import { defaultHours, type BusinessHours } from './hours.js';
import { HOUR, MINUTE, type TimeSource } from './clock.js';
import type { Window } from './rate-limit.js';
import type { AllowedOrigins } from './cors.js';
import type { ScriptMove } from './script.js';

export interface MockOptions {
  /** Where the backend lives; requests elsewhere are not answered. Default `https://support.example.test/api/v1`. */
  baseUrl?: string;
  /** Freeze time at this instant (moved only by `advance`). Without it the clock is real time plus `advance`s. */
  startAt?: string | number | Date;
  /**
   * Read time from this clock instead (plus `advance`s), e.g. the test clock the client under test
   * uses, so both agree; `latency` then waits on its `sleep`. Wins over `startAt`.
   */
  clock?: TimeSource;
  hours?: BusinessHours;
  /**
   * How the scripted agent moves tickets along; times in ms. `false` leaves tickets as they are
   * (tests and the demo then act as the agent: `agentReply`, `setStatus`, `breach`…).
   */
  script?: false | ScriptOptions;
  /** Delay every answer by this many ms (the demo uses it to show loading states). */
  latency?: number;
  attachments?: { maxBytes?: number; maxFiles?: number; accept?: string[] };
  /** Origins whose pages may call the backend (CORS). Default `'*'`: any origin, echoed back. */
  origins?: AllowedOrigins;
  /** Limits on anonymous abuse; see `MockLimits`. */
  limits?: Partial<MockLimits>;
  /** The site's help page, where access-link e-mails point unless a request names an allowed `returnUrl`. Default: `/help` on the backend's origin. */
  helpPage?: string;
  /** Origins articles may load images and media from (`SiteConfig.mediaOrigins`). Default none. */
  mediaOrigins?: string[];
}

/** How much one caller may do; counted on the mock's clock. */
export interface MockLimits {
  /** Tickets per e-mail address (or signed-in customer) per window. */
  tickets: Window;
  /** Access-link e-mails per address per window. */
  accessLinks: Window;
  /** Callbacks one phone number may have scheduled at once. */
  openCallbacksPerPhone: number;
}

export interface Failure {
  status: number;
  /** Only requests whose `METHOD path` (path below the base) matches; default all. */
  match?: RegExp;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Answer with a body that is not JSON. */
  malformed?: boolean;
  /** Fail with no response at all, as a dropped connection does. */
  network?: boolean;
  /** Field errors to send (with status 400 or 422), as a server-only rule would. */
  errors?: FieldError[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  idempotencyKey?: string;
  replayed?: boolean;
}

export interface ScriptOptions {
  /** After filing, the agent takes the ticket (default 2 min). */
  openAfter?: number;
  /** After filing, or after the customer writes, the agent answers (default 10 min). */
  replyAfter?: number;
  /** After an answer the customer leaves unanswered, the ticket is solved (default 60 min). */
  solveAfter?: number;
  /** A solved ticket closes this long after (default: never), when it can no longer be reopened. */
  closeAfter?: number;
  /**
   * The agent's moves on every new ticket. Default: take it after `openAfter`, answer at
   * `replyAfter`, then solve `solveAfter` later unless the customer writes. `backend.script(id, …)`
   * gives one ticket its own.
   */
  moves?: ScriptMove[];
}

/** When the scripted agent acts, in ms after the customer's move. */
export interface AgentTimings {
  openAfter: number;
  replyAfter: number;
  solveAfter: number;
  closeAfter?: number;
  moves: ScriptMove[];
}

/** The options with every default filled in: what the route modules read. */
export interface MockSettings {
  baseUrl: string;
  /** The base URL's path, which requests' paths are read below. */
  basePath: string;
  hours: BusinessHours;
  /** Undefined when tickets are left as they are. */
  agent: AgentTimings | undefined;
  limits: MockLimits;
  origins: AllowedOrigins;
  helpPage: string;
  mediaOrigins: string[];
  attachments: SiteConfig['attachments'];
}

const defaultLimits: MockLimits = {
  tickets: { limit: 20, windowMs: HOUR },
  accessLinks: { limit: 3, windowMs: HOUR },
  openCallbacksPerPhone: 2,
};

export function resolveSettings(options: MockOptions): MockSettings {
  const baseUrl = (options.baseUrl ?? 'https://support.example.test/api/v1').replace(/\/+$/, '');
  return {
    baseUrl,
    basePath: new URL(baseUrl).pathname.replace(/\/+$/, ''),
    hours: options.hours ?? defaultHours,
    agent: options.script === false ? undefined : agentTimings(options.script ?? {}),
    limits: { ...defaultLimits, ...options.limits },
    origins: options.origins ?? '*',
    helpPage: options.helpPage ?? `${new URL(baseUrl).origin}/help`,
    mediaOrigins: options.mediaOrigins ?? [],
    attachments: {
      maxBytes: options.attachments?.maxBytes ?? 10 * 1024 * 1024,
      maxFiles: options.attachments?.maxFiles ?? 5,
      accept: options.attachments?.accept ?? ['image/*', 'application/pdf', 'text/plain'],
    },
  };
}

function agentTimings(script: ScriptOptions): AgentTimings {
  const openAfter = script.openAfter ?? 2 * MINUTE;
  const replyAfter = script.replyAfter ?? 10 * MINUTE;
  const moves: ScriptMove[] = script.moves ?? [
    { do: 'acknowledge', after: openAfter },
    { do: 'reply', after: Math.max(0, replyAfter - openAfter) },
  ];
  return { openAfter, replyAfter, solveAfter: script.solveAfter ?? 60 * MINUTE, closeAfter: script.closeAfter, moves };
}
