// The header every element shows above its content: whose help this is, and whether someone is
// there ("We usually reply within 2 hours" / "We're closed — back tomorrow 08:00").
import { html, nothing, type TemplateResult } from 'lit';
import type { SiteConfig } from '../sdk/index.js';
import type { LocalizeController } from './localize.js';
import { neutralizeBidi } from './bidi.js';

type Availability = SiteConfig['availability'];

export interface Presence {
  open: boolean;
  /** When the team opens (closed) or closes (open) next, in ms; undefined when unknown. */
  changesAt?: number;
}

/** When each availability was first seen on this device's clock. */
const seen = new WeakMap<Availability, number>();

/**
 * Whether the team is in at `now`. The settings were loaded earlier, so a boundary they announced
 * (`nextCloseAt`, `nextOpenAt`) that has passed since is taken as crossed. One already past when
 * they arrived (a device clock that is off, settings from the device's copy) is ignored: `openNow`
 * is trusted instead.
 */
export function presenceAt(availability: Availability, now: number): Presence {
  let first = seen.get(availability);
  if (first === undefined) seen.set(availability, (first = now));
  const at = (iso: string | undefined) => {
    const ms = iso ? Date.parse(iso) : NaN;
    return ms > first ? ms : NaN;
  };
  const close = at(availability.nextCloseAt);
  const open = at(availability.nextOpenAt);
  if (availability.openNow) {
    if (!(close <= now)) return { open: true, changesAt: close > now ? close : undefined };
    return { open: false }; // closed since; when it opens again is not known until reloaded
  }
  if (open <= now) return { open: true };
  return { open: false, changesAt: open > now ? open : undefined };
}

/** A span the protocol allows (whole minutes, at least one, under a year); anything else is not said. */
export function isMinutes(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 525_600;
}

/** The availability line, e.g. "We usually reply within 2 hours". */
export function presenceText(t: LocalizeController, availability: Availability, presence: Presence, now: number): string {
  if (presence.open) {
    const typical = availability.typicalReplyMinutes;
    return isMinutes(typical) ? t.term('head.typical', { duration: t.duration(typical) }) : t.term('head.open');
  }
  return presence.changesAt ? t.term('head.closedUntil', { time: t.moment(presence.changesAt, now) }) : t.term('head.closed');
}

export function renderHeader(
  t: LocalizeController,
  title: string,
  config: SiteConfig | undefined,
  presence: Presence | undefined,
  now: number,
): TemplateResult {
  const availability = config?.availability;
  return html`<header class="head" part="header">
    ${config?.name ? html`<p class="site-name">${neutralizeBidi(config.name)}</p>` : nothing}
    <h2 class="title">${title}</h2>
    ${availability && presence
      ? html`<p class="presence ${presence.open ? 'open' : 'closed'}">
          <span class="dot" aria-hidden="true"></span><span>${presenceText(t, availability, presence, now)}</span>
        </p>`
      : nothing}
    ${availability?.hoursText && presence && !presence.open ? html`<p class="hours">${availability.hoursText}</p>` : nothing}
  </header>`;
}
