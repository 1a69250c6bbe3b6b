// The index stored on the device belongs to one version of the search: an index built by an
// older Helpkit (other terms per word) is rebuilt, not searched.
import { expect } from '@open-wc/testing';
import { libraryFor, loadLibrary } from '../../src/internal/library.js';
import type { MockBackend } from '../../src/mock/index.js';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { ArticleIndex, fingerprint } from '../../src/search/article-index.js';
import { useBackend } from '../helpers/index.js';

describe('loadLibrary: the stored index', () => {
  let backend: MockBackend;
  let client: HelpkitClient;
  useBackend((b, c) => ([backend, client] = [b, c]));

  it('rebuilds an index stored by another version for the same articles', async () => {
    const view = client.with({ locale: 'en' });
    const { items } = await view.articles.index();
    // What an older version stored: the same list's fingerprint, an index with other contents.
    const old = new ArticleIndex(items.slice(0, 1));
    await view.cache.put('search-index:en', { print: fingerprint(items), json: old.serialize() });
    const library = await loadLibrary({ client: view, locale: 'en', stale: false }, 5000);
    expect(library.index!.search('refund', 1)[0]?.article.id).to.equal('refund-time-en');
    expect(library.index!.search('refnud', 1)[0]?.article.id).to.equal('refund-time-en');
  });

  it('libraryFor loads once per client view', async () => {
    const view = client.with({ locale: 'sv' });
    const [a, b] = await Promise.all([libraryFor(view), libraryFor(view)]);
    expect(a).to.equal(b);
    expect(a.index!.search('mejl', 1)[0]?.article.id).to.equal('change-email-sv');
    expect(backend.requests.filter((r) => r.path === '/articles/index')).to.have.length(1);
  });
});
