import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { HelpkitClient, SiteConfig } from '../sdk/index.js';
import type { Locale } from '../i18n/index.js';
import { LocalizeController } from './localize.js';

/** What an element knows once it has a client: its language, its view of the client, the settings. */
export interface Site {
  /** The shared client seen in this element's language (shared transport, storage and outbox). */
  client: HelpkitClient;
  locale: Locale;
  /** Undefined when the settings could not be loaded and the element said it can do without. */
  config?: SiteConfig;
  /** The settings came from the device because the backend could not be reached. */
  stale: boolean;
}

interface SiteHost extends ReactiveControllerHost {
  /** The element's `locale` attribute. */
  readonly locale?: string;
  /** The client before any language is applied (property, context or `api`). */
  readonly baseClient?: HelpkitClient;
}

/**
 * The one place where an element chooses its language: attribute → load that catalog → fetch the
 * site's settings in it → choose again now that the site's languages are known (and refetch when
 * the choice changed). Runs again when the client or the `locale` attribute changes; a run that is
 * overtaken is aborted and never applies its language.
 */
export class SiteController implements ReactiveController {
  readonly task: Task<[HelpkitClient | undefined, string | undefined], Site | undefined>;

  constructor(
    host: SiteHost,
    private localize: LocalizeController,
    options: { configRequired: boolean },
  ) {
    host.addController(this);
    this.configRequired = options.configRequired;
    this.task = new Task(host, {
      args: () => [host.baseClient, host.locale] as [HelpkitClient | undefined, string | undefined],
      task: async ([client, attribute], { signal }) => {
        if (!client) return undefined;
        const before = this.last;
        try {
          const site = await this.load(client, attribute, signal);
          this.last = { client, site };
          return site;
        } catch (error) {
          // Another language for the same client could not be loaded: stay in the one whose settings
          // we have, rather than replace a filled-in form with a failure.
          if (signal.aborted || before?.client !== client) throw error;
          await this.localize.use(before.site.locale);
          return before.site;
        }
      },
    });
  }

  private configRequired: boolean;

  /** The last settings loaded, and for which client. */
  private last?: { client: HelpkitClient; site: Site };

  private async load(client: HelpkitClient, attribute: string | undefined, signal: AbortSignal): Promise<Site> {
    let stale = false;
    const onStale = () => (stale = true);
    let locale = LocalizeController.choose(attribute);
    await this.localize.use(locale, signal);
    let view = client.with({ locale });
    let config: SiteConfig | undefined;
    try {
      config = await view.config({ onStale, signal });
    } catch (error) {
      if (this.configRequired || signal.aborted) throw error;
    }
    const chosen = LocalizeController.choose(attribute, config);
    if (chosen !== locale) {
      locale = chosen;
      await this.localize.use(locale, signal);
      view = client.with({ locale });
      config = await view.config({ onStale, signal }).catch((error: unknown) => {
        if (signal.aborted) throw error;
        return config;
      });
    }
    signal.throwIfAborted();
    return { client: view, locale, config, stale };
  }

  hostConnected(): void {}

  get value(): Site | undefined {
    return this.task.value;
  }

  /** Loading for the first time (a reload keeps showing what was loaded before). */
  get loading(): boolean {
    return !this.task.value && (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL);
  }

  /** The first load failed (the element shows why, with a retry). */
  get failed(): boolean {
    return !this.task.value && this.task.status === TaskStatus.ERROR;
  }

  /** Loads again (a retry after a failure). */
  retry(): Promise<void> {
    return this.task.run();
  }

  /** Resolves with the site once the current run completes. */
  get ready(): Promise<Site | undefined> {
    return this.task.taskComplete;
  }
}
