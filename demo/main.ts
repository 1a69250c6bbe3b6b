import { createClient, type HelpkitClient, type Ticket } from '../src/sdk/index.js';
import '../src/define.js';
import type { HkFaqSearch, HkTicketForm } from '../src/index.js';
import { DEMO_API, startDemoBackend } from './mock.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

const backend = await startDemoBackend();
const client: HelpkitClient = createClient({ baseUrl: DEMO_API });
// The demo's own panel reads the site in the language chosen below (the elements choose their own).
let shown = client.with({ locale: 'en' });
const watchers = new Map<string, () => void>();
const RTL = new Set(['fa', 'ar']);

async function showSite() {
  const site = $('site');
  try {
    const config = await shown.config();
    const when = config.availability.openNow
      ? 'Open now'
      : `Closed · opens ${new Intl.DateTimeFormat(shown.locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(config.availability.nextOpenAt!))}`;
    site.replaceChildren(
      el('p', config.name, 'strong'),
      el('p', `${when} · ${config.availability.hoursText ?? ''}`),
      el('p', `Channels: ${config.channels.map((c) => c.label).join(' · ')}`, 'muted'),
    );
  } catch (error) {
    site.textContent = `Could not load the settings: ${(error as Error).message}`;
  }
}

// The ticket form uses the page's client (one client, one config fetch, one outbox).
const form = document.getElementById('form') as HkTicketForm;
form.client = client;
const faq = document.getElementById('faq') as HkFaqSearch;
faq.client = client;
form.addEventListener('hk-ticket-created', () => void showMine());

function renderTicket(li: HTMLElement, t: Ticket) {
  const due = t.sla?.firstResponseDueAt ? new Date(t.sla.firstResponseDueAt) : undefined;
  const fmt = new Intl.DateTimeFormat(shown.locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  li.replaceChildren(
    el('strong', `${t.number} · ${t.subject}`),
    el('span', `${t.status.replace(/_/g, ' ')} · ${t.steps?.find((s) => s.state === 'current')?.title ?? ''}${due ? ` · reply promised by ${fmt.format(due)}` : ''}`, 'muted'),
    el('span', t.messages.at(-1)!.body, 'quote'),
  );
}

async function showMine() {
  const list = $('mine');
  const mine = await client.tracked.list('ticket');
  if (!mine.length) return list.replaceChildren(el('li', 'No tickets yet.', 'muted'));
  list.replaceChildren();
  for (const item of mine) {
    const li = el('li', `${item.number ?? item.id} · ${item.label ?? ''}`);
    list.append(li);
    watchers.get(item.id)?.();
    watchers.set(item.id, client.tickets.watch(item.id, (t) => renderTicket(li, t), { interval: 3000 }));
  }
}

async function showOutbox() {
  const queued = await client.outbox.list();
  $('outbox').textContent = queued.length ? `${queued.length} submission(s) waiting in the outbox.` : 'The outbox is empty.';
}

$('offline').addEventListener('click', (e) => {
  const button = e.currentTarget as HTMLButtonElement;
  backend.offline = !backend.offline;
  button.setAttribute('aria-pressed', String(backend.offline));
  button.textContent = backend.offline ? 'Go online' : 'Go offline';
  // The browser itself is online, so tell the SDK what a real reconnect would.
  if (!backend.offline) window.dispatchEvent(new Event('online'));
});
$('advance').addEventListener('click', () => backend.advance(3600_000));
$('fail').addEventListener('click', () => backend.failNext({ status: 503 }));

$<HTMLSelectElement>('locale').addEventListener('change', async (e) => {
  const locale = (e.target as HTMLSelectElement).value;
  // The demo's own labels stay English; what comes from the backend takes the language's direction.
  for (const id of ['site', 'mine']) {
    $(id).lang = locale;
    $(id).dir = RTL.has(locale) ? 'rtl' : 'ltr';
  }
  shown = client.with({ locale });
  form.locale = locale;
  faq.locale = locale;
  faq.suggest = `track-order-${locale} return-item-${locale}`;
  await showSite();
});

client.onStorageChange(() => void showOutbox());
client.outbox.on('sent', () => void showMine());
await Promise.all([showSite(), showMine(), showOutbox()]);
