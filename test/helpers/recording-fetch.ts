// A fetch for createClient() that records what went over the wire (method, path, headers, body) and
// passes every request on to the real network (the test page's msw worker and mock backend).
// `answer` may replace a response, as a broken server would, after the backend has acted.

export interface Sent {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

export function recordingFetch(answer?: (sent: Sent, response: Response) => Response | undefined) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const entry: Sent = {
      method: request.method,
      path: new URL(request.url).pathname.replace(/^\/api\/v1/, ''),
      headers: request.headers,
      body: request.method === 'GET' ? '' : await request.clone().text(),
    };
    sent.push(entry);
    const response = await globalThis.fetch(request);
    return answer?.(entry, response) ?? response;
  };
  return { fetch, sent };
}
