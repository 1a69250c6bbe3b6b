// GET /config: the site's name, topics and their fields, priorities, channels and whether the team
// is open now, in the caller's language.
import type { Field, SiteConfig } from '../sdk/types.js';
import type { MockContext } from './context.js';
import { isOpen, nextClose, nextOpen } from './hours.js';
import { categories, channels, hoursText, LOCALES, priorities, siteName, type Locale, type Text } from './seed-config.js';

const startedLabel: Text = { en: 'When did it start?', fa: 'از چه زمانی شروع شد؟', ar: 'متى بدأت المشكلة؟', sv: 'När började det?' };

/**
 * Fields whose limits move with the calendar: the account topic asks when the problem started, a
 * day no later than today where the team is. (Served only; the mock does not check its limit.)
 */
function datedFields({ settings, clock }: MockContext, categoryId: string, locale: Locale): Field[] {
  if (categoryId !== 'account') return [];
  const parts = new Intl.DateTimeFormat('en', { timeZone: settings.hours.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(clock.now());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const today = `${part('year')}-${part('month')}-${part('day')}`;
  return [{ id: 'startedOn', type: 'date', label: startedLabel[locale], maxDate: today }];
}

function availability({ settings, clock }: MockContext, locale: Locale): SiteConfig['availability'] {
  const now = clock.now();
  const openNow = isOpen(now, settings.hours);
  const next = openNow ? undefined : nextOpen(now, settings.hours);
  const close = openNow ? nextClose(now, settings.hours) : undefined;
  const typical = settings.hours.typicalReplyMinutes;
  return {
    openNow,
    ...(next !== undefined && { nextOpenAt: clock.iso(next) }),
    ...(close !== undefined && { nextCloseAt: clock.iso(close) }),
    ...(typical && { typicalReplyMinutes: typical }),
    timezone: settings.hours.timezone,
    hoursText: hoursText[locale],
  };
}

export function siteConfig(ctx: MockContext, locale: Locale): SiteConfig {
  const { attachments, mediaOrigins } = ctx.settings;
  return {
    name: siteName[locale],
    locales: [...LOCALES],
    defaultLocale: 'en',
    availability: availability(ctx, locale),
    categories: categories.map((cat) => ({
      id: cat.id,
      label: cat.label[locale],
      description: cat.description[locale],
      slaMinutes: cat.slaMinutes,
      fields: cat.fields.map((f) => ({
        id: f.id,
        type: f.type,
        label: f.label[locale],
        ...(f.required && { required: true }),
        ...(f.maxLength && { maxLength: f.maxLength }),
        ...(f.min !== undefined && { min: f.min }),
        ...(f.max !== undefined && { max: f.max }),
        ...(f.step !== undefined && { step: f.step }),
        ...(f.identifier && { identifier: true }),
        ...(f.pattern && { pattern: f.pattern }),
        ...(f.options && { options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })) }),
      })).concat(datedFields(ctx, cat.id, locale)),
    })),
    priorities: priorities.map((p) => ({ id: p.id, label: p.label[locale] })),
    attachments: { ...attachments, accept: [...attachments.accept] },
    callbacks: { enabled: true, asap: true },
    channels: channels.map((ch) => ({ type: ch.type, label: ch.label[locale], href: ch.href })),
    mediaOrigins: [...mediaOrigins],
  };
}
