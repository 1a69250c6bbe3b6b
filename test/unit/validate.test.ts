// The ticket form's client-side checks (src/internal/form/validate.ts), alone: no element,
// no server. Lengths are in code points, as the protocol counts them.
import { expect } from '@open-wc/testing';
import { accepts, checkEmail, checkField, checkText, fieldValue, LIMITS, serverProblem } from '../../src/internal/form/validate.js';
import type { Field } from '../../src/sdk/index.js';

const field = (over: Partial<Field> & Pick<Field, 'type'>): Field => ({ id: 'f', label: 'F', ...over });
const tooLong = (max: number) => ({ key: 'error.tooLong', params: { max } });
/** Text over its limit says by how much, so the customer knows what to cut. */
const over = (count: number, max: number) => ({ key: 'error.overLimit', params: { count, max } });
const EMOJI = '😀'; // one code point, two UTF-16 units

describe('validate: LIMITS', () => {
  it('are the protocol’s limits of the built-in fields', () => {
    expect(LIMITS).to.deep.equal({ name: 200, email: 254, subject: 200, body: 20000 });
  });
});

describe('validate: checkText', () => {
  it('asks for a required value, counting only-whitespace as empty', () => {
    expect(checkText('', { required: true })).to.deep.equal({ key: 'error.required' });
    expect(checkText(' \t\n ', { required: true })).to.deep.equal({ key: 'error.required' });
    expect(checkText('a', { required: true })).to.equal(undefined);
  });

  it('lets an optional field be empty', () => {
    expect(checkText('', {})).to.equal(undefined);
    expect(checkText('   ', { required: false, max: 5 })).to.equal(undefined);
  });

  it('allows exactly max code points and refuses one more', () => {
    expect(checkText('x'.repeat(LIMITS.name), { max: LIMITS.name })).to.equal(undefined);
    expect(checkText('x'.repeat(LIMITS.name + 1), { max: LIMITS.name })).to.deep.equal(over(1, 200));
    expect(checkText('x'.repeat(LIMITS.body), { required: true, max: LIMITS.body })).to.equal(undefined);
    expect(checkText('x'.repeat(LIMITS.body + 5200), { required: true, max: LIMITS.body })).to.deep.equal(over(5200, 20000));
  });

  it('counts code points, not UTF-16 units', () => {
    // 200 emoji are 400 UTF-16 units but 200 characters to a person.
    expect(checkText(EMOJI.repeat(200), { max: 200 })).to.equal(undefined);
    expect(checkText(EMOJI.repeat(201), { max: 200 })).to.deep.equal(over(1, 200));
    // A combining accent is a code point of its own.
    expect(checkText('e\u0301'.repeat(3), { max: 5 })).to.deep.equal(over(1, 5));
    expect(checkText('e\u0301'.repeat(3), { max: 6 })).to.equal(undefined);
  });

  it('has no length limit without max', () => {
    expect(checkText('x'.repeat(100_000), { required: true })).to.equal(undefined);
  });
});

describe('validate: checkEmail', () => {
  it('asks for a required address and lets an optional one be empty', () => {
    expect(checkEmail('', true)).to.deep.equal({ key: 'error.required' });
    expect(checkEmail('   ', true)).to.deep.equal({ key: 'error.required' });
    expect(checkEmail('', false)).to.equal(undefined);
    expect(checkEmail('   ', false)).to.equal(undefined);
  });

  it('accepts something@something.tld, with surrounding spaces trimmed', () => {
    for (const ok of ['a@b.se', 'first.last+tag@mail.example.co.uk', '  ana@example.com  ', 'ünïcødé@exämple.se', 'a@b.c.de']) {
      expect(checkEmail(ok, true), ok).to.equal(undefined);
    }
  });

  it('refuses other shapes, optional or not', () => {
    for (const bad of ['ana', 'ana@example', '@example.com', 'ana@', 'ana@.', 'ana@example.', 'a b@example.com', 'ana@exa mple.com', 'a@@b.se', 'a@b@c.se']) {
      expect(checkEmail(bad, true), bad).to.deep.equal({ key: 'error.email' });
      expect(checkEmail(bad, false), bad).to.deep.equal({ key: 'error.email' });
    }
  });

  it('allows 254 code points and refuses 255', () => {
    const domain = '@example.com'; // 12
    expect(checkEmail(`${'x'.repeat(242)}${domain}`, true)).to.equal(undefined);
    expect(checkEmail(`${'x'.repeat(243)}${domain}`, true)).to.deep.equal(over(1, 254));
    // In code points: 242 emoji are 484 UTF-16 units.
    expect(checkEmail(`${EMOJI.repeat(242)}${domain}`, true)).to.equal(undefined);
    expect(checkEmail(`${EMOJI.repeat(243)}${domain}`, true)).to.deep.equal(over(1, 254));
  });

  it('reports a malformed address before its length', () => {
    expect(checkEmail('x'.repeat(300), true)).to.deep.equal({ key: 'error.email' });
  });
});

describe('validate: accepts', () => {
  const file = (name: string, type: string) => new File(['x'], name, { type });

  it('accepts every file when the site lists no types', () => {
    expect(accepts([], file('anything.exe', 'application/x-msdownload'))).to.equal(true);
  });

  it('matches exact MIME types, case-insensitively and trimmed', () => {
    expect(accepts(['application/pdf'], file('a.pdf', 'application/pdf'))).to.equal(true);
    expect(accepts([' Application/PDF '], file('a.pdf', 'application/pdf'))).to.equal(true);
    expect(accepts(['application/pdf'], file('a.png', 'image/png'))).to.equal(false);
  });

  it('matches type/* on the whole major type only', () => {
    expect(accepts(['image/*'], file('a.png', 'image/png'))).to.equal(true);
    expect(accepts(['image/*'], file('a.svg', 'image/svg+xml'))).to.equal(true);
    expect(accepts(['image/*'], file('a.txt', 'text/plain'))).to.equal(false);
    expect(accepts(['image/*'], file('a.x', 'imagex/png'))).to.equal(false);
  });

  it('matches .ext on the end of the name, case-insensitively', () => {
    expect(accepts(['.pdf'], file('Report.PDF', ''))).to.equal(true);
    expect(accepts(['.pdf'], file('report.pdf.exe', 'application/octet-stream'))).to.equal(false);
    expect(accepts(['.pdf'], file('pdf', ''))).to.equal(false);
  });

  it('needs only one rule of several to match, and a file with no type matches no MIME rule', () => {
    expect(accepts(['image/*', '.pdf'], file('a.pdf', ''))).to.equal(true);
    expect(accepts(['application/pdf'], file('a.pdf', ''))).to.equal(false);
  });
});

describe('validate: fieldValue', () => {
  it('sends numbers as numbers, folding native digits and a decimal comma', () => {
    expect(fieldValue(field({ type: 'number' }), ' 42 ')).to.equal(42);
    expect(fieldValue(field({ type: 'number' }), '1,5', 'sv')).to.equal(1.5);
    expect(fieldValue(field({ type: 'number' }), '۱۲')).to.equal(12);
    expect(fieldValue(field({ type: 'number' }), '١٢٣')).to.equal(123);
    expect(fieldValue(field({ type: 'number' }), '۱۲٫۵')).to.equal(12.5);
    expect(fieldValue(field({ type: 'number' }), 'abc')).to.be.NaN;
  });

  it('sends nothing for an empty value, except a checkbox', () => {
    expect(fieldValue(field({ type: 'text' }), '')).to.equal(undefined);
    expect(fieldValue(field({ type: 'number' }), '   ')).to.equal(undefined);
    expect(fieldValue(field({ type: 'select' }), undefined)).to.equal(undefined);
    expect(fieldValue(field({ type: 'checkbox' }), undefined)).to.equal(false);
    expect(fieldValue(field({ type: 'checkbox' }), false)).to.equal(false);
    expect(fieldValue(field({ type: 'checkbox' }), true)).to.equal(true);
  });

  it('folds native digits where digits are expected (tel, date, identifier) and nowhere else', () => {
    expect(fieldValue(field({ type: 'tel' }), ' +۴۶ ۷۰ ۱۲۳ ')).to.equal('+46 70 123');
    expect(fieldValue(field({ type: 'date' }), '۲۰۲۶-۰۱-۱۵')).to.equal('2026-01-15');
    expect(fieldValue(field({ type: 'text', identifier: true }), ' ٤٥٦-AB ')).to.equal('456-AB');
    // Free text keeps what the customer wrote, only trimmed.
    expect(fieldValue(field({ type: 'text' }), '  ۱۲ apples  ')).to.equal('۱۲ apples');
    expect(fieldValue(field({ type: 'textarea' }), ' line ')).to.equal('line');
    expect(fieldValue(field({ type: 'select' }), ' b ')).to.equal('b');
  });
});

describe('validate: checkField', () => {
  it('asks for required values; a select asks for a choice; an optional field may be empty', () => {
    expect(checkField(field({ type: 'text', required: true }), '')).to.deep.equal({ key: 'error.required' });
    expect(checkField(field({ type: 'text', required: true }), '  ')).to.deep.equal({ key: 'error.required' });
    expect(checkField(field({ type: 'number', required: true }), undefined)).to.deep.equal({ key: 'error.required' });
    expect(checkField(field({ type: 'select', required: true, options: [{ value: 'a', label: 'A' }] }), '')).to.deep.equal({
      key: 'error.requiredChoice',
    });
    for (const type of ['text', 'textarea', 'email', 'tel', 'number', 'date', 'select', 'checkbox'] as const) {
      expect(checkField(field({ type }), type === 'checkbox' ? false : ''), type).to.equal(undefined);
    }
  });

  it('treats an unticked required checkbox as missing and a ticked one as fine', () => {
    expect(checkField(field({ type: 'checkbox', required: true }), false)).to.deep.equal({ key: 'error.required' });
    expect(checkField(field({ type: 'checkbox', required: true }), true)).to.equal(undefined);
  });

  it('accepts only a listed option of a select', () => {
    const def = field({ type: 'select', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] });
    expect(checkField(def, 'b')).to.equal(undefined);
    expect(checkField(def, 'c')).to.deep.equal({ key: 'error.option' });
    expect(checkField(def, 'A')).to.deep.equal({ key: 'error.option' }); // the label is not the value
  });

  it('checks numbers: not a number, range and step (as typed, native digits too)', () => {
    const def = field({ type: 'number', min: 0, max: 10, step: 0.5 });
    expect(checkField(def, '2.5')).to.equal(undefined);
    expect(checkField(def, '2,5', 'sv')).to.equal(undefined);
    expect(checkField(def, '۲٫۵')).to.equal(undefined);
    expect(checkField(def, '0')).to.equal(undefined);
    expect(checkField(def, '10')).to.equal(undefined);
    expect(checkField(def, 'abc')).to.deep.equal({ key: 'error.number' });
    expect(checkField(def, '5 apples')).to.deep.equal({ key: 'error.number' });
    expect(checkField(def, 'Infinity')).to.deep.equal({ key: 'error.number' });
    // Out of range or off the step: what fits, in words.
    expect(checkField(def, '10.5')).to.deep.equal({ key: 'error.range', params: { min: 0, max: 10 } });
    expect(checkField(def, '-0.5')).to.deep.equal({ key: 'error.range', params: { min: 0, max: 10 } });
    expect(checkField(def, '2.4')).to.deep.equal({ key: 'error.step', params: { step: 0.5 } });
  });

  it('checks dates: real calendar days, native digits, and the allowed span', () => {
    const def = field({ type: 'date', minDate: '2026-01-01', maxDate: '2026-12-31' });
    expect(checkField(def, '2026-01-01')).to.equal(undefined);
    expect(checkField(def, '2026-12-31')).to.equal(undefined);
    expect(checkField(def, '۲۰۲۶-۰۶-۱۵')).to.equal(undefined);
    expect(checkField(def, '2026-02-30')).to.deep.equal({ key: 'error.date' });
    expect(checkField(def, '15/06/2026')).to.deep.equal({ key: 'error.date' });
    expect(checkField(def, '2025-12-31')).to.deep.equal({ key: 'error.invalid' });
    expect(checkField(def, '2027-01-01')).to.deep.equal({ key: 'error.invalid' });
    expect(checkField(field({ type: 'date' }), '2028-02-29')).to.equal(undefined);
    expect(checkField(field({ type: 'date' }), '2027-02-29')).to.deep.equal({ key: 'error.date' });
  });

  it('checks phone numbers and e-mail fields by their shape', () => {
    expect(checkField(field({ type: 'tel' }), '+46 70 123 45 67')).to.equal(undefined);
    expect(checkField(field({ type: 'tel' }), '+٤٦ ٧٠ ١٢٣ ٤٥ ٦٧')).to.equal(undefined);
    expect(checkField(field({ type: 'tel' }), '123456')).to.equal(undefined);
    expect(checkField(field({ type: 'tel' }), '12345')).to.deep.equal({ key: 'error.tel' });
    expect(checkField(field({ type: 'tel' }), 'call me')).to.deep.equal({ key: 'error.tel' });
    expect(checkField(field({ type: 'email' }), 'ana@example.com')).to.equal(undefined);
    expect(checkField(field({ type: 'email' }), 'ana@example')).to.deep.equal({ key: 'error.email' });
  });

  it('limits text in code points: the field’s maxLength, else 200 (text) or 5000 (textarea), never over 5000', () => {
    expect(checkField(field({ type: 'text', maxLength: 10 }), EMOJI.repeat(10))).to.equal(undefined);
    expect(checkField(field({ type: 'text', maxLength: 10 }), EMOJI.repeat(11))).to.deep.equal(over(1, 10));
    expect(checkField(field({ type: 'text' }), 'x'.repeat(200))).to.equal(undefined);
    expect(checkField(field({ type: 'text' }), 'x'.repeat(201))).to.deep.equal(over(1, 200));
    expect(checkField(field({ type: 'textarea' }), 'x'.repeat(5000))).to.equal(undefined);
    expect(checkField(field({ type: 'textarea' }), 'x'.repeat(5001))).to.deep.equal(over(1, 5000));
    expect(checkField(field({ type: 'textarea', maxLength: 10_000 }), 'x'.repeat(5001))).to.deep.equal(over(1, 5000));
  });

  it('checks a site’s pattern on the whole value, and ignores a broken pattern', () => {
    const def = field({ type: 'text', pattern: '[A-Z]{3}-\\d+' });
    expect(checkField(def, 'ABC-12')).to.equal(undefined);
    expect(checkField(def, 'xABC-12')).to.deep.equal({ key: 'error.invalid' });
    expect(checkField(def, 'ABC-12x')).to.deep.equal({ key: 'error.invalid' });
    expect(checkField(field({ type: 'text', pattern: '(' }), 'anything')).to.equal(undefined);
  });

  it('checks an identifier without a pattern against the protocol’s default rule', () => {
    const def = field({ type: 'text', identifier: true });
    expect(checkField(def, 'AB-12/3_x.y')).to.equal(undefined);
    expect(checkField(def, ' ۱۲۳ ')).to.equal(undefined); // folded and trimmed before checking
    expect(checkField(def, '-AB12')).to.deep.equal({ key: 'error.invalid' });
    expect(checkField(def, 'AB 12')).to.deep.equal({ key: 'error.invalid' });
    expect(checkField(def, 'Åland1')).to.deep.equal({ key: 'error.invalid' });
  });
});

describe('validate: serverProblem', () => {
  const err = (code: string, fieldName: string, message = 'server text') => ({ code, field: fieldName, message });

  it('maps required, with a choice for selects and the category', () => {
    expect(serverProblem(err('required', 'name'))).to.deep.equal({ key: 'error.required' });
    expect(serverProblem(err('required', 'categoryId'))).to.deep.equal({ key: 'error.requiredChoice' });
    expect(serverProblem(err('required', 'fields.plan'), field({ type: 'select' }))).to.deep.equal({ key: 'error.requiredChoice' });
    expect(serverProblem(err('required', 'fields.note'), field({ type: 'text' }))).to.deep.equal({ key: 'error.required' });
  });

  it('maps too_long to the limit of the field, or keeps the server’s text when it knows none', () => {
    expect(serverProblem(err('too_long', 'name'))).to.deep.equal(tooLong(200));
    expect(serverProblem(err('too_long', 'body'))).to.deep.equal(tooLong(20000));
    expect(serverProblem(err('too_long', 'email'))).to.deep.equal(tooLong(254));
    expect(serverProblem(err('too_long', 'fields.note'), field({ type: 'text', maxLength: 50 }))).to.deep.equal(tooLong(50));
    expect(serverProblem(err('too_long', 'fields.note'), field({ type: 'textarea' }))).to.deep.equal(tooLong(5000));
    expect(serverProblem(err('too_long', 'pageUrl', 'Too long.'))).to.deep.equal({ text: 'Too long.' });
  });

  it('maps not_allowed and out_of_range', () => {
    expect(serverProblem(err('not_allowed', 'categoryId'))).to.deep.equal({ key: 'error.option' });
    expect(serverProblem(err('out_of_range', 'fields.n'), field({ type: 'number' }))).to.deep.equal({ key: 'error.invalid' });
    expect(serverProblem(err('out_of_range', 'fields.n'), field({ type: 'number', min: 0, max: 9, step: 1 }))).to.deep.equal({ key: 'error.range', params: { min: 0, max: 9 } });
  });

  it('maps invalid by the field’s type, else the server’s text, else the generic message', () => {
    expect(serverProblem(err('invalid', 'email'))).to.deep.equal({ key: 'error.email' });
    expect(serverProblem(err('invalid', 'fields.e'), field({ type: 'email' }))).to.deep.equal({ key: 'error.email' });
    expect(serverProblem(err('invalid', 'fields.p'), field({ type: 'tel' }))).to.deep.equal({ key: 'error.tel' });
    expect(serverProblem(err('invalid', 'fields.n'), field({ type: 'number' }))).to.deep.equal({ key: 'error.number' });
    expect(serverProblem(err('invalid', 'fields.d'), field({ type: 'date' }))).to.deep.equal({ key: 'error.date' });
    expect(serverProblem(err('invalid', 'fields.o', 'Use the format AB-123.'), field({ type: 'text' }))).to.deep.equal({
      text: 'Use the format AB-123.',
    });
    expect(serverProblem(err('invalid', 'name', ''))).to.deep.equal({ key: 'error.invalid' });
  });

  it('keeps the server’s text for codes it has no words for', () => {
    expect(serverProblem(err('too_large', 'attachments', 'The file is too large.'))).to.deep.equal({ text: 'The file is too large.' });
    expect(serverProblem(err('something_new', 'name', ''))).to.deep.equal({ key: 'error.invalid' });
  });
});

describe('validate: date limits that are no dates', () => {
  it('a site’s typo in minDate/maxDate limits nothing (it refused every date before)', () => {
    const field = { id: 'startedOn', type: 'date', label: 'When', minDate: 'garbage', maxDate: '2026-13-45' } as const;
    expect(checkField(field, '2026-03-01', 'sv')).to.equal(undefined);
    expect(checkField({ ...field, maxDate: '2026-02-01' }, '2026-03-01', 'sv')?.key).to.equal('date.max');
  });
});
