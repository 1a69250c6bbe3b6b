// A page served with the README's strict CSP and Trusted Types enforced (test/fixtures/csp.html),
// in every engine: a hostile article renders without its script and images, and the browser
// raises no violation of ours. (test/node/csp.test.mjs does the same over HTTP with the built package.)
import { expect } from '@open-wc/testing';

interface Report {
  text?: string;
  hostile?: number;
  pwned?: number | null;
  trustedTypes?: boolean;
  sink?: string;
  error?: string;
  violations: string[];
  contactForm?: boolean;
}

function openCspPage(): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.src = '/test/fixtures/csp.html';
  frame.style.cssText = 'position:absolute;inset-inline-start:-9999px;width:800px;height:600px';
  return new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the CSP page did not report')), 15_000);
    window.addEventListener('message', function onMessage(e) {
      if (e.source !== frame.contentWindow || !e.data?.cspPage) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data.cspPage);
    });
    document.body.append(frame);
  });
}

describe('a page with a strict CSP and Trusted Types enforced', () => {
  it('shows a hostile article without its script or images, and raises no violation of ours', async () => {
    const report = await openCspPage();
    expect(report.error).to.equal(undefined);
    expect(report.text).to.equal('Your account is locked.UnlockPack the item.');
    expect(report.hostile).to.equal(0);
    expect(report.pwned).to.equal(null);
    // "Contact us" imported the ticket form under the same policy.
    expect(report.contactForm).to.equal(true);
    // Parsing the article reports the attacker's own inline handlers as blocked script-src-attr
    // in some engines; that is the policy working. Nothing else may appear.
    expect(report.violations.filter((v) => !v.startsWith('script-src-attr inline'))).to.deep.equal([]);
    // Where the engine has Trusted Types, they were enforced on this page.
    if (report.trustedTypes) expect(report.sink).to.equal('refused');
  });
});
