import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isHelpkitError, type HelpkitClient, type SiteConfig } from '../../sdk/index.js';
import type { Clock } from '../clock.js';
import type { LocalizeController } from '../localize.js';
import { isolate, neutralizeBidi } from '../bidi.js';
import { accepts, type FieldProblem } from '../form/validate.js';

export type AttachmentLimits = SiteConfig['attachments'];

/** One file the customer added. */
export interface FileEntry {
  id: string;
  file: File;
  /** 0–1 while uploading. */
  progress?: number;
  attachmentId?: string;
  /** Refused here (size, type, count) — shown, never sent. */
  refused?: FieldProblem;
  /** The upload failed; it goes with the submission through the outbox instead. */
  deferred?: boolean;
}

/** A file as a draft keeps it: the bytes, and its upload's id once uploaded. */
export interface StoredFile {
  file: File;
  attachmentId?: string;
}

interface AttachmentsHost extends ReactiveControllerHost {
  readonly clock: Clock;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface AttachmentsOptions {
  /** The client uploads go through. */
  client: () => HelpkitClient | undefined;
  /** The site's limits (none: no attachments). */
  limits: () => AttachmentLimits | undefined;
  localize: LocalizeController;
  announce: (text: string) => void;
  /** The list changed (a draft should be saved). */
  changed: () => void;
}

/**
 * Files a customer attaches: picked, dropped or pasted (screenshots get a name), checked against the
 * site's limits, uploaded with progress, kept for the outbox when the upload fails, removed with
 * focus kept in the list. Reusable by any form that sends attachments.
 */
export class AttachmentsController implements ReactiveController {
  files: FileEntry[] = [];
  /** A drag is over the drop zone. */
  dragging = false;
  private lastId = 0;

  constructor(
    private host: AttachmentsHost,
    private options: AttachmentsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The site's limits; none (or no files allowed) means the form offers no attachments. */
  get limits(): AttachmentLimits | undefined {
    return this.options.limits();
  }

  /** The files that will be sent (refused ones are only shown). */
  get kept(): FileEntry[] {
    return this.files.filter((f) => !f.refused);
  }

  /** Ids of the files already uploaded. */
  get attachmentIds(): string[] {
    return this.kept.flatMap((f) => (f.attachmentId ? [f.attachmentId] : []));
  }

  /** Files not uploaded yet, for the outbox to upload with the submission. */
  get pendingUploads(): { blob: File; name: string }[] {
    return this.kept.filter((f) => !f.attachmentId).map((f) => ({ blob: f.file, name: f.file.name }));
  }

  /** The files as a draft keeps them. */
  get stored(): StoredFile[] {
    return this.kept.map((f) => ({ file: f.file, attachmentId: f.attachmentId }));
  }

  /** Puts back files from a draft (those never uploaded go with the submission). */
  restore(files: StoredFile[]): void {
    this.set(files.map((f) => ({ id: this.nextId(), file: f.file, attachmentId: f.attachmentId, deferred: !f.attachmentId })));
  }

  clear(): void {
    this.set([]);
  }

  /** Adds files, refusing what the limits do not allow, and uploads the rest. */
  add(list: Iterable<File>): void {
    const limits = this.options.limits();
    if (!limits || limits.maxFiles === 0) return;
    const added: FileEntry[] = [];
    let count = this.kept.length;
    for (const file of list) {
      const entry: FileEntry = { id: this.nextId(), file };
      if (count >= limits.maxFiles) entry.refused = { key: 'error.tooManyFiles', params: { max: limits.maxFiles } };
      else if (file.size > limits.maxBytes) entry.refused = this.tooLarge(file);
      else if (!accepts(limits.accept, file)) entry.refused = this.wrongType(file);
      else count++;
      added.push(entry);
    }
    this.set([...this.files, ...added]);
    for (const entry of added) if (!entry.refused) void this.upload(entry);
    this.options.changed();
  }

  /** Removes a file; focus stays in the list (the next remove button), or goes to the picker. */
  remove(id: string): void {
    const index = this.files.findIndex((f) => f.id === id);
    this.set(this.files.filter((f) => f.id !== id));
    this.options.changed();
    void this.host.updateComplete.then(() => {
      const buttons = this.host.renderRoot.querySelectorAll<HTMLElement>('.file button');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.host.renderRoot.querySelector<HTMLElement>('.browse'))?.focus();
    });
  }

  /** Pasted files; screenshots arrive as "image.png" and get a name the agent can tell apart. */
  onPaste = (event: ClipboardEvent): void => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length) return;
    event.preventDefault();
    const stamp = this.host.clock.now();
    this.add(files.map((f, i) => (f.name === 'image.png' ? new File([f], `screenshot-${stamp}${i ? `-${i}` : ''}.png`, { type: f.type }) : f)));
  };

  onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.setDragging(true);
  };

  onDragLeave = (): void => this.setDragging(false);

  onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.setDragging(false);
    this.add([...(event.dataTransfer?.files ?? [])]);
  };

  /** The file picker's change: adds its files and empties it, so the same file can be picked again. */
  onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.add([...(input.files ?? [])]);
    input.value = '';
  };

  private async upload(entry: FileEntry): Promise<void> {
    const update = (patch: Partial<FileEntry>) => this.set(this.files.map((f) => (f.id === entry.id ? { ...f, ...patch } : f)));
    update({ progress: 0 });
    try {
      const attachment = await this.options.client()!.attachments.upload(entry.file, { onProgress: (p) => update({ progress: p.total ? p.loaded / p.total : 0 }) });
      if (!this.files.some((f) => f.id === entry.id)) return; // removed meanwhile
      update({ progress: undefined, attachmentId: attachment.id, deferred: false });
      this.options.announce(`${neutralizeBidi(entry.file.name)}: ${this.options.localize.term('form.uploaded')}`);
      this.options.changed();
    } catch (error) {
      // Offline or refused mid-way: keep the file; the outbox uploads it with the submission.
      update({ progress: undefined, deferred: true });
      // Refused for what the file is: said on its row, never sent. Any other refusal (credentials,
      // a redirect, a server mistake) is not the file's fault: it goes with the submission, whose
      // sending says what is wrong.
      if (isHelpkitError(error) && error.status === 413) update({ deferred: false, refused: this.tooLarge(entry.file) });
      else if (isHelpkitError(error) && (error.status === 415 || error.kind === 'validation')) update({ deferred: false, refused: this.wrongType(entry.file) });
    }
  }

  private tooLarge(file: File): FieldProblem {
    const max = this.options.limits()?.maxBytes ?? 0;
    return { key: 'error.fileTooLarge', params: { name: isolate(file.name), max: this.options.localize.fileSize(max) } };
  }

  private wrongType(file: File): FieldProblem {
    return { key: 'error.fileType', params: { name: isolate(file.name) } };
  }

  private setDragging(dragging: boolean): void {
    this.dragging = dragging;
    this.host.requestUpdate();
  }

  private set(files: FileEntry[]): void {
    this.files = files;
    this.host.requestUpdate();
  }

  private nextId(): string {
    return `f${++this.lastId}`;
  }
}
