// The protocol's field rules in one module (src/sdk/rules.ts), and the ticket form and the mock
// judging every value alike because both use it.
import { expect } from '@open-wc/testing';
import { acceptsFile, checkFieldValue, codePoints, isDate, LIMITS, type FieldRule } from '../../src/sdk/rules.js';
import { checkEmail, checkField, checkText, fieldValue } from '../../src/internal/form/validate.js';
import { createMockBackend } from '../../src/mock/index.js';
import { call } from '../helpers/index.js';
import type { Field, Problem } from '../../src/sdk/index.js';

describe('field rules', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePoints('😀'.repeat(100))).to.equal(100);
    expect(codePoints('e\u0301')).to.equal(2);
    // The form: a name of 150 emoji is within 200; 201 is not.
    expect(checkText('😀'.repeat(150), { required: true, max: LIMITS.name })).to.equal(undefined);
    expect(checkText('😀'.repeat(201), { required: true, max: LIMITS.name })).to.deep.equal({ key: 'error.overLimit', params: { count: 1, max: 200 } });
    expect(checkEmail(`${'😀'.repeat(200)}@example.com`, true)).to.equal(undefined); // 212 code points, 412 UTF-16 units
  });

  it('checks each field type as the protocol’s Field says', () => {
    const cases: [FieldRule, unknown, string | undefined][] = [
      [{ type: 'number', min: 0, max: 10, step: 0.5 }, 2.5, undefined],
      [{ type: 'number', min: 0, max: 10, step: 0.5 }, 2.4, 'out_of_range'],
      [{ type: 'number', min: 0, max: 10 }, 11, 'out_of_range'],
      [{ type: 'number', step: 0.1 }, 0.1 + 0.2, undefined],
      [{ type: 'number' }, '5', 'invalid'],
      [{ type: 'date' }, '2026-02-30', 'invalid'],
      [{ type: 'date', minDate: '2026-01-01', maxDate: '2026-12-31' }, '2027-01-01', 'out_of_range'],
      [{ type: 'date' }, '2028-02-29', undefined],
      [{ type: 'text' }, 'x'.repeat(201), 'too_long'],
      [{ type: 'textarea' }, 'x'.repeat(5000), undefined],
      [{ type: 'text', maxLength: 3 }, '😀😀😀', undefined],
      [{ type: 'text', identifier: true }, 'A-1001', undefined],
      [{ type: 'text', identifier: true }, '-1001', 'invalid'],
      [{ type: 'text', pattern: '[A-Z]{2}\\d+' }, 'AB12', undefined],
      [{ type: 'text', pattern: '[A-Z]{2}\\d+' }, 'AB12x', 'invalid'],
      [{ type: 'checkbox', required: true }, false, 'required'],
      [{ type: 'select', options: [{ value: 'a' }] }, 'b', 'not_allowed'],
      [{ type: 'email' }, 'ava@example', 'invalid'],
      [{ type: 'email' }, 'ava@example..com', 'invalid'],
      [{ type: 'email' }, 'ava@example.com.', 'invalid'],
      [{ type: 'email' }, 'ava@example.c', 'invalid'],
      [{ type: 'email' }, 'ava@exämple.se', undefined],
      [{ type: 'tel' }, '+46 70 123 45 67', undefined],
      [{ type: 'text' }, { nested: true }, 'invalid'],
      [{ type: 'text' }, ['a'], 'invalid'],
    ];
    for (const [def, value, code] of cases) expect(checkFieldValue(def, value), `${JSON.stringify(def)} ${JSON.stringify(value)}`).to.equal(code);
  });

  it('accepts files by MIME type, type/* and extension', () => {
    expect(acceptsFile(['image/*'], { type: 'image/png', name: 'a.png' })).to.equal(true);
    expect(acceptsFile(['.pdf'], { type: '', name: 'Invoice.PDF' })).to.equal(true);
    expect(acceptsFile(['text/plain'], { type: 'text/html', name: 'a.html' })).to.equal(false);
    expect(isDate('2026-13-01')).to.equal(false);
  });

  it('the ticket form and the mock judge custom fields alike', async () => {
    const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
    const response = await backend.handle(new Request(`${backend.baseUrl}/config`));
    const config = await response.json();
    const defs = config.categories.flatMap((c: { fields: Field[] }) => c.fields) as Field[];
    const typed = ['', '12', '۱۲۵٫۵', '-3', '1.005', '2026-02-30', '2026-03-01', 'x'.repeat(1001), 'ava@example.com', 'ava@example..com', 'ava@example.com.', 'ava@example.c', 'nope', '+46 70 123', 'printer', '😀'.repeat(20)];
    let compared = 0;
    for (const def of defs) {
      for (const text of def.type === 'checkbox' ? [true, false] : typed) {
        const form: Problem | undefined = checkField(def, text) as Problem | undefined;
        const server = checkFieldValue(def, fieldValue(def, text));
        expect(form === undefined, `${def.id} = ${JSON.stringify(text)}: form ${JSON.stringify(form)}, mock ${server}`).to.equal(server === undefined);
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(50);
  });

  it('the mock refuses an address whose domain is not one, as the form does', async () => {
    const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
    const ticket = { name: 'Ava', subject: 'Refund', body: 'Where is my money?', categoryId: 'account', locale: 'en' };
    for (const email of ['ava@example..com', 'ava@example.com.', 'ava@example.c']) {
      const res = await call(backend, 'POST', '/tickets', { ...ticket, email });
      expect(res.status, email).to.equal(422);
      expect((res.json as Problem).errors!.find((e) => e.field === 'email')?.code, email).to.equal('invalid');
    }
    expect((await call(backend, 'POST', '/tickets', { ...ticket, email: 'ava@example.com' })).status).to.equal(201);
  });

  it('the mock’s order and invoice numbers are identifiers: ASCII digits only, as the form sends them', async () => {
    const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
    const ticket = { name: 'Ava', email: 'ava@example.com', subject: 'Parcel', body: 'Where is it?', locale: 'en' };
    const order = (orderNumber: string) => call(backend, 'POST', '/tickets', { ...ticket, categoryId: 'orders', fields: { orderNumber } });
    const refused = await order('INV-۲۰۲۶');
    expect(refused.status).to.equal(422);
    expect((refused.json as Problem).errors!.map((e) => [e.field, e.code])).to.deep.equal([['fields.orderNumber', 'invalid']]);
    expect((await order('INV-2026')).status).to.equal(201);
    const invoice = await call(backend, 'POST', '/tickets', { ...ticket, categoryId: 'billing', fields: { paymentMethod: 'card', invoiceNumber: 'F ۱' } });
    expect((invoice.json as Problem).errors!.map((e) => e.field)).to.deep.equal(['fields.invoiceNumber']);
    // The form folds the digits of an identifier field before sending.
    expect(fieldValue({ id: 'orderNumber', label: 'Order number', type: 'text', identifier: true }, ' INV-۲۰۲۶ ')).to.equal('INV-2026');
  });

  it('the mock takes the amount in min, max and step', async () => {
    const backend = createMockBackend({ startAt: '2026-03-02T08:30:00Z' });
    const ticket = { name: 'Ava', email: 'ava@example.com', subject: 'Refund', body: 'Where is my money?', categoryId: 'billing', locale: 'en' };
    const pay = (amount: unknown) => call(backend, 'POST', '/tickets', { ...ticket, fields: { paymentMethod: 'card', amount } });
    for (const amount of [-50, 1_000_000.01, 12.345]) expect((await pay(amount)).json.errors?.[0]?.code, String(amount)).to.equal('out_of_range');
    expect((await pay('1234')).json.errors?.[0]?.code).to.equal('invalid');
    expect((await pay(1234.5)).status).to.equal(201);
  });
});
