/**
 * The `/widget` socket protocol (docs/api.md) as the browser sees it.
 * The backend's WidgetGateway and MessageDto are the other half of this file.
 */

export interface Attachment {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  /** Relative to the widget's HOST (e.g. `/api/attachments/…`). */
  url: string;
}

export type MessageStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';
export type SenderType = 'contact' | 'agent' | 'bot' | 'system';

export interface Message {
  id: number;
  conversationId: number;
  /** `in` = written by the visitor, `out` = operator, bot or system. */
  direction: 'in' | 'out';
  senderType: SenderType;
  senderName: string | null;
  kind: string;
  text: string | null;
  attachments: Attachment[];
  status: MessageStatus;
  clientMessageId: string | null;
  createdAt: string;
  /** Kind-specific data; an automatic survey carries `{ automatic: 'csat', csat: { form: 'widget', conversationId } }`. */
  payload?: Record<string, unknown> | null;
  /** The message this one answers (an operator's Reply, a quote from another channel), shown on top of it. */
  replyTo?: Quote | null;
}

/** A quoted message: who wrote it and the start of its text (null for a picture or a file). */
export interface Quote {
  id: number;
  senderType: SenderType;
  senderName: string | null;
  kind: string;
  text: string | null;
}

export type PreChatField = 'name' | 'email' | 'phone';
/** The fields the pre-chat form asks for; one left out is not asked. */
export type PreChatFields = Partial<Record<PreChatField, 'required' | 'optional'>>;

/** The inbox's widget settings (docs/api.md, "Site widget settings"). */
export interface InboxInfo {
  name: string;
  maxUploadBytes: number;
  greeting?: string;
  /** Optional accent colour (`#rrggbb`); ignored unless it is a plain hex colour. */
  color?: string;
  position: 'right' | 'left';
  /** Shown beside the chat button's icon. */
  launcherText?: string;
  preChatFields: PreChatFields;
  /** False: operators' messages are signed with the inbox's name. */
  showAgentNames: boolean;
  /** False: no initial badge before an operator's name (operators have no pictures; the badge is their avatar). */
  showAgentInitials: boolean;
  /** Outside business hours: when the team is back (null: not known). */
  away: { backAt: string | null } | null;
}

export interface ContactInfo {
  name?: string;
  email?: string;
  phone?: string;
}

export interface Session {
  visitorToken: string;
  contactId: number | null;
  conversationId: number | null;
  /** The open conversation's status: `queued` while it waits for an operator. */
  conversationStatus?: string | null;
  inbox: InboxInfo;
  contact: ContactInfo | null;
}

export interface ConversationInfo {
  id: number;
  status: string;
}

/** The visitor's place while they wait for an operator (`queue.position`); told again whenever it changes. */
export interface QueuePlace {
  conversationId: number;
  /** 1 = next. */
  position: number;
  /** Null when the inbox cannot say yet (too little history, nobody online). */
  expectedWaitMs: number | null;
}

export interface SendPayload {
  text: string;
  clientMessageId: string;
  attachments?: number[];
  /** The payload of a pressed button; `text` is its title. */
  button?: string;
}

/** A button under a bot's message: the visitor sees `title`, the bot gets `payload` back. */
export interface ChoiceButton {
  title: string;
  payload: string;
}

/** `retryable`: the server failed for a reason of its own (a lost lock, a database hiccup); the same send may well succeed later. */
export type Ack<T> = T | { error: string; retryable?: boolean };

export interface CsatAnswer {
  conversationId: number;
  score: number;
  comment?: string;
}

export type CsatOutcome = 'recorded' | 'already-rated' | 'expired' | 'not-asked';

/** server → client events on `/widget`. */
export interface ServerEvents {
  session: (session: Session) => void;
  'message.created': (payload: { message: Message }) => void;
  /** A status change (delivered/read) of a message; merged like message.created. */
  'message.updated': (payload: { message: Message }) => void;
  'conversation.updated': (payload: { conversation: ConversationInfo }) => void;
  typing: (payload: { on: boolean }) => void;
  'queue.position': (place: QueuePlace) => void;
}

/** client → server events on `/widget`. */
export interface ClientEvents {
  'message.send': (payload: SendPayload, ack: (res: Ack<{ message: Message }>) => void) => void;
  history: (payload: { before?: number }, ack: (res: Ack<{ items: Message[] }>) => void) => void;
  'contact.update': (payload: ContactInfo, ack: (res: Ack<{ contact: ContactInfo }>) => void) => void;
  /** Stars and a comment for one of the visitor's closed conversations; the first answer counts. */
  'csat.submit': (payload: CsatAnswer, ack: (res: Ack<{ outcome: CsatOutcome; csatScore: number | null }>) => void) => void;
  typing: (payload: { on: boolean }) => void;
}
