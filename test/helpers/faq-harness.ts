// Drives <hk-faq-search> as a customer does.
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HkFaqSearch } from '../../src/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { until } from './mock-server.js';
import { realClock, type Clock } from '../../src/sdk/index.js';

export class FaqHarness {
  constructor(readonly el: HkFaqSearch) {}
  get root() {
    return this.el.shadowRoot!;
  }
  $(s: string) {
    return this.root.querySelector<HTMLElement>(s);
  }
  get input() {
    return this.$('input[type=search]') as HTMLInputElement;
  }
  async ready() {
    await until(() => !!this.root?.querySelector('input[type=search]') && !this.root.querySelector('.loading'), 'the search to load');
    return this;
  }
  async type(q: string) {
    this.input.value = q;
    this.input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  titles(): string[] {
    return [...this.root.querySelectorAll('[role=option] .r-title')].map((n) => n.textContent!.trim());
  }
  text() {
    return this.root.textContent!.replace(/\s+/g, ' ');
  }
  async waitFor(s: string, what = s, ms = 6000) {
    await until(() => !!this.$(s), what, ms);
    return this.$(s)!;
  }
}

export async function mountFaq(client: HelpkitClient, attrs: { locale?: string; suggest?: string; indexLimit?: number; clock?: Clock } = {}) {
  const el = await fixture<HkFaqSearch>(html`<hk-faq-search
    .client=${client}
    .clock=${attrs.clock ?? realClock}
    locale=${attrs.locale ?? 'en'}
    suggest=${attrs.suggest ?? ''}
    index-limit=${attrs.indexLimit ?? 5000}
  ></hk-faq-search>`);
  return new FaqHarness(el).ready();
}


/** Makes the browser say it is offline (navigator.onLine false) until the returned function runs. */
export function deviceOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => delete (navigator as unknown as { onLine?: boolean }).onLine;
}
