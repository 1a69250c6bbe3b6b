import { createClient, type HelpkitClient, type Ticket } from '../src/sdk/index.js';
import '../src/define.js';
import type { HkFaqSearch, HkTicketForm } from '../src/index.js';
import { pageLocale, showIn, text } from './language.js';
import { DEMO_API, startDemoBackend } from './mock.js';
import { isDemoLocale } from './text.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};
/** Text that may be in another language or direction than the page (a ticket's own words). */
const own = (tag: 'bdi' | 'span', words: string, cls?: string) => {
  const node = el(tag, words, cls);
  node.dir = 'auto';
  return node;
};

const backend = await startDemoBackend();
const client: HelpkitClient = createClient({ baseUrl: DEMO_API });
// The demo's own panels read the site in the page's language (the elements have their own view each).
let shown = client.with({ locale: pageLocale() });
const watchers = new Map<string, () => void>();
// For poking at from the console (and for the demo's own test): `helpkitDemo.backend.ticketCount`.
Object.assign(window, { helpkitDemo: { backend, client } });

async function showSite() {
  const site = $('site');
  const view = shown;
  const words = text();
  try {
    const config = await view.config();
    // A language chosen meanwhile has its own answer coming: this one is stale.
    if (view !== shown) return;
    const when = config.availability.openNow
      ? words.openNow
      : words.opensAt(new Intl.DateTimeFormat(view.locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(config.availability.nextOpenAt!)));
    site.replaceChildren(
      el('p', config.name, 'strong'),
      el('p', config.availability.hoursText ? `${when} · ${config.availability.hoursText}` : when),
      el('p', words.channels(config.channels.map((c) => c.label).join(' · ')), 'muted'),
    );
  } catch {
    if (view === shown) site.replaceChildren(el('p', words.settingsFailed, 'muted'));
  }
}

// The ticket form uses the page's client (one client, one config fetch, one outbox).
const form = document.getElementById('form') as HkTicketForm;
form.client = client;
const faq = document.getElementById('faq') as HkFaqSearch;
faq.client = client;
form.addEventListener('hk-ticket-created', () => void showMine());

function renderTicket(li: HTMLElement, t: Ticket) {
  const words = text();
  // The promise is about the first answer: it matters only until the team has answered.
  const awaitingAnswer = t.status === 'received' || t.status === 'open';
  const due = awaitingAnswer && t.sla?.firstResponseDueAt ? new Date(t.sla.firstResponseDueAt) : undefined;
  const fmt = new Intl.DateTimeFormat(shown.locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  // The status in the page's language (the ticket's steps are in the ticket's own and say the same).
  const state = el('span', due ? `${words.status[t.status]} · ${words.replyBy(fmt.format(due))}` : words.status[t.status], 'muted');
  const title = el('strong');
  title.append(own('bdi', t.number), ' · ', own('bdi', t.subject));
  li.replaceChildren(title, state, own('span', t.messages.at(-1)!.body, 'quote'));
}

async function showMine() {
  const list = $('mine');
  const mine = await client.tracked.list('ticket');
  if (!mine.length) return list.replaceChildren(el('li', text().noTickets, 'muted'));
  list.replaceChildren();
  for (const item of mine) {
    const li = el('li');
    li.append(own('bdi', item.number ?? item.id), ' · ', own('bdi', item.label ?? ''));
    list.append(li);
    watchers.get(item.id)?.();
    watchers.set(item.id, client.tickets.watch(item.id, (t) => renderTicket(li, t), { interval: 3000 }));
  }
}

async function showOutbox() {
  const count = (await client.outbox.list()).length;
  $('outbox').textContent = text().outbox(count, new Intl.NumberFormat(pageLocale()).format(count));
}

/** Says what the requests meet now: the browser's own network state first, then the simulated outage. */
function showNetwork() {
  const words = text();
  const offline = $('offline');
  offline.setAttribute('aria-pressed', String(backend.offline));
  const status = !navigator.onLine ? (backend.offline ? `${words.browserOffline} ${words.serverDownToo}` : words.browserOffline) : backend.offline ? words.serverDown : words.online;
  $('network').textContent = status;
  $('network').classList.toggle('down', backend.offline || !navigator.onLine);
}

$('offline').addEventListener('click', () => {
  backend.offline = !backend.offline;
  showNetwork();
  // The browser itself stays online through a simulated outage, so tell the SDK what a real
  // reconnect would (when the browser is really offline, its own 'online' event comes later).
  if (!backend.offline && navigator.onLine) window.dispatchEvent(new Event('online'));
});
window.addEventListener('online', showNetwork);
window.addEventListener('offline', showNetwork);
$('advance').addEventListener('click', () => backend.advance(3600_000));
$('fail').addEventListener('click', () => backend.failNext({ status: 503 }));

$<HTMLSelectElement>('locale').addEventListener('change', async (e) => {
  const locale = (e.target as HTMLSelectElement).value;
  if (!isDemoLocale(locale)) return;
  showIn(locale, true);
  shown = client.with({ locale });
  showNetwork();
  await Promise.all([showSite(), showMine(), showOutbox()]);
});

client.onStorageChange(() => void showOutbox());
client.outbox.on('sent', () => void showMine());
showNetwork();
await Promise.all([showSite(), showMine(), showOutbox()]);
