// Loads test/fixtures/page.html in an iframe: a fresh page with its own JS realm, as after a
// reload, sharing the origin's IndexedDB, the tab's sessionStorage and the test page's msw worker.
import type * as Sdk from '../../src/sdk/index.js';
import type { HkTicketForm } from '../../src/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';

export interface FreshPage {
  /** The SDK of the page loaded now. */
  readonly sdk: typeof Sdk;
  window: Window;
  /** Unloads the page, closing its connections as a navigation would. */
  close(): void;
  /** Reloads the page (`location.reload()`) and waits until the new one is ready. */
  reload(): Promise<void>;
  /** Goes to another address in the same frame (the page unloads) and waits until it is ready. */
  navigate(src: string): Promise<void>;
  /** `history.back()` in the frame, and waits until the page is ready again. */
  back(): Promise<void>;
}

/** How long a page may take to load (a busy machine running WebKit needs more than 10 s). */
const PAGE_LOAD_MS = 30_000;

function whenReady(frame: HTMLIFrameElement): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error('fresh page did not load'));
    }, PAGE_LOAD_MS);
    function onMessage(e: MessageEvent) {
      if (e.source === frame.contentWindow && e.data?.helpkitPageReady) {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve();
      }
    }
    window.addEventListener('message', onMessage);
  });
}

export async function openFreshPage(src = '/test/fixtures/page.html'): Promise<FreshPage> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.cssText = 'position:absolute;inset-inline-start:-9999px;width:800px;height:600px';
  const ready = whenReady(frame);
  document.body.append(frame);
  await ready;
  const win = frame.contentWindow as Window & { sdk: typeof Sdk };
  const after = async (go: () => void) => {
    const next = whenReady(frame);
    go();
    await next;
  };
  return {
    get sdk() {
      return win.sdk;
    },
    window: win,
    close: () => frame.remove(),
    reload: () => after(() => win.location.reload()),
    navigate: (to) => after(() => (win.location.href = to)),
    back: () => after(() => win.history.back()),
  };
}

/** The form page (`test/fixtures/ticket-form.html`) on a backend: anonymous, no prefill. */
export const formPageUrl = (api: string): string => `/test/fixtures/ticket-form.html?api=${encodeURIComponent(api)}`;

/** The page's `<hk-ticket-form>` and its client (the fixture puts them on `window`). */
export function formOn(page: FreshPage): { form: HkTicketForm; client: HelpkitClient } {
  const win = page.window as unknown as { helpkitForm: HkTicketForm; helpkitClient: HelpkitClient };
  return { form: win.helpkitForm, client: win.helpkitClient };
}

export interface FormPageOptions {
  /** The customer's identity token, given to the page's client when it is made. */
  identity?: string;
  /** Attributes of the form, e.g. `{ 'offer-forget': '', email: 'a@example.com' }`. */
  attributes?: Record<string, string>;
}

/**
 * A fresh page (page.html) that loads the elements and puts one `<hk-ticket-form>` on it, with a
 * client made for `identity`: a customer's own page, as the site renders it for them.
 */
export async function openFormPage(api: string, options: FormPageOptions = {}): Promise<FreshPage & { form: HkTicketForm; client: HelpkitClient }> {
  const page = await openFreshPage();
  const win = page.window as Window & { helpkitForm?: HkTicketForm };
  const client = page.sdk.createClient({ baseUrl: api, retry: { limit: 0 }, identity: options.identity });
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the elements did not load')), PAGE_LOAD_MS);
    win.addEventListener('message', (e: MessageEvent) => {
      if (e.data?.helpkitDefined === undefined) return;
      clearTimeout(timer);
      if (e.data.helpkitDefined === true) resolve();
      else reject(new Error(`the elements did not load: ${e.data.helpkitDefined}`));
    });
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `import('/src/define.ts').then(() => postMessage({ helpkitDefined: true }, '*'), (e) => postMessage({ helpkitDefined: String(e) }, '*'));`;
    win.document.body.append(script);
  });
  await loaded;
  const form = win.document.createElement('hk-ticket-form') as HkTicketForm;
  form.locale = 'en';
  for (const [name, value] of Object.entries(options.attributes ?? {})) form.setAttribute(name, value);
  form.client = client;
  win.document.body.append(form);
  return Object.assign(page, { form, client });
}

/**
 * Pages opened in a test, closed after it: `open(openFormPage(…))` keeps the page for the
 * afterEach this registers. Call inside a `describe`.
 */
export function closeAfterEach(): <P extends FreshPage>(opening: Promise<P>) => Promise<P> {
  const pages: FreshPage[] = [];
  afterEach(() => pages.splice(0).forEach((p) => p.close()));
  return async (opening) => {
    const page = await opening;
    pages.push(page);
    return page;
  };
}

/** The keys of one backend's draft copies in the tab's sessionStorage. */
export const draftCopiesOf = (base: string): string[] =>
  Object.keys(sessionStorage).filter((k) => k.startsWith('helpkit:draft:') && k.includes(JSON.stringify(base)));
