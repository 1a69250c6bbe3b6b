// Uploads (POST /attachments) and their use by one ticket or reply.
import type { Attachment, FieldError } from '../sdk/types.js';
import { acceptsFile } from '../sdk/rules.js';
import { ok, type Stored } from './answer.js';
import { callerKey, type Caller } from './caller.js';
import { DAY } from './clock.js';
import type { MockContext } from './context.js';
import { HttpProblem, invalid } from './problem.js';

interface AttachmentRecord {
  attachment: Attachment;
  /** Who uploaded it: the caller's scope (identity `sub`, else access token, else anonymous). */
  owner: string;
  at: number;
  /** Attached to a ticket or reply already; an attachment is used once. */
  used: boolean;
}

/** How much larger than the file a multipart request may be: its framing. */
const MULTIPART_FRAMING_BYTES = 64 * 1024;
/** Markup declared as an image or PDF is not what it says (SVG and HTML can run script). */
const MARKUP_START = /^<(\?xml|svg|html|!doctype|script|body|head)\b/;

const notMultipart = () => new HttpProblem(415, 'Unsupported media type', 'Send the file as multipart/form-data in a field named "file".');

export class Attachments {
  private records = new Map<string, AttachmentRecord>();

  constructor(private ctx: MockContext) {}

  async upload(request: Request, caller: Caller): Promise<Stored> {
    const { maxBytes, accept } = this.ctx.settings.attachments;
    if (!/^multipart\/form-data/i.test(request.headers.get('Content-Type') ?? '')) throw notMultipart();
    const tooLarge = (errors?: FieldError[]) => new HttpProblem(413, 'File too large', `Files can be at most ${maxBytes} bytes.`, errors);
    if (Number(request.headers.get('Content-Length')) > maxBytes + MULTIPART_FRAMING_BYTES) throw tooLarge();
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw notMultipart();
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') {
      throw invalid([{ field: 'file', code: 'required', message: 'Choose a file to upload.' }]);
    }
    if (file.size > maxBytes) {
      throw tooLarge([{ field: 'file', code: 'too_large', message: `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.` }]);
    }
    const type = file.type || 'application/octet-stream';
    // Judged by content too, not only by the type the browser declared.
    const head = new TextDecoder().decode(await file.slice(0, 512).arrayBuffer()).replace(/^\uFEFF?\s*/, '').toLowerCase();
    const markup = MARKUP_START.test(head);
    if (!acceptsFile(accept, { type, name: file.name }) || (markup && type !== 'text/plain')) {
      throw new HttpProblem(415, 'Unsupported file type', `Files of type ${type} are not accepted.`, [
        { field: 'file', code: 'type', message: 'This kind of file is not accepted.' },
      ]);
    }
    // The id is a secret only the uploader learns, so another customer cannot guess and attach it.
    const attachment: Attachment = { id: `a_${this.ctx.ids.secret()}`, name: file.name || 'file', size: file.size, type };
    this.records.set(attachment.id, { attachment, owner: callerKey(caller), at: this.ctx.clock.now(), used: false });
    return ok(attachment, false, 201);
  }

  /**
   * Attachment ids a ticket or reply may use: each exists, is not attached elsewhere yet, and was
   * uploaded with the same credentials (an anonymous upload: by an anonymous ticket within a day).
   */
  check(ids: unknown, caller: Caller, errors: FieldError[]): string[] {
    if (ids === undefined) return [];
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      errors.push({ field: 'attachmentIds', code: 'invalid', message: 'Must be a list of attachment ids.' });
      return [];
    }
    const { maxFiles } = this.ctx.settings.attachments;
    if (ids.length > maxFiles) errors.push({ field: 'attachmentIds', code: 'too_long', message: `At most ${maxFiles} files.` });
    const me = callerKey(caller);
    const usable = (id: string) => {
      const record = this.records.get(id);
      if (!record || record.used || record.owner !== me) return false;
      return me !== 'anonymous' || this.ctx.clock.now() - record.at < DAY;
    };
    // One answer for "no such id" and "someone else's", so ids cannot be probed.
    if (new Set(ids).size !== ids.length || !ids.every(usable)) {
      errors.push({ field: 'attachmentIds', code: 'not_found', message: 'An attachment was not found; upload it again.' });
    }
    return ids as string[];
  }

  /** Marks checked attachments as used by the ticket or reply just stored and returns them. */
  use(ids: string[]): Attachment[] {
    return ids.map((id) => {
      const record = this.records.get(id)!;
      record.used = true;
      return record.attachment;
    });
  }
}
