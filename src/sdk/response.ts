// Turning what ky and fetch hand back into data or a HelpkitError.
import { BadResponseError, errorFromResponse, HelpkitError, isAbortError, NetworkError, TimeoutError } from './errors.js';

/** A response's JSON body (undefined for 202 and 204); BadResponseError when it does not parse. */
export async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.status === 202) {
    await response.body?.cancel().catch(() => undefined);
    return undefined as T;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(error);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new BadResponseError(response.status, 'The server sent a response that could not be read.', error);
  }
}

/** Any failure of a ky call as the HelpkitError callers expect (aborts stay AbortErrors). */
export async function toHelpkitError(error: unknown, now = Date.now()): Promise<unknown> {
  if (error instanceof HelpkitError || isAbortError(error)) return error;
  const name = (error as Error | undefined)?.name;
  if (name === 'HTTPError') return errorFromResponse((error as { response: Response }).response, now);
  if (name === 'TimeoutError') return new TimeoutError(error);
  // fetch rejects with a TypeError when there is no network or the host cannot be reached.
  return new NetworkError(error);
}
