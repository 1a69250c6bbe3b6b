// Loads test/fixtures/page.html in an iframe: a fresh page with its own JS realm, as after a
// reload, sharing the origin's IndexedDB and the test page's msw worker.
import type * as Sdk from '../../src/sdk/index.js';

export interface FreshPage {
  sdk: typeof Sdk;
  window: Window;
  /** Unloads the page, closing its connections as a navigation would. */
  close(): void;
}

export async function openFreshPage(src = '/test/fixtures/page.html'): Promise<FreshPage> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.cssText = 'position:absolute;inset-inline-start:-9999px;width:800px;height:600px';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('fresh page did not load')), 10_000);
    window.addEventListener('message', function onMessage(e) {
      if (e.source === frame.contentWindow && e.data?.helpkitPageReady) {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve();
      }
    });
  });
  document.body.append(frame);
  await ready;
  const win = frame.contentWindow as Window & { sdk: typeof Sdk };
  return { sdk: win.sdk, window: win, close: () => frame.remove() };
}
