// Who is calling: the access token and the signed identity a request carries.
import { readIdentity, type Identity } from './identity.js';

export interface Caller {
  bearer?: string;
  identity?: Identity;
}

/** The credentials a request carries; an expired or unreadable identity is a 401 here. */
export function readCaller(request: Request, now: number): Caller {
  const bearer = request.headers.get('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const identity = readIdentity(request.headers.get('Helpkit-Identity'), now);
  return { ...(bearer && { bearer }), ...(identity && { identity }) };
}

/** The caller as the protocol scopes keys and uploads: the identity's `sub`, else the token, else anonymous. */
export function callerKey(caller: Caller): string {
  return caller.identity ? `sub:${caller.identity.sub}` : caller.bearer ? `token:${caller.bearer}` : 'anonymous';
}
