// A ticket as the tracker shows it, read defensively. The SDK checks the fields it relies on (id,
// number, status, messages); everything inside may still be wrong in a buggy or newer backend's
// answer. What cannot be read is left out, never shown as "undefined" and never allowed to throw
// in the middle of a render (which would blank the panel).
import type { Attachment, Message, Step, Ticket } from '../../sdk/index.js';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const date = (v: unknown): string | undefined => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : undefined);
const ROLES = ['customer', 'agent', 'bot', 'system'];
const STEP_STATES = ['done', 'current', 'pending'];

function attachment(v: unknown): Attachment | undefined {
  if (!isObject(v) || !text(v.name)) return undefined;
  return { ...(v as unknown as Attachment), id: text(v.id) ?? '', name: v.name as string, size: typeof v.size === 'number' && v.size >= 0 ? v.size : 0, type: text(v.type) ?? '' };
}

function message(v: unknown): Message | undefined {
  if (!isObject(v) || typeof v.body !== 'string' || !text(v.id)) return undefined;
  const author = isObject(v.author) ? v.author : {};
  // A role we do not know is shown as a note from the system rather than as the customer's words.
  const role = (ROLES.includes(author.role as string) ? author.role : 'system') as Message['author']['role'];
  const attachments = Array.isArray(v.attachments) ? v.attachments.map(attachment).filter((a): a is Attachment => !!a) : undefined;
  return {
    id: v.id as string,
    body: v.body,
    createdAt: date(v.createdAt) ?? '',
    author: { role, ...(text(author.name) && { name: author.name as string }) },
    ...(attachments?.length && { attachments }),
  };
}

function step(v: unknown): Step | undefined {
  if (!isObject(v) || !text(v.title) || !STEP_STATES.includes(v.state as string)) return undefined;
  return { id: text(v.id) ?? (v.title as string), title: v.title as string, state: v.state as Step['state'] };
}

/** The ticket with every part it cannot read left out; `previous` fills what must be there. */
export function readTicket(raw: Ticket, previous?: Ticket): Ticket {
  const r = raw as unknown as Loose;
  const sla = isObject(r.sla) ? r.sla : undefined;
  const escalation = isObject(r.escalation) && typeof r.escalation.level === 'number' ? r.escalation : undefined;
  const satisfaction = isObject(r.satisfaction) && typeof r.satisfaction.rating === 'number' ? r.satisfaction : undefined;
  const assignee = isObject(r.assignee) ? r.assignee : undefined;
  const steps = Array.isArray(r.steps) ? r.steps.map(step).filter((s): s is Step => !!s) : undefined;
  return {
    id: raw.id,
    number: raw.number,
    status: raw.status,
    subject: text(r.subject) ?? previous?.subject ?? '',
    priority: text(r.priority) ?? '',
    categoryId: text(r.categoryId) ?? previous?.categoryId ?? '',
    createdAt: date(r.createdAt) ?? previous?.createdAt ?? '',
    updatedAt: date(r.updatedAt) ?? previous?.updatedAt ?? '',
    messages: raw.messages.map(message).filter((m): m is Message => !!m),
    ...(text(r.messagesCursor) && { messagesCursor: r.messagesCursor as string }),
    canEscalate: r.canEscalate === true,
    canReopen: r.canReopen === true,
    ...(steps?.length && { steps }),
    ...(sla && {
      sla: {
        breached: sla.breached === true,
        ...(date(sla.firstResponseDueAt) && { firstResponseDueAt: sla.firstResponseDueAt as string }),
        ...(typeof sla.firstResponseMinutes === 'number' && sla.firstResponseMinutes > 0 && { firstResponseMinutes: sla.firstResponseMinutes }),
        ...(date(sla.resolutionDueAt) && { resolutionDueAt: sla.resolutionDueAt as string }),
      },
    }),
    ...(escalation && {
      escalation: { level: escalation.level as number, requestedAt: date(escalation.requestedAt) ?? '', ...(text(escalation.reason) && { reason: escalation.reason as string }) },
    }),
    ...(satisfaction && { satisfaction: { rating: satisfaction.rating as number, ...(text(satisfaction.comment) && { comment: satisfaction.comment as string }) } }),
    ...(assignee && { assignee: { ...(text(assignee.name) && { name: assignee.name as string }), ...(text(assignee.team) && { team: assignee.team as string }) } }),
  };
}

/** Whether `next` is not older than `current`: a slow answer must not undo a newer one. */
export function isNewer(next: Ticket, current: Ticket | undefined): boolean {
  if (!current || current.id !== next.id) return true;
  const a = Date.parse(next.updatedAt);
  const b = Date.parse(current.updatedAt);
  return Number.isNaN(a) || Number.isNaN(b) || a >= b;
}
