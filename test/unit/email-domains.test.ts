// E-mail addresses (issue #9, item 5): the domain is checked label by label in the SDK's rules, so
// the SDK, the ticket form and the mock agree on what an address is.
import { expect } from '@open-wc/testing';
import { isEmail, isEmailDomain } from '../../src/sdk/rules.js';
import { checkEmail, checkField } from '../../src/internal/form/validate.js';

describe('e-mail domains', () => {
  const bad = ['ava@example..com', 'ava@example.com.', 'ava@example.c', 'ava@.example.com', 'ava@-example.com', 'ava@example-.com', 'ava@exa_mple.com', 'ava@example.c0m', `ava@${'a'.repeat(64)}.com`, 'ava@example.123'];
  const good = ['ava@example.com', 'ava@mail.example.co.uk', 'ava@a-b.se', `ava@${'a'.repeat(63)}.com`, 'ava@exämple.se', 'ava@پست.ایران', 'ava@example.xn--p1ai', 'ava@1and1.de'];

  it('refuses empty labels, a trailing dot, a one-letter top level, and bad hyphens or characters', () => {
    for (const address of bad) {
      expect(isEmail(address), address).to.equal(false);
      expect(checkEmail(address, true), address).to.deep.equal({ key: 'error.email' });
      expect(checkField({ id: 'copyTo', label: 'Copy to', type: 'email' }, address), address).to.deep.equal({ key: 'error.email' });
    }
  });

  it('accepts ordinary and internationalized domains', () => {
    for (const address of good) {
      expect(isEmail(address), address).to.equal(true);
      expect(checkEmail(address, true), address).to.equal(undefined);
    }
  });

  it('checks labels of 1–63 characters', () => {
    expect(isEmailDomain(`${'a'.repeat(63)}.se`)).to.equal(true);
    expect(isEmailDomain(`${'a'.repeat(64)}.se`)).to.equal(false);
    expect(isEmailDomain('se')).to.equal(false);
  });
});
