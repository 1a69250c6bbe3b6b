// The elements in dist/custom-elements.json as the type and docs generators use them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export const readManifest = (file = join(root, 'dist/custom-elements.json')) => JSON.parse(readFileSync(file, 'utf8'));

/** Events every HTML element has: React and Vue type them already (`onInput`, `@input`). */
export const NATIVE_EVENTS = new Set(['input', 'change']);

/** Every element the package registers, with what an app can set and hear. */
export function elementsOf(cem) {
  return cem.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      description: d.description ?? '',
      // What a template may set: public, writable instance fields.
      properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public'),
      attributes: d.attributes ?? [],
      events: d.events ?? [],
      methods: (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public'),
      parts: d.cssParts ?? [],
      cssProperties: d.cssProperties ?? [],
      slots: d.slots ?? [],
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

