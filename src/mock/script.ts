// What the mock's scripted agent can be told to do, move by move, on the mock's clock.
import { MINUTE } from './clock.js';
import { script, type Locale } from './seed-config.js';

/** Text in the ticket's language: one string for all, or one per language (English when the ticket's is missing). */
export type Words = string | Partial<Record<Locale, string>>;

/**
 * One move of the scripted agent, `after` ms after the move before it (the first: after the
 * ticket was filed; after `ask`: after the customer's answer).
 */
export type ScriptMove = { after: number } & (
  /** Takes the ticket (received → open) and names who handles it; with `say`, writes so (true: the usual words). */
  | { do: 'acknowledge'; say?: boolean | Words }
  /** Asks the customer a question (default: the usual one); the ticket waits on them, and so does the script. */
  | { do: 'ask'; body?: Words }
  /**
   * Answers (default: the usual answer), as agent or bot; the ticket waits on the customer. With
   * nothing planned after it, the ticket is solved `solveAfter` later unless the customer writes.
   */
  | { do: 'reply'; body?: Words; role?: 'agent' | 'bot' }
  /** Plans multi-step work: the first step current, the others pending. */
  | { do: 'plan'; steps: Words[] }
  /** The current step is done; the next one is current. */
  | { do: 'advance' }
  /** Puts the ticket on hold (the customer sees "in progress"). */
  | { do: 'hold' }
  | { do: 'solve' }
  | { do: 'close' }
  /** Lets the promise lapse: the reply (or, once answered, the solution) is overdue now, so the customer may escalate. */
  | { do: 'breach' }
);

/** The words in `locale`, else English, else any. */
export function say(words: Words, locale: Locale): string {
  if (typeof words === 'string') return words;
  return words[locale] ?? words.en ?? Object.values(words).find((w) => w !== undefined) ?? '';
}

/**
 * A ticket that shows everything the tracker can show, for the demo: the agent takes it and says
 * so, plans three steps, asks a question and waits, works through the steps once answered, then
 * answers (and the ticket is solved `solveAfter` later unless the customer writes).
 */
export const walkthroughScript: ScriptMove[] = [
  { do: 'acknowledge', after: MINUTE, say: true },
  { do: 'plan', after: MINUTE, steps: script.work },
  { do: 'ask', after: 2 * MINUTE },
  { do: 'advance', after: 5 * MINUTE },
  { do: 'advance', after: 5 * MINUTE },
  { do: 'reply', after: 0 },
];
