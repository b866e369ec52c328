/** Every REST call the app makes, in one place (paths from the controllers; docs/api.md). */
import { http } from './http';
import type {
  AgentDto,
  AgentStatus,
  AttachmentDto,
  BotCredentials,
  BotDto,
  BotInput,
  CallSummary,
  ContactDetailsDto,
  DuplicateContactDto,
  ConversationDto,
  ConversationStatus,
  ConversationView,
  InboxAutomation,
  InboxDto,
  InboxRouting,
  MessageDto,
  Page,
  QuickReplyDto,
  QuickReplyScope,
  RoutingMode,
  SearchHit,
  TeamDto,
} from './types';

export interface ListQuery {
  view: ConversationView;
  status?: ConversationStatus | null;
  inboxId?: number | null;
  channel?: string | null;
  cursor?: number | null;
  limit?: number;
}

export interface QuickReplyInput {
  shortcut: string;
  title: string;
  content: string;
  language?: string;
}

/** PATCH /api/contacts/:id: null clears a field. */
export type ContactChanges = Partial<Record<'name' | 'email' | 'phone' | 'language', string | null>>;

export interface SendBody {
  text?: string;
  private?: boolean;
  attachments?: number[];
  quickReplyId?: number;
  /** A message of the same conversation the reply quotes (the channel shows it as a reply to that one). */
  replyToMessageId?: number;
}

export interface AgentInput {
  name?: string;
  email?: string;
  password?: string;
  role?: AgentDto['role'];
  maxChats?: number;
  languages?: string[];
  skills?: string[];
  segments?: string[];
  level?: AgentDto['level'];
  teamIds?: number[];
  /** false deactivates the account (logged out at once, conversations back to the queue); true restores it. */
  active?: boolean;
}

/** A mailbox's settings as POST/PATCH /api/inboxes take them (`email`); see docs/channels/email.md. */
export interface EmailInboxInput {
  fromAddress?: string;
  fromName?: string;
  signature?: string;
  smtpHost?: string;
  smtpPort?: number;
  smtpSecure?: boolean;
  smtpUser?: string;
  smtpPassword?: string;
  imapHost?: string;
  imapPort?: number;
  imapSecure?: boolean;
  imapUser?: string;
  imapPassword?: string;
  folder?: string;
  markSeen?: boolean;
  importExisting?: boolean;
}

export type EmailCheck = { ok: true } | { ok: false; error: string; code: string };

/** A WhatsApp Cloud API number (docs/channels/whatsapp.md). */
export interface WhatsAppCloudInput {
  phoneNumberId: string;
  businessAccountId?: string;
  accessToken: string;
  appSecret: string;
  verifyToken?: string;
}

/** An Instagram professional account (docs/channels/instagram.md); once saved, only `humanAgent` changes. */
export interface InstagramInput {
  accountId: string;
  accessToken: string;
  appSecret: string;
  verifyToken?: string;
  /** Meta approved the app's Human Agent permission: operators may answer up to 7 days after the customer's last message. */
  humanAgent?: boolean;
}

/** A linked number's connection (GET /api/inboxes/:id/whatsapp; live as 'whatsapp.state'). */
export interface WhatsAppConnection {
  status: 'starting' | 'qr' | 'authenticated' | 'connected' | 'disconnected' | 'unknown';
  qr?: string;
  phone?: string;
  reason?: string;
  attempts: number;
}

/** The 24-hour customer-service window of a conversation. */
export type CustomerWindow =
  | { rule: 'none' }
  | {
      rule: 'window';
      open: boolean;
      closesAt: string | null;
      templates: boolean;
      /** Instagram with the Human Agent feature: after the 24-hour window closed, an operator's own reply may still go (tagged) until then; null otherwise. */
      humanAgentUntil: string | null;
    };

export interface MessageTemplate {
  name: string;
  language: string;
  status: string;
  body?: string;
}

/** A voice inbox: the number and account when created, the settings when edited (docs/channels/voice.md). */
export interface VoiceInboxInput {
  phoneNumber?: string;
  accountSid?: string;
  authToken?: string;
  apiKeySid?: string;
  apiKeySecret?: string;
  twimlAppSid?: string;
  settings?: { greeting?: string; recordCalls?: boolean; transcribeVoicemail?: boolean };
}

export interface InboxInput {
  type?: 'webchat' | 'email' | 'whatsapp' | 'whatsapp-cloud' | 'instagram' | 'twilio-voice';
  name?: string;
  settings?: { greeting?: string; preChatForm?: boolean; color?: string };
  email?: EmailInboxInput;
  whatsappCloud?: WhatsAppCloudInput;
  instagram?: InstagramInput | Pick<InstagramInput, 'humanAgent'>;
  voice?: VoiceInboxInput;
  routingMode?: RoutingMode;
  routing?: InboxRouting;
  teamId?: number;
  automation?: AutomationPatch;
  /** false archives the inbox, true reactivates it (on its own, without other changes). */
  active?: boolean;
}

/** PATCH of the automation settings: each section given replaces that one, `null` removes it. */
export type AutomationPatch = { [K in keyof InboxAutomation]?: InboxAutomation[K] | null };

export const api = {
  login: (email: string, password: string) => http.post<{ accessToken: string; user: AgentDto }>('/api/auth/login', { email, password }),
  me: () => http.get<{ user: AgentDto }>('/api/auth/me'),
  /** Goes offline (the conversations return to the queue after the grace); the token is forgotten by the caller. */
  logout: () => http.post<{ agent: AgentDto }>('/api/auth/logout', {}),

  conversations: (q: ListQuery) =>
    http.get<Page<ConversationDto>>('/api/conversations', { view: q.view, status: q.status, inboxId: q.inboxId, channel: q.channel, cursor: q.cursor, limit: q.limit ?? 100 }),
  conversation: (id: number) => http.get<{ conversation: ConversationDto; contact: ContactDetailsDto }>(`/api/conversations/${id}`),
  messages: (id: number, before?: number, limit = 50) => http.get<{ items: MessageDto[] }>(`/api/conversations/${id}/messages`, { before, limit }),
  send: (id: number, body: SendBody) => http.post<{ message: MessageDto }>(`/api/conversations/${id}/messages`, body),
  /** Messages (every word as a word prefix) and contacts (name, e-mail, phone) across the conversations the caller may see; 400 for a query of fewer than 2 or more than 200 characters. */
  search: (q: string, limit?: number) => http.get<{ items: SearchHit[] }>('/api/search', { q, limit }),
  retryMessage: (messageId: number) => http.post<{ message: MessageDto }>(`/api/messages/${messageId}/retry`),
  /** A received e-mail's whole body: sanitized HTML (inline images as our files) and the full text. */
  emailOriginal: (messageId: number) => http.get<{ html: string | null; text: string | null }>(`/api/messages/${messageId}/email`),
  upload: (id: number, file: File) => http.upload<{ attachment: AttachmentDto }>(`/api/conversations/${id}/attachments`, 'file', file),
  accept: (id: number) => http.post<{ conversation: ConversationDto }>(`/api/conversations/${id}/accept`),
  decline: (id: number) => http.post<void>(`/api/conversations/${id}/decline`),
  close: (id: number) => http.post<{ conversation: ConversationDto }>(`/api/conversations/${id}/close`),
  transfer: (id: number, target: { agentId?: number; teamId?: number; override?: boolean }) =>
    http.post<{ conversation: ConversationDto }>(`/api/conversations/${id}/transfer`, target),
  callBack: (id: number, inboxId?: number) => http.post<{ call: CallSummary }>(`/api/conversations/${id}/call`, inboxId ? { inboxId } : {}),
  voiceToken: (inboxId: number) => http.post<{ token: string; identity: string; expiresAt: string }>('/api/voice/token', { inboxId }),
  /** `url` is the call's recording path (its proxy): played only with the operator's token. */
  recording: (url: string) => http.blob(url),
  updateContact: (contactId: number, changes: ContactChanges) => http.patch<{ contact: ContactDetailsDto }>(`/api/contacts/${contactId}`, changes),
  contactHistory: (contactId: number) => http.get<{ items: ConversationDto[] }>(`/api/contacts/${contactId}/history`),
  /** Other contacts with the same phone or e-mail (those the caller may see), at most 10. */
  contactDuplicates: (contactId: number) => http.get<{ items: DuplicateContactDto[] }>(`/api/contacts/${contactId}/duplicates`),
  /** Merges `otherId` into `contactId`, which survives with both contacts' conversations and channels. */
  mergeContact: (contactId: number, otherId: number) => http.post<{ contact: ContactDetailsDto }>(`/api/contacts/${contactId}/merge`, { contactId: otherId }),

  setMyStatus: (status: AgentStatus) => http.patch<{ agent: AgentDto }>('/api/agents/me/status', { status }),
  agents: () => http.get<{ items: AgentDto[] }>('/api/agents'),
  createAgent: (input: AgentInput) => http.post<{ agent: AgentDto }>('/api/agents', input),
  updateAgent: (id: number, input: AgentInput) => http.patch<{ agent: AgentDto }>(`/api/agents/${id}`, input),
  teams: () => http.get<{ items: TeamDto[] }>('/api/teams'),
  createTeam: (name: string) => http.post<{ team: TeamDto }>('/api/teams', { name }),
  renameTeam: (id: number, name: string) => http.patch<{ team: TeamDto }>(`/api/teams/${id}`, { name }),
  /** 409 naming the inboxes (or team quick replies) that still need the team. */
  deleteTeam: (id: number) => http.delete(`/api/teams/${id}`),

  /** The replies the caller may change (the admin screen). */
  managedQuickReplies: () => http.get<{ items: QuickReplyDto[] }>('/api/quick-replies', { manage: 'true' }),
  createQuickReply: (input: QuickReplyInput & { scope: QuickReplyScope; teamId?: number }) => http.post<{ quickReply: QuickReplyDto }>('/api/quick-replies', input),
  updateQuickReply: (id: number, input: QuickReplyInput) => http.patch<{ quickReply: QuickReplyDto }>(`/api/quick-replies/${id}`, input),
  deleteQuickReply: (id: number) => http.delete(`/api/quick-replies/${id}`),
  addQuickReplyFile: (id: number, file: File) => http.upload<{ quickReply: QuickReplyDto }>(`/api/quick-replies/${id}/attachments`, 'file', file),
  removeQuickReplyFile: (id: number, key: string) => http.delete<{ quickReply: QuickReplyDto }>(`/api/quick-replies/${id}/attachments/${encodeURIComponent(key)}`),
  /** The reply's files as the operator's uploads in the conversation, to send with the message. */
  useQuickReplyFiles: (id: number, conversationId: number) => http.post<{ attachments: AttachmentDto[] }>(`/api/quick-replies/${id}/use`, { conversationId }),

  bots: () => http.get<{ items: BotDto[] }>('/api/bots'),
  bot: (id: number) => http.get<{ bot: BotDto; versions: Array<{ version: number; createdAt: string }> }>(`/api/bots/${id}`),
  createBot: (input: BotInput) => http.post<{ bot: BotDto; credentials?: BotCredentials }>('/api/bots', input),
  updateBot: (id: number, input: BotInput) => http.patch<{ bot: BotDto }>(`/api/bots/${id}`, input),
  rotateBotCredentials: (id: number) => http.post<{ credentials: BotCredentials }>(`/api/bots/${id}/credentials`),
  deleteBot: (id: number) => http.delete(`/api/bots/${id}`),

  inboxes: () => http.get<{ items: InboxDto[] }>('/api/inboxes'),
  createInbox: (input: InboxInput) => http.post<{ inbox: InboxDto }>('/api/inboxes', input),
  updateInbox: (id: number, input: InboxInput) => http.patch<{ inbox: InboxDto }>(`/api/inboxes/${id}`, input),
  testMailbox: (email: EmailInboxInput) => http.post<{ imap: EmailCheck; smtp: EmailCheck }>('/api/inboxes/email/connection-test', email),
  whatsappConnection: (inboxId: number) => http.get<{ connection: WhatsAppConnection }>(`/api/inboxes/${inboxId}/whatsapp`),
  customerWindow: (conversationId: number) => http.get<{ window: CustomerWindow }>(`/api/conversations/${conversationId}/window`),
  templates: (conversationId: number) => http.get<{ items: MessageTemplate[] }>(`/api/conversations/${conversationId}/templates`),
  sendTemplate: (conversationId: number, input: { name: string; language: string; parameters?: string[] }) =>
    http.post<{ message: MessageDto }>(`/api/conversations/${conversationId}/template`, input),
  testSavedMailbox: (inboxId: number) => http.post<{ imap: EmailCheck; smtp: EmailCheck }>(`/api/inboxes/${inboxId}/connection-test`),
};
