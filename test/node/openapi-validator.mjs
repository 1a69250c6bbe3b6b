// Checks real responses against protocol/openapi.yaml: finds the operation by method and path
// template, picks the response schema by status, and validates the body with Ajv (JSON Schema 2020-12).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const doc = parse(readFileSync(new URL('../../protocol/openapi.yaml', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components });

const operations = Object.entries(doc.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    template,
    pattern: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
    op,
  })),
);

function schemaFor(op, status) {
  const response = op.responses[String(status)] ?? op.responses.default;
  if (!response) return { error: `status ${status} is not documented` };
  const resolved = response.$ref ? doc.components.responses[response.$ref.split('/').pop()] : response;
  const content = resolved.content;
  if (!content) return { none: true };
  const [type, media] = Object.entries(content)[0];
  return { type, ref: media.schema.$ref };
}

/** Returns a list of problems with one response (empty when it conforms). */
export async function checkResponse(basePath, request, response) {
  const url = new URL(request.url);
  const path = url.pathname.slice(basePath.length);
  const match = operations
    .filter((o) => o.method === request.method && o.pattern.test(path))
    // A literal path (/tickets/access-links) wins over a template (/tickets/{id}).
    .sort((a, b) => (a.template.includes('{') ? 1 : 0) - (b.template.includes('{') ? 1 : 0))[0];
  if (!match) return [`${request.method} ${path}: not in the protocol`];
  const expected = schemaFor(match.op, response.status);
  const where = `${request.method} ${match.template} → ${response.status}`;
  if (expected.error) return [`${where}: ${expected.error}`];
  const text = await response.clone().text();
  if (expected.none) return text ? [`${where}: expected no body`] : [];
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.startsWith(expected.type)) return [`${where}: Content-Type ${contentType}, expected ${expected.type}`];
  const validate = ajv.getSchema(`openapi${expected.ref}`);
  if (!validate(JSON.parse(text))) return validate.errors.map((e) => `${where}: ${e.instancePath} ${e.message}`);
  return [];
}
