// URLs and names the ticket form renders (finding 10): track-url is http(s) only, file names
// cannot reorder themselves with bidi controls, attachments are never previewed inline.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HkTicketForm } from '../../src/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { neutralizeBidi } from '../../src/internal/bidi.js';
import { httpUrl } from '../../src/internal/safe-url.js';
import { useBackend, TicketFormHarness } from '../helpers/index.js';

async function mount(client: HelpkitClient, trackUrl?: string) {
  const el = await fixture<HkTicketForm>(html`<hk-ticket-form .client=${client} locale="en" track-url=${trackUrl ?? ''}></hk-ticket-form>`);
  if (trackUrl === undefined) el.removeAttribute('track-url');
  return new TicketFormHarness(el).ready();
}

async function trackLink(client: HelpkitClient, trackUrl?: string): Promise<string> {
  const form = await mount(client, trackUrl);
  await form.fillValid();
  await form.submit();
  const done = await form.waitFor('.confirmation', 'the confirmation');
  return done.querySelector('a')!.getAttribute('href')!;
}

const here = () => location.href.replace(/#.*$/, '');

describe('ticket form: URLs and names it renders', () => {
  let client: HelpkitClient;
  useBackend((_b, c) => (client = c));

  for (const bad of ['javascript:alert(document.domain)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    it(`a track-url of ${JSON.stringify(bad.slice(0, 12))}… never becomes the link: it falls back to this page`, async () => {
      const href = await trackLink(client, bad);
      expect(href.startsWith(`${here()}#hk-ticket=`)).to.equal(true, href);
    });
  }

  it('an http(s) track-url is used, relative ones against this page', async () => {
    expect((await trackLink(client, 'https://help.example.test/status?x=1')).startsWith('https://help.example.test/status?x=1#hk-ticket=')).to.equal(true);
  });

  it('httpUrl() accepts http(s) only', () => {
    const ok = (v: string) => httpUrl(v, 'https://site.example/a/b')?.href ?? null;
    expect(['status', '//other.example/x', 'http://x.example/', 'javascript:1', 'data:,x', 'mailto:a@b.c', 'blob:https://site.example/1', 'http://[bad']
      .map(ok)).to.deep.equal(['https://site.example/a/status', 'https://other.example/x', 'http://x.example/', null, null, null, null, null]);
  });

  it('shows a file named with a right-to-left override in its real order', async () => {
    const form = await mount(client);
    // Displays as "evilexe.png" where bidi controls are honoured.
    await form.attach(new File(['MZ'], 'evil\u202Egnp.exe', { type: 'image/png' }), new File(['MZ'], 'a\u2067b\u2069\u200F.exe', { type: 'application/x-msdownload' }));
    const names = [...form.root.querySelectorAll('.file-name')].map((n) => n.textContent);
    expect(names).to.deep.equal(['evilgnp.exe', 'ab.exe']);
    const labels = [...form.root.querySelectorAll('.file button')].map((b) => b.getAttribute('aria-label'));
    expect(labels.every((l) => !/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(l!))).to.equal(true, JSON.stringify(labels));
    // The refusal of the .exe names it too, without the controls.
    expect(form.$('.file.refused .error')!.textContent).to.contain('ab.exe');
  });

  it('never previews an attachment inline (an SVG can carry script)', async () => {
    const form = await mount(client);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=1</script></svg>';
    await form.attach(new File([svg], 'logo.svg', { type: 'image/svg+xml' }), new File(['x'], 'photo.png', { type: 'image/png' }));
    expect(form.root.querySelectorAll('.file').length).to.equal(2);
    expect(form.root.querySelectorAll('img, svg, object, embed, iframe, picture, video').length).to.equal(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('neutralizeBidi() removes embeddings, overrides, isolates and marks, and nothing else', () => {
    expect(neutralizeBidi('\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl')).to.equal('abcdefghijkl');
    expect(neutralizeBidi('گزارش\u200Cمالی ۱۴۰۳.pdf')).to.equal('گزارش\u200Cمالی ۱۴۰۳.pdf');
  });
});
