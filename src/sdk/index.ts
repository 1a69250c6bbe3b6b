// helpkit/sdk: the typed client, usable in browsers and in Node 20 (no DOM needed).
export { createClient, type HelpkitClient, type ClientOptions, type ViewOptions } from './client.js';
export { realClock, type Clock } from './backoff.js';
export * from './errors.js';
export * from './types.js';
export { LIMITS, REQUEST_LIMITS, EMAIL_PATTERN, E164_PATTERN, TEL_PATTERN, DATE_PATTERN, codePoints, isEmail, isDate, acceptsFile, checkFieldValue, type FieldRule, type RuleCode } from './rules.js';
export type { CallOptions, RetryOptions } from './http.js';
export type { AuthorizedOptions, CreateOptions } from './context.js';
export type { ArticleQuery } from './resources/articles.js';
export type { CachedOptions } from './resources/cached.js';
export type { UploadOptions, UploadProgress } from './resources/attachments.js';
export { parseAccessLink, type PageQuery, type WatchOptions, type Unread } from './resources/tickets.js';
export type { WatchInfo, WatchErrorInfo } from './resources/watch.js';
export type { TicketCopy, SeenMark } from './storage/copies.js';
export { unseenIn } from './storage/copies.js';
export type { OutboxInput, OutboxResult, FlushSummary } from './storage/outbox.js';
export type { SaveOptions, SaveResult } from './storage/drafts.js';
export type { StorageChange } from './storage/store.js';
export type { DraftRecord, TrackedRecord, TrackedType, OutboxKind, OutboxRecord } from './storage/schema.js';
