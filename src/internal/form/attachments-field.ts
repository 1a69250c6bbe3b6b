// The attachments field: drop zone, file picker, limits, and one row per file with its state.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize.js';
import { neutralizeBidi } from '../bidi.js';
import type { AttachmentsController, FileEntry } from '../controllers/attachments.js';
import { describeField, wired } from './fields.js';

export function renderAttachments(t: LocalizeController, files: AttachmentsController, error?: string): TemplateResult | typeof nothing {
  const limits = files.limits;
  if (!limits || limits.maxFiles === 0) return nothing;
  const field = describeField('attachments', error, t.term('form.attachLimits', { count: t.number(limits.maxFiles), size: t.fileSize(limits.maxBytes) }));
  return html`<div class="field" part="field">
    <span class="label" id="attach-label">${t.term('form.attachments')} <span class="optional">(${t.term('common.optional')})</span></span>
    <div class="drop ${files.dragging ? 'dragging' : ''}" @dragover=${files.onDragOver} @dragleave=${files.onDragLeave} @drop=${files.onDrop}>
      <span class="muted">${t.term('form.attachDrop')}</span>
      <label class="browse-label">
        <input
          class="browse"
          type="file"
          multiple
          accept=${limits.accept.join(',')}
          aria-labelledby="attach-label"
          ${wired(field)}
          @change=${files.onPick}
        />
        <span class="browse-text" aria-hidden="true">${t.term('form.attachBrowse')}</span>
      </label>
    </div>
    ${field.hint} ${field.error}
    ${files.files.length
      ? html`<ul class="files" aria-label=${t.term('form.attachments')}>
          ${files.files.map((f) => fileRow(t, f, () => files.remove(f.id)))}
        </ul>`
      : nothing}
  </div>`;
}

function fileRow(t: LocalizeController, f: FileEntry, remove: () => void): TemplateResult {
  const name = neutralizeBidi(f.file.name);
  const status = f.refused
    ? html`<span class="error">${t.term(f.refused.key, f.refused.params)}</span>`
    : f.progress !== undefined
      ? html`<progress max="1" .value=${f.progress} aria-label=${t.term('form.uploading', { percent: t.number(f.progress, { style: 'percent' }) })}></progress>`
      : html`<span class="muted">${f.attachmentId ? t.term('form.uploaded') : t.term('form.pendingUpload')}</span>`;
  return html`<li class="file ${f.refused ? 'refused' : ''}">
    <span class="file-name" dir="auto">${name}</span>
    <span class="file-size muted">${t.fileSize(f.file.size)}</span>
    ${status}
    <button type="button" class="link" aria-label=${t.term('form.remove', { name })} @click=${remove}>✕</button>
  </li>`;
}
