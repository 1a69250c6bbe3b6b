// What tests and the demo steer from outside: scripted failures, and requests held in flight.
import type { Failure } from './options.js';
import { HttpProblem, problemResponse } from './problem.js';

/** The failures asked for with `failNext`, each used by the first request it matches. */
export class ScriptedFailures {
  private queue: Failure[] = [];

  add(failures: Failure[]): void {
    this.queue.push(...failures);
  }

  /** The failure for this `METHOD path`, taken from the queue, if one matches. */
  take(route: string): Failure | undefined {
    const i = this.queue.findIndex((f) => !f.match || f.match.test(route));
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }
}

/** The answer a scripted failure gives: no response at all, a body that is not JSON, or a problem. */
export function failureResponse(failure: Failure): Response {
  if (failure.network) return Response.error();
  if (failure.malformed) return new Response('<html>upstream error', { status: failure.status, headers: { 'Content-Type': 'application/json' } });
  const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'Retry-After': String(failure.retryAfter) } : {};
  const title = failure.status === 429 ? 'Too many requests' : failure.errors ? 'Some fields need attention' : 'Scripted failure';
  return problemResponse(new HttpProblem(failure.status, title, undefined, failure.errors, headers));
}

/** Requests held once accepted, until the test releases them. */
export class Holds {
  private holds: { match: RegExp; arrived: () => void; released: Promise<void> }[] = [];

  add(match: RegExp): { reached: Promise<void>; release: () => void } {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((r) => (arrived = r));
    const released = new Promise<void>((r) => (release = r));
    this.holds.push({ match, arrived, released });
    return { reached, release };
  }

  /** Waits while a hold for this `METHOD path` is in place; each hold stops one request. */
  async pass(route: string): Promise<void> {
    const i = this.holds.findIndex((h) => h.match.test(route));
    if (i < 0) return;
    const [hold] = this.holds.splice(i, 1);
    hold!.arrived();
    await hold!.released;
  }
}
