/**
 * The shapes the backend sends (REST and the /agents socket share them).
 * Mirrors backend/src/conversations/conversation.presenter.ts,
 * backend/src/agents/agent.dto.ts and backend/src/channels/inbox.dto.ts.
 */

export type ConversationStatus = 'bot' | 'queued' | 'assigned' | 'closed';
export type DeliveryStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';
export type MessageKind = 'text' | 'image' | 'file' | 'audio' | 'video' | 'location' | 'call' | 'event' | string;
export type AgentRole = 'agent' | 'supervisor' | 'admin';
export type AgentStatus = 'online' | 'away' | 'offline';
export type AgentLevel = 'novice' | 'regular' | 'senior';
export type RoutingMode = 'auto' | 'offer' | 'broadcast' | 'manual';
export type ConversationView = 'mine' | 'queue' | 'all';

export interface AttachmentDto {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  url: string;
}

/** The message a reply answers, as shown on top of the reply (the quoted message is in the same conversation). */
export interface MessageQuote {
  id: number;
  senderType: MessageDto['senderType'];
  senderName: string | null;
  kind: MessageKind;
  /** The quoted text, cut to 200 characters; null for a message without text (an image, a file). */
  text: string | null;
}

export interface MessageDto {
  id: number;
  conversationId: number;
  direction: 'in' | 'out';
  senderType: 'contact' | 'agent' | 'bot' | 'system';
  senderId: number | null;
  senderName: string | null;
  kind: MessageKind;
  text: string | null;
  payload: Record<string, unknown> | null;
  attachments: AttachmentDto[];
  status: DeliveryStatus;
  error: string | null;
  private: boolean;
  edited: boolean;
  clientMessageId: string | null;
  createdAt: string;
  /** What a customer's swipe-to-reply or an operator's Reply answered. */
  replyTo: MessageQuote | null;
}

export interface ConversationDto {
  id: number;
  inboxId: number;
  inbox: { id: number; name: string; type: string } | null;
  contact: { id: number; name: string | null; email: string | null; phone: string | null } | null;
  status: ConversationStatus;
  assigneeId: number | null;
  /** It takes (or would take) one of its operator's slots; false only for calls of a voice inbox whose calls take none. */
  takesSlot: boolean;
  teamId: number | null;
  priority: number;
  language: string | null;
  createdAt: string;
  lastMessageAt: string | null;
  firstAssignedAt: string | null;
  firstAgentReplyAt: string | null;
  closedAt: string | null;
  csatScore: number | null;
  /** The customer's comment with their rating. */
  csatComment?: string | null;
  lastMessage: { text: string | null; direction: string; senderType: MessageDto['senderType']; kind: string; createdAt: string } | null;
  /**
   * Not sent by the backend today (see the report on API gaps); read when
   * present so an offer's countdown is exact instead of assumed.
   */
  offeredTo?: number | null;
  offerExpiresAt?: string | null;
}

/** One conversation GET /api/search found (newest first, one per conversation). */
export interface SearchHit {
  conversation: ConversationDto;
  /** The newest message of that conversation that matches, or null when the hit is the contact (name, e-mail, phone). */
  message: MessageDto | null;
}

export interface ContactIdentityDto {
  inboxId: number;
  channel: string | null;
  inboxName: string | null;
  externalId: string;
}

export interface ContactDetailsDto {
  id: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  country: string | null;
  attributes: Record<string, unknown>;
  createdAt: string;
  identities: ContactIdentityDto[];
}

/** GET /api/contacts/:id/duplicates: another contact and the address it shares; unverified when no channel vouched for it on both. */
export interface DuplicateContactDto extends ContactDetailsDto {
  match: { field: 'phone' | 'email'; verified: boolean } | null;
}

export interface TeamDto {
  id: number;
  name: string;
}

/** Mirrors backend/src/bots/bot.dto.ts. */
export interface BotDto {
  id: number;
  inboxId: number;
  name: string;
  kind: 'flow' | 'external';
  enabled: boolean;
  version: number;
  allowedHosts: string[];
  webhookUrl: string | null;
  hasToken: boolean;
  createdAt: string;
  updatedAt: string;
  definition?: Record<string, unknown> | null;
}

export interface BotInput {
  inboxId?: number;
  name?: string;
  kind?: 'flow' | 'external';
  enabled?: boolean;
  definition?: Record<string, unknown>;
  allowedHosts?: string[];
  webhookUrl?: string;
}

/** Shown once: the external bot's API token and the key its webhook requests are signed with. */
export interface BotCredentials {
  token: string;
  webhookSecret: string;
}

export type QuickReplyScope = 'global' | 'team' | 'personal';

/** Mirrors backend/src/quick-replies/quick-reply.dto.ts. */
export interface QuickReplyDto {
  id: number;
  scope: QuickReplyScope;
  teamId: number | null;
  agentId: number | null;
  shortcut: string;
  title: string;
  content: string;
  language: string | null;
  usageCount: number;
  /** Files that go with the reply; inserting it attaches copies. */
  attachments: Array<{ key: string; fileName: string; mimeType: string; size: number }>;
  updatedAt: string;
}

export interface AgentDto {
  id: number;
  email: string;
  name: string;
  role: AgentRole;
  status: AgentStatus;
  maxChats: number;
  openChats: number;
  languages: string[];
  segments: string[];
  skills: string[];
  level: AgentLevel;
  teams: TeamDto[];
  /** On a phone call right now (voice inboxes). */
  onCall?: boolean;
  /** Since when none of their sockets is open: the router gives them nothing new meanwhile. */
  disconnectedAt?: string | null;
  /** false: deactivated by an admin (cannot log in, gets nothing). */
  active?: boolean;
}

export interface InboxSettings {
  greeting?: string;
  preChatForm?: boolean;
  color?: string;
  [key: string]: unknown;
}

/** One automatic message: texts per language (`{en: 'Hello'}`), kept while switched off. */
export interface AutomaticText {
  enabled: boolean;
  text: Record<string, string>;
}

/** Mirrors backend/src/automation/inbox-automation.ts (see docs/automation.md). */
export interface InboxAutomation {
  defaultLanguage?: string;
  greeting?: AutomaticText;
  businessHours?: { timeZone: string; weekly: Partial<Record<string, { open: string; close: string }[]>>; holidays?: string[] };
  afterHours?: AutomaticText;
  queueMessage?: AutomaticText;
  goodbye?: AutomaticText;
  autoClose?: AutomaticText & { afterMinutes: number };
  csat?: { enabled: boolean; text?: Record<string, string> };
}

export interface InboxDto {
  id: number;
  type: string;
  name: string;
  publicKey: string;
  settings: InboxSettings;
  teamId: number | null;
  routingMode: RoutingMode;
  routing?: InboxRouting;
  automation?: InboxAutomation;
  createdAt: string;
  widgetSnippet: string | null;
  /** false: archived (receives and sends nothing; history kept). */
  active: boolean;
}

/** The inbox's routing rules the inbox pages edit (the backend has more, see docs/routing.md). */
export interface InboxRouting {
  /** Voice inboxes: a call takes one of the operator's slots (default true). */
  callsTakeSlot?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor?: number | null;
}

/** A phone call as its message shows it (`payload.call`), kept up to date by the server's callbacks. */
export interface CallSummary {
  id: number;
  inboxId: number;
  direction: 'in' | 'out';
  state: 'ringing' | 'queued' | 'connecting' | 'talking' | 'voicemail' | 'dialing' | 'ended';
  outcome: 'answered' | 'voicemail' | 'abandoned' | 'missed' | 'busy' | 'no-answer' | 'failed' | null;
  from: string;
  to: string;
  agentId: number | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  /** The authenticated proxy path, never a provider link. */
  recording: { url: string; durationSeconds: number | null } | null;
  transcription: string | null;
  /** Missed, abandoned or voicemail: someone should call back. */
  callback: boolean;
}
