// Prints the elements' API as markdown tables from dist/custom-elements.json (after `npm run
// build`): properties with their attributes, events with their detail, methods, parts, slots and
// CSS custom properties. The README's tables are pasted from this output, so they say what the
// manifest (and so the code) says.
// Usage: node scripts/api-tables.mjs [custom-elements.json] > api.md
import { elementsOf, readManifest } from './manifest-elements.mjs';

const elements = elementsOf(readManifest(process.argv[2]));
const code = (text) => `\`${text}\``;
/** One line of a table cell: no pipes or line breaks. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** CSS properties every element has (the theme), listed once. */
const shared = elements.length
  ? elements[0].cssProperties.filter((p) => elements.every((el) => el.cssProperties.some((q) => q.name === p.name)))
  : [];
const sharedNames = new Set(shared.map((p) => p.name));
const cssRows = (properties) => properties.map((p) => [code(p.name), p.default ? code(p.default) : '', p.description ?? '']);

const out = [];
for (const el of elements) {
  out.push(`#### \`<${el.tag}>\` (${el.className})`, '');
  const attributeOf = new Map(el.attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  out.push(
    table(
      ['property', 'attribute', 'type', 'default', ''],
      el.properties.map((p) => [code(p.name), attributeOf.has(p.name) ? code(attributeOf.get(p.name)) : '—', p.type ? code(p.type.text) : '', p.default ? code(p.default) : '', p.description ?? '']),
    ),
    '',
  );
  out.push(table(['event', '`detail`', ''], el.events.map((e) => [code(e.name), e.detail ? code(e.detail.text) : '—', e.description ?? ''])), '');
  if (el.methods.length) {
    const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')})`;
    out.push(table(['method', ''], el.methods.map((m) => [code(signature(m)), m.description ?? ''])), '');
  }
  out.push(table(['part (`::part()`)', ''], el.parts.map((p) => [code(p.name), p.description ?? ''])), '');
  out.push(`Slots: ${el.slots.length ? el.slots.map((s) => code(s.name || '(default)')).join(', ') : 'none'}.`, '');
  const own = el.cssProperties.filter((p) => !sharedNames.has(p.name));
  if (own.length) out.push(table(['CSS custom property', 'default', ''], cssRows(own)), '');
}
if (shared.length) out.push('#### CSS custom properties of every element (the theme)', '', table(['property', 'default', ''], cssRows(shared)), '');
console.log(out.join('\n'));
