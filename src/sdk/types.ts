// Friendly names for the protocol's schemas. The shapes come from protocol.gen.ts, generated from
// protocol/openapi.yaml, so a change to the document changes (or breaks) these types at once.
import type { components } from './protocol.gen.js';

type S = components['schemas'];
export type Problem = S['Problem'];
export type FieldError = S['FieldError'];
export type FieldType = S['FieldType'];
export type Field = S['Field'];
export type Category = S['Category'];
export type Priority = S['Priority'];
export type Availability = S['Availability'];
export type Channel = S['Channel'];
export type SiteConfig = S['SiteConfig'];
export type ArticleSummary = S['ArticleSummary'];
export type ArticleList = S['ArticleList'];
export type Article = S['Article'];
export type ArticleFeedbackInput = S['ArticleFeedbackInput'];
export type Attachment = S['Attachment'];
export type TicketStatus = S['TicketStatus'];
export type Message = S['Message'];
export type Step = S['Step'];
export type Sla = S['Sla'];
export type Escalation = S['Escalation'];
export type Satisfaction = S['Satisfaction'];
export type Ticket = S['Ticket'];
export type TicketList = S['TicketList'];
export type TicketInput = S['TicketInput'];
export type TicketCreated = S['TicketCreated'];
export type ReplyInput = S['ReplyInput'];
export type EscalationInput = S['EscalationInput'];
export type Slot = S['Slot'];
export type SlotList = S['SlotList'];
export type Callback = S['Callback'];
export type CallbackStatus = S['CallbackStatus'];
export type CallbackInput = S['CallbackInput'];
export type CallbackCreated = S['CallbackCreated'];
