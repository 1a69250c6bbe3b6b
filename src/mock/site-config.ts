// GET /config: the site's name, topics and their fields, priorities, channels and whether the team
// is open now, in the caller's language.
import type { SiteConfig } from '../sdk/types.js';
import type { MockContext } from './context.js';
import { dayIn, isOpen, nextClose, nextOpen } from './hours.js';
import { categories, channels, hoursText, LOCALES, priorities, siteName, type Locale } from './seed-config.js';

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
        ...(f.maxDate && { maxDate: dayIn(ctx.clock.now(), ctx.settings.hours.timezone) }),
        ...(f.options && { options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })) }),
      })),
    })),
    priorities: priorities.map((p) => ({ id: p.id, label: p.label[locale] })),
    attachments: { ...attachments, accept: [...attachments.accept] },
    callbacks: { enabled: true, asap: true },
    channels: channels.map((ch) => ({ type: ch.type, label: ch.label[locale], href: ch.href })),
    mediaOrigins: [...mediaOrigins],
  };
}
