// What a keyboard user sees of focus, and the order a phone number is shown in.
import { expect } from '@open-wc/testing';
import type { HelpkitClient } from '../../src/sdk/index.js';
import { mountForm, useBackend } from '../helpers/index.js';

/** WCAG relative luminance contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('focus and reading order', () => {
  let client: HelpkitClient;
  useBackend((_, c) => (client = c));

  it('the focus ring is opaque and stands out 3:1 from the background, light and dark', async () => {
    const form = await mountForm(client);
    for (const theme of ['light', 'dark'] as const) {
      form.el.theme = theme;
      await form.el.updateComplete;
      const input = form.control('Your name');
      input.focus();
      const ring = getComputedStyle(input).outlineColor;
      const surface = getComputedStyle(form.$('.root')!).backgroundColor;
      expect(ring, `${theme}: an opaque ring`).to.match(/^rgb\(/);
      expect(contrast(ring, surface), `${theme}: ring against the surface`).to.be.at.least(3);
    }
  });

  it('phone and identifier fields show characters in typed order, Arabic-Indic digits included', async () => {
    const form = await mountForm(client, { locale: 'ar' });
    await form.choose('الموضوع', 'technical');
    const phone = form.$('input[type=tel]')!;
    // Without the override, "+٤٦ ٧٠ ١٢٣" is laid out group by group from the right ("+١٢٣ ٧٠ ٤٦").
    expect(getComputedStyle(phone).unicodeBidi).to.equal('bidi-override');
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    expect(getComputedStyle(form.$('input[type=email]')!).unicodeBidi, 'not addresses: they may hold letters of any script').to.not.equal('bidi-override');
  });
});
