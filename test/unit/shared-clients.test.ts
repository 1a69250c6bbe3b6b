// Elements given the same backend share one client, however the page spells its address.
import { expect } from '@open-wc/testing';
import { sharedClient } from '../../src/internal/clients.js';

describe('sharedClient', () => {
  const base = `https://support-${Math.random().toString(36).slice(2, 8)}.example.test/api/v1`;

  it('is one client for one backend: query, fragment and trailing slashes do not count', () => {
    const one = sharedClient(base);
    for (const spelling of [`${base}/`, `${base}?utm=x`, `${base}#top`, `${base}//?a=1#b`]) {
      expect(sharedClient(spelling)).to.equal(one);
    }
    expect(one.baseUrl).to.equal(base);
  });

  it('is another client for another backend', () => {
    expect(sharedClient(`${base}/v2`)).to.not.equal(sharedClient(base));
  });
});
