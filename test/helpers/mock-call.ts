// One request straight to a mock backend's fetch handler, with the answer read once.
import type { MockBackend } from '../../src/mock/index.js';

export const BASE = 'https://support.example.test/api/v1';

/** Sends `body` as JSON (a string as it is); `json` is the parsed answer, or its text when it is not JSON. */
export async function call(backend: MockBackend, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await backend.handle(
    new Request(`${BASE}${path}`, {
      method,
      headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}
