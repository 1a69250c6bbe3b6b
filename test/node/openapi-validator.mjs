// Checks real traffic against protocol/openapi.yaml with Ajv in strict mode (JSON Schema 2020-12):
// finds the operation by method and path template, picks the response by status, and checks the
// body, the Content-Type, the declared response headers and the problem type. A request that the
// backend accepted (2xx) must itself conform: its path id, query, Idempotency-Key and JSON body.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const doc = parse(readFileSync(new URL('../../protocol/openapi.yaml', import.meta.url), 'utf8'));

// Strict mode: an unknown keyword (such as a property name produced by a YAML typo), a union type
// or a `required` property that is not defined fails the compile instead of being ignored.
export const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
// The schemas live under $defs so the root holds nothing but JSON Schema keywords.
ajv.addSchema(JSON.parse(JSON.stringify({ $id: 'openapi', $defs: doc.components.schemas }).replaceAll('"#/components/schemas/', '"#/$defs/')));
const compiled = new Map();
/** The compiled validator for an inline schema or a `#/components/schemas/...` reference. */
export function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) {
    const inline = JSON.parse(key.replaceAll('"#/components/schemas/', '"openapi#/$defs/'));
    compiled.set(key, ajv.compile(inline));
  }
  return compiled.get(key);
}

/** Problem types and their statuses, from the table in the document's introduction. */
export const problemTypes = new Map(
  [...doc.info.description.matchAll(/^\| `(https:\/\/helpkit\.dev\/problems\/[a-z-]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]),
);

const resolve = (node) => {
  if (!node?.$ref) return node;
  const [, section, name] = node.$ref.match(/^#\/components\/([^/]+)\/(.+)$/);
  return resolve(doc.components[section][name]);
};

const operations = Object.entries(doc.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    template,
    pattern: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
    op,
  })),
);

function findOperation(basePath, request) {
  const url = new URL(request.url);
  const path = url.pathname.slice(basePath.length);
  const match = operations
    .filter((o) => o.method === request.method && o.pattern.test(path))
    // A literal path (/tickets/access-links) wins over a template (/tickets/{id}).
    .sort((a, b) => (a.template.includes('{') ? 1 : 0) - (b.template.includes('{') ? 1 : 0))[0];
  return { url, path, match };
}

const errorsOf = (validate, where) => (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || '(value)'} ${e.message}`);

/** Returns a list of problems with one response (empty when it conforms). */
export async function checkResponse(basePath, request, response) {
  const { path, match } = findOperation(basePath, request);
  if (!match) return [`${request.method} ${path}: not in the protocol`];
  const where = `${request.method} ${match.template} → ${response.status}`;
  const declared = match.op.responses[String(response.status)] ?? match.op.responses.default;
  if (!declared) return [`${where}: status ${response.status} is not documented`];
  const resolved = resolve(declared);
  const problems = [];

  for (const [name, header] of Object.entries(resolved.headers ?? {})) {
    const h = resolve(header);
    const value = response.headers.get(name);
    if (value === null) {
      if (h.required) problems.push(`${where}: header ${name} is required`);
    } else if (!validatorFor(h.schema)(value)) problems.push(`${where}: header ${name}: ${JSON.stringify(value)} does not match`);
  }

  const text = await response.clone().text();
  if (!resolved.content) return text ? [...problems, `${where}: expected no body`] : problems;
  const [type, media] = Object.entries(resolved.content)[0];
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.startsWith(type)) return [...problems, `${where}: Content-Type ${contentType}, expected ${type}`];
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `${where}: the body is not JSON`];
  }
  const validate = validatorFor(media.schema);
  if (!validate(body)) problems.push(...errorsOf(validate, where));
  if (type === 'application/problem+json') {
    const status = problemTypes.get(body.type);
    if (status === undefined) problems.push(`${where}: problem type ${body.type} is not one of the protocol's`);
    else if (status !== response.status) problems.push(`${where}: problem type ${body.type} belongs to status ${status}`);
    if (body.status !== response.status) problems.push(`${where}: problem status ${body.status} differs from the HTTP status`);
  }
  return problems;
}

/** Returns a list of problems with one request as the protocol describes it (empty when it conforms). */
export async function checkRequest(basePath, request) {
  const { url, path, match } = findOperation(basePath, request);
  if (!match) return [`${request.method} ${path}: not in the protocol`];
  const where = `${request.method} ${match.template} (request)`;
  const problems = [];
  const values = { path: {}, query: Object.fromEntries(url.searchParams), header: {} };
  const segments = path.split('/');
  match.template.split('/').forEach((part, i) => {
    const name = part.match(/^\{(.+)\}$/)?.[1];
    if (name) values.path[name] = decodeURIComponent(segments[i]);
  });
  for (const p of (match.op.parameters ?? []).map(resolve)) {
    const value = p.in === 'header' ? (request.headers.get(p.name) ?? undefined) : values[p.in]?.[p.name];
    if (value === undefined) {
      if (p.required) problems.push(`${where}: parameter ${p.name} is required`);
      continue;
    }
    const numeric = p.schema.type === 'integer' || p.schema.type === 'number';
    const validate = validatorFor(p.schema);
    if (!validate(numeric && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value)) {
      problems.push(`${where}: parameter ${p.name}: ${JSON.stringify(value)} does not match`);
    }
  }
  const media = match.op.requestBody?.content?.['application/json'];
  if (media) {
    const contentType = request.headers.get('Content-Type') ?? '';
    if (!contentType.startsWith('application/json')) problems.push(`${where}: Content-Type ${contentType}, expected application/json`);
    const text = await request.clone().text();
    if (new TextEncoder().encode(text).length > 64 * 1024) problems.push(`${where}: the body is over 64 KiB`);
    try {
      const validate = validatorFor(media.schema);
      if (!validate(JSON.parse(text))) problems.push(...errorsOf(validate, where));
    } catch {
      problems.push(`${where}: the body is not JSON`);
    }
  }
  return problems;
}
