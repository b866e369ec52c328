/** Every REST call the app makes, in one place; paths, bodies and answers are the backend's (./schema.d.ts, docs/api.md). */
import { http } from './http';
import type { Answer, Body, Query } from './openapi';
import type { components } from './schema';
import type { AgentStatus, AutomationRuleInput, ConversationView } from './types';

type Schemas = components['schemas'];

/** Every field of either shape, each as either allows: the forms that create and edit a thing build one value for both calls. */
type CreateOrUpdate<Create, Update> = {
  [K in keyof Create | keyof Update]?: (K extends keyof Create ? Create[K] : never) | (K extends keyof Update ? Update[K] : never);
};

/** GET /api/conversations: `null` leaves a filter out. */
export type ListQuery = { [K in Exclude<keyof Query<'/api/conversations', 'get'>, 'attr'>]?: Query<'/api/conversations', 'get'>[K] | null } & {
  view: ConversationView;
  /** One `key:value` custom attribute filter (the API takes several; the list offers one). */
  attr?: string | null;
};

/** PATCH /api/contacts/:id: null clears a field. */
export type ContactChanges = Body<'/api/contacts/{id}', 'patch'>;
export type SendBody = Body<'/api/conversations/{id}/messages', 'post'>;
export type AgentInput = CreateOrUpdate<Schemas['CreateAgentDto'], Schemas['UpdateAgentDto']>;
export type BotInput = CreateOrUpdate<Schemas['CreateBotDto'], Schemas['UpdateBotDto']>;
export type WebhookInput = CreateOrUpdate<Schemas['CreateWebhookDto'], Schemas['UpdateWebhookDto']>;
export type LabelInput = CreateOrUpdate<Schemas['CreateLabelDto'], Schemas['UpdateLabelDto']>;
export type SlaPolicyInput = CreateOrUpdate<Schemas['CreateSlaPolicyDto'], Schemas['UpdateSlaPolicyDto']>;
export type AttributeDefinitionInput = CreateOrUpdate<Schemas['CreateAttributeDefinitionDto'], Schemas['UpdateAttributeDefinitionDto']>;
/** New values of some custom attributes; null removes one. */
export type AttributeChanges = Record<string, string | number | boolean | null>;
/** A mailbox's settings as POST /api/inboxes takes them (`email`); see docs/channels/email.md. */
export type EmailInboxInput = Schemas['EmailInboxDto'];
export type EmailCheck = Schemas['EmailConnectionTestAnswer']['imap'];
/** POST and PATCH /api/inboxes; `automation` in a PATCH: each section given replaces that one, `null` removes it. */
export type InboxInput = CreateOrUpdate<Schemas['CreateInboxDto'], Schemas['UpdateInboxDto']>;
export type AutomationPatch = Schemas['InboxAutomationDto'];
/** A linked number's connection (GET /api/inboxes/:id/whatsapp; live as 'whatsapp.state'). */
export type WhatsAppConnection = Schemas['WhatsAppConnectionDto'];
/** The 24-hour customer-service window of a conversation. */
export type CustomerWindow = Schemas['CustomerWindowAnswer']['window'];
export type MessageTemplate = Schemas['MessageTemplate'];
export type ApiTokenInput = Body<'/api/api-tokens', 'post'>;
export type PushSubscriptionInput = Body<'/api/push-subscriptions', 'post'>;
export type PushEvent = Schemas['PushEvent'];

export const api = {
  login: (email: string, password: string) => http.post<Answer<'/api/auth/login', 'post'>>('/api/auth/login', { email, password }),
  me: () => http.get<Answer<'/api/auth/me', 'get'>>('/api/auth/me'),
  /** Goes offline (the conversations return to the queue after the grace); the token is forgotten by the caller. */
  logout: () => http.post<Answer<'/api/auth/logout', 'post'>>('/api/auth/logout', {}),

  conversations: (q: ListQuery) =>
    http.get<Answer<'/api/conversations', 'get'>>('/api/conversations', { view: q.view, status: q.status, inboxId: q.inboxId, channel: q.channel, label: q.label, attr: q.attr, cursor: q.cursor, limit: q.limit ?? 100 }),
  conversation: (id: number) => http.get<Answer<'/api/conversations/{id}', 'get'>>(`/api/conversations/${id}`),
  messages: (id: number, before?: number, limit = 50) => http.get<Answer<'/api/conversations/{id}/messages', 'get'>>(`/api/conversations/${id}/messages`, { before, limit }),
  send: (id: number, body: SendBody) => http.post<Answer<'/api/conversations/{id}/messages', 'post'>>(`/api/conversations/${id}/messages`, body),
  /** Messages (every word as a word prefix) and contacts (name, e-mail, phone) across the conversations the caller may see; 400 for a query of fewer than 2 or more than 200 characters. */
  search: (q: string, limit?: number) => http.get<Answer<'/api/search', 'get'>>('/api/search', { q, limit }),
  setPriority: (id: number, priority: Body<'/api/conversations/{id}', 'patch'>['priority']) => http.patch<Answer<'/api/conversations/{id}', 'patch'>>(`/api/conversations/${id}`, { priority }),
  /** The whole set of labels the conversation carries from now on (its holder, supervisors). */
  setLabels: (id: number, labelIds: number[]) => http.put<Answer<'/api/conversations/{id}/labels', 'put'>>(`/api/conversations/${id}/labels`, { labelIds }),
  retryMessage: (messageId: number) => http.post<Answer<'/api/messages/{id}/retry', 'post'>>(`/api/messages/${messageId}/retry`),
  /** A received e-mail's whole body: sanitized HTML (inline images as our files) and the full text. */
  emailOriginal: (messageId: number) => http.get<Answer<'/api/messages/{id}/email', 'get'>>(`/api/messages/${messageId}/email`),
  upload: (id: number, file: File) => http.upload<Answer<'/api/conversations/{id}/attachments', 'post'>>(`/api/conversations/${id}/attachments`, 'file', file),
  accept: (id: number) => http.post<Answer<'/api/conversations/{id}/accept', 'post'>>(`/api/conversations/${id}/accept`),
  decline: (id: number) => http.post<void>(`/api/conversations/${id}/decline`),
  close: (id: number) => http.post<Answer<'/api/conversations/{id}/close', 'post'>>(`/api/conversations/${id}/close`),
  /** Puts it aside until the customer writes, for minutes, until a time, or tomorrow (the inbox's business hours). */
  snooze: (id: number, body: Body<'/api/conversations/{id}/snooze', 'post'>) => http.post<Answer<'/api/conversations/{id}/snooze', 'post'>>(`/api/conversations/${id}/snooze`, body),
  unsnooze: (id: number) => http.post<Answer<'/api/conversations/{id}/unsnooze', 'post'>>(`/api/conversations/${id}/unsnooze`),
  transfer: (id: number, target: Body<'/api/conversations/{id}/transfer', 'post'>) =>
    http.post<Answer<'/api/conversations/{id}/transfer', 'post'>>(`/api/conversations/${id}/transfer`, target),
  callBack: (id: number, inboxId?: number) => http.post<Answer<'/api/conversations/{id}/call', 'post'>>(`/api/conversations/${id}/call`, inboxId ? { inboxId } : {}),
  voiceToken: (inboxId: number) => http.post<Answer<'/api/voice/token', 'post'>>('/api/voice/token', { inboxId }),
  /** `url` is the call's recording path (its proxy): played only with the operator's token. */
  recording: (url: string) => http.blob(url),
  updateContact: (contactId: number, changes: ContactChanges) => http.patch<Answer<'/api/contacts/{id}', 'patch'>>(`/api/contacts/${contactId}`, changes),
  contactHistory: (contactId: number) => http.get<Answer<'/api/contacts/{id}/history', 'get'>>(`/api/contacts/${contactId}/history`),
  /** Other contacts with the same phone or e-mail (those the caller may see), at most 10. */
  contactDuplicates: (contactId: number) => http.get<Answer<'/api/contacts/{id}/duplicates', 'get'>>(`/api/contacts/${contactId}/duplicates`),
  /** Merges `otherId` into `contactId`, which survives with both contacts' conversations and channels. */
  /** Supervisors and admins: a contact marked as spam may write again. */
  unblockContact: (contactId: number) => http.delete<Answer<'/api/contacts/{id}/block', 'delete'>>(`/api/contacts/${contactId}/block`),
  mergeContact: (contactId: number, otherId: number) => http.post<Answer<'/api/contacts/{id}/merge', 'post'>>(`/api/contacts/${contactId}/merge`, { contactId: otherId }),

  setMyStatus: (status: AgentStatus) => http.patch<Answer<'/api/agents/me/status', 'patch'>>('/api/agents/me/status', { status }),
  agents: () => http.get<Answer<'/api/agents', 'get'>>('/api/agents'),
  createAgent: (input: AgentInput) => http.post<Answer<'/api/agents', 'post'>>('/api/agents', input),
  updateAgent: (id: number, input: AgentInput) => http.patch<Answer<'/api/agents/{id}', 'patch'>>(`/api/agents/${id}`, input),
  teams: () => http.get<Answer<'/api/teams', 'get'>>('/api/teams'),
  createTeam: (name: string) => http.post<Answer<'/api/teams', 'post'>>('/api/teams', { name }),
  renameTeam: (id: number, name: string) => http.patch<Answer<'/api/teams/{id}', 'patch'>>(`/api/teams/${id}`, { name }),
  /** 409 naming the inboxes (or team quick replies) that still need the team. */
  deleteTeam: (id: number) => http.delete(`/api/teams/${id}`),

  apiTokens: () => http.get<Answer<'/api/api-tokens', 'get'>>('/api/api-tokens'),
  /** The answer's `secret` is the only time the token's secret is ever shown. */
  createApiToken: (input: ApiTokenInput) => http.post<Answer<'/api/api-tokens', 'post'>>('/api/api-tokens', input),
  revokeApiToken: (id: number) => http.delete(`/api/api-tokens/${id}`),
  labels: () => http.get<Answer<'/api/labels', 'get'>>('/api/labels'),
  createLabel: (input: LabelInput) => http.post<Answer<'/api/labels', 'post'>>('/api/labels', input),
  updateLabel: (id: number, input: LabelInput) => http.patch<Answer<'/api/labels/{id}', 'patch'>>(`/api/labels/${id}`, input),
  /** Also takes it off every conversation that carries it. */
  deleteLabel: (id: number) => http.delete(`/api/labels/${id}`),
  slaPolicies: () => http.get<Answer<'/api/sla-policies', 'get'>>('/api/sla-policies'),
  createSlaPolicy: (input: SlaPolicyInput) => http.post<Answer<'/api/sla-policies', 'post'>>('/api/sla-policies', input),
  updateSlaPolicy: (id: number, input: SlaPolicyInput) => http.patch<Answer<'/api/sla-policies/{id}', 'patch'>>(`/api/sla-policies/${id}`, input),
  deleteSlaPolicy: (id: number) => http.delete(`/api/sla-policies/${id}`),
  /** The caller's own mentions, newest first: unread ones unless `unread` is false. */
  mentions: (unread = true) => http.get<Answer<'/api/mentions', 'get'>>(`/api/mentions?unread=${unread}`),
  readMention: (id: number) => http.post<Answer<'/api/mentions/{id}/read', 'post'>>(`/api/mentions/${id}/read`),
  /** The VAPID key to subscribe with, the caller's chosen events, and whether `endpoint` (this browser) is subscribed. */
  pushSettings: (endpoint?: string) => http.get<Answer<'/api/push-subscriptions/settings', 'get'>>('/api/push-subscriptions/settings', { endpoint }),
  subscribePush: (input: PushSubscriptionInput) => http.post<Answer<'/api/push-subscriptions', 'post'>>('/api/push-subscriptions', input),
  unsubscribePush: (endpoint: string) => http.delete('/api/push-subscriptions', { endpoint }),
  setPushEvents: (events: PushEvent[]) => http.put<Answer<'/api/push-subscriptions/events', 'put'>>('/api/push-subscriptions/events', { events }),
  attributeDefinitions: () => http.get<Answer<'/api/attribute-definitions', 'get'>>('/api/attribute-definitions'),
  createAttributeDefinition: (input: AttributeDefinitionInput) => http.post<Answer<'/api/attribute-definitions', 'post'>>('/api/attribute-definitions', input),
  updateAttributeDefinition: (id: number, input: AttributeDefinitionInput) => http.patch<Answer<'/api/attribute-definitions/{id}', 'patch'>>(`/api/attribute-definitions/${id}`, input),
  deleteAttributeDefinition: (id: number) => http.delete(`/api/attribute-definitions/${id}`),
  /** Some of the contact's custom attributes (whoever may edit the contact); 400 names the attribute. */
  setContactAttributes: (contactId: number, attributes: AttributeChanges) =>
    http.patch<Answer<'/api/contacts/{id}/attributes', 'patch'>>(`/api/contacts/${contactId}/attributes`, { attributes }),
  /** Some of the conversation's custom attributes (its holder, supervisors). */
  setConversationAttributes: (id: number, attributes: AttributeChanges) =>
    http.patch<Answer<'/api/conversations/{id}/attributes', 'patch'>>(`/api/conversations/${id}/attributes`, { attributes }),

  /** The macros the caller may run (`manage`: those they may change, Settings → Macros), by name. */
  macros: (manage = false) => http.get<Answer<'/api/macros', 'get'>>('/api/macros', manage ? { manage: 'true' } : {}),
  createMacro: (input: Body<'/api/macros', 'post'>) => http.post<Answer<'/api/macros', 'post'>>('/api/macros', input),
  updateMacro: (id: number, input: Body<'/api/macros/{id}', 'patch'>) => http.patch<Answer<'/api/macros/{id}', 'patch'>>(`/api/macros/${id}`, input),
  deleteMacro: (id: number) => http.delete(`/api/macros/${id}`),
  /** What the macro would do to the conversation now, rendered, with what stands in the way; changes nothing. */
  previewMacro: (conversationId: number, macroId: number) =>
    http.post<Answer<'/api/conversations/{id}/macros/{macroId}/preview', 'post'>>(`/api/conversations/${conversationId}/macros/${macroId}/preview`),
  /** Every action or none (409 naming the one that cannot be done). */
  runMacro: (conversationId: number, macroId: number, timeZone: string) =>
    http.post<Answer<'/api/conversations/{id}/macros/{macroId}/run', 'post'>>(`/api/conversations/${conversationId}/macros/${macroId}/run`, { timeZone }),

  /** The replies the caller may change (the admin screen). */
  managedQuickReplies: () => http.get<Answer<'/api/quick-replies', 'get'>>('/api/quick-replies', { manage: 'true' }),
  createQuickReply: (input: Body<'/api/quick-replies', 'post'>) => http.post<Answer<'/api/quick-replies', 'post'>>('/api/quick-replies', input),
  updateQuickReply: (id: number, input: Body<'/api/quick-replies/{id}', 'patch'>) => http.patch<Answer<'/api/quick-replies/{id}', 'patch'>>(`/api/quick-replies/${id}`, input),
  deleteQuickReply: (id: number) => http.delete(`/api/quick-replies/${id}`),
  addQuickReplyFile: (id: number, file: File) => http.upload<Answer<'/api/quick-replies/{id}/attachments', 'post'>>(`/api/quick-replies/${id}/attachments`, 'file', file),
  removeQuickReplyFile: (id: number, key: string) => http.delete<Answer<'/api/quick-replies/{id}/attachments/{key}', 'delete'>>(`/api/quick-replies/${id}/attachments/${encodeURIComponent(key)}`),
  /** The reply's files as the operator's uploads in the conversation, to send with the message. */
  useQuickReplyFiles: (id: number, conversationId: number) => http.post<Answer<'/api/quick-replies/{id}/use', 'post'>>(`/api/quick-replies/${id}/use`, { conversationId }),

  bots: () => http.get<Answer<'/api/bots', 'get'>>('/api/bots'),
  bot: (id: number) => http.get<Answer<'/api/bots/{id}', 'get'>>(`/api/bots/${id}`),
  createBot: (input: BotInput) => http.post<Answer<'/api/bots', 'post'>>('/api/bots', input),
  updateBot: (id: number, input: BotInput) => http.patch<Answer<'/api/bots/{id}', 'patch'>>(`/api/bots/${id}`, input),
  rotateBotCredentials: (id: number) => http.post<Answer<'/api/bots/{id}/credentials', 'post'>>(`/api/bots/${id}/credentials`),
  deleteBot: (id: number) => http.delete(`/api/bots/${id}`),
  /** Automation rules (admins; docs/automation.md, Rules): each save is a new version; "try" changes nothing. */
  automationRules: () => http.get<Answer<'/api/automation-rules', 'get'>>('/api/automation-rules'),
  createAutomationRule: (input: AutomationRuleInput) => http.post<Answer<'/api/automation-rules', 'post'>>('/api/automation-rules', input),
  updateAutomationRule: (id: number, input: Body<'/api/automation-rules/{id}', 'patch'>) => http.patch<Answer<'/api/automation-rules/{id}', 'patch'>>(`/api/automation-rules/${id}`, input),
  deleteAutomationRule: (id: number) => http.delete(`/api/automation-rules/${id}`),
  automationRuleVersions: (id: number) => http.get<Answer<'/api/automation-rules/{id}/versions', 'get'>>(`/api/automation-rules/${id}/versions`),
  tryAutomationRule: (input: AutomationRuleInput) => http.post<Answer<'/api/automation-rules/try', 'post'>>('/api/automation-rules/try', input),
  previewBot: (input: Schemas['PreviewBotDto']) => http.post<Answer<'/api/bots/preview', 'post'>>('/api/bots/preview', input),
  /** Outgoing webhooks (docs/integrations.md): the secret comes only in the answers to create and rotate. */
  webhooks: () => http.get<Answer<'/api/webhooks', 'get'>>('/api/webhooks'),
  createWebhook: (input: WebhookInput) => http.post<Answer<'/api/webhooks', 'post'>>('/api/webhooks', input),
  updateWebhook: (id: number, input: WebhookInput) => http.patch<Answer<'/api/webhooks/{id}', 'patch'>>(`/api/webhooks/${id}`, input),
  rotateWebhookSecret: (id: number) => http.post<Answer<'/api/webhooks/{id}/secret', 'post'>>(`/api/webhooks/${id}/secret`),
  deleteWebhook: (id: number) => http.delete(`/api/webhooks/${id}`),
  webhookAttempts: (id: number) => http.get<Answer<'/api/webhooks/{id}/attempts', 'get'>>(`/api/webhooks/${id}/attempts`),
  testWebhook: (id: number) => http.post<Answer<'/api/webhooks/{id}/test', 'post'>>(`/api/webhooks/${id}/test`),
  redeliverWebhook: (id: number, deliveryId: number) =>
    http.post<Answer<'/api/webhooks/{id}/deliveries/{deliveryId}/redeliver', 'post'>>(`/api/webhooks/${id}/deliveries/${deliveryId}/redeliver`),

  inboxes: () => http.get<Answer<'/api/inboxes', 'get'>>('/api/inboxes'),
  createInbox: (input: InboxInput) => http.post<Answer<'/api/inboxes', 'post'>>('/api/inboxes', input),
  updateInbox: (id: number, input: InboxInput) => http.patch<Answer<'/api/inboxes/{id}', 'patch'>>(`/api/inboxes/${id}`, input),
  testMailbox: (email: EmailInboxInput) => http.post<Answer<'/api/inboxes/email/connection-test', 'post'>>('/api/inboxes/email/connection-test', email),
  whatsappConnection: (inboxId: number) => http.get<Answer<'/api/inboxes/{id}/whatsapp', 'get'>>(`/api/inboxes/${inboxId}/whatsapp`),
  customerWindow: (conversationId: number) => http.get<Answer<'/api/conversations/{id}/window', 'get'>>(`/api/conversations/${conversationId}/window`),
  templates: (conversationId: number) => http.get<Answer<'/api/conversations/{id}/templates', 'get'>>(`/api/conversations/${conversationId}/templates`),
  sendTemplate: (conversationId: number, input: Body<'/api/conversations/{id}/template', 'post'>) =>
    http.post<Answer<'/api/conversations/{id}/template', 'post'>>(`/api/conversations/${conversationId}/template`, input),
  testSavedMailbox: (inboxId: number) => http.post<Answer<'/api/inboxes/{id}/connection-test', 'post'>>(`/api/inboxes/${inboxId}/connection-test`),
};
