// Suggested articles while the customer types, one shown inline, and deflection reported.
import { expect } from '@open-wc/testing';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { useBackend, mountForm as mount } from '../helpers/index.js';

describe('<hk-ticket-form> suggested articles', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  describe('suggested articles', () => {
    it('suggests articles as the customer types, shows one inline, and reports deflection on leaving', async () => {
      const form = await mount(client);
      await form.type('Subject', 'forgot password');
      await form.pause();
      const list = await form.waitFor('.suggestions', 'suggestions');
      expect(list.querySelectorAll('li').length).to.be.within(1, 3);
      expect(list.querySelector('.s-title')!.textContent).to.equal('How do I reset my password?');
      (list.querySelector('button') as HTMLButtonElement).click();
      const article = await form.waitFor('.article', 'the article');
      expect(article.querySelector('.article-body ol')).to.not.equal(null);
      const deflected = new Promise<CustomEvent>((r) => form.el.addEventListener('hk-deflected', (e) => r(e)));
      form.el.remove();
      const event = await deflected;
      expect(event.detail).to.deep.equal({ articleIds: ['reset-password-en'], query: 'forgot password', solved: false });
    });

    it('“This answered my question” reports a solved deflection and sends nothing', async () => {
      const form = await mount(client);
      await form.type('Subject', 'refund');
      await form.pause();
      (await form.waitFor('.suggestions button')).click();
      await form.waitFor('.article');
      const deflected = new Promise<CustomEvent>((r) => form.el.addEventListener('hk-deflected', (e) => r(e)));
      (form.$('.article button') as HTMLButtonElement).click();
      expect((await deflected).detail.solved).to.equal(true);
      await form.waitFor('.solved');
      expect(backend.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    });
  });

  describe('article HTML', () => {
    it('sanitizes article HTML from the backend', async () => {
      const { sanitize } = await import('../../src/internal/sanitize.js');
      const clean = String(sanitize('<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">a</a><a href="https://example.com">b</a></p>'));
      expect(clean).to.not.match(/script|onerror|onclick|javascript:/);
      expect(clean).to.contain('href="https://example.com"');
      expect(clean).to.contain('rel="noopener noreferrer"');
    });
  });
});
