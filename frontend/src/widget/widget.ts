import type { EmbedConfig } from './config';
import { WidgetConnection, type ConnectionOptions, type ConnectionStatus } from './connection';
import { isInlineImage } from './format';
import { newClientMessageId } from './ids';
import { needsPreChat } from './prechat';
import {
  findLocal,
  isFromVisitor,
  localMessage,
  mergeMessages,
  newestId,
  oldestId,
  placeAfterChange,
  placeAfterSession,
  setLocalStatus,
  unreadCount,
  upsertLocal,
  type ChatMessage,
} from './state';
import { createVisitorStore, type VisitorStore } from './storage';
import type { ContactInfo, ConversationInfo, Message, QueuePlace, SendPayload, Session } from './types';
import { checkFile, uploadFile } from './upload';
import type { RatingState } from './survey-view';
import { WidgetView, type ViewState } from './view';
import { applyStyles } from './dom';

export interface WidgetOptions {
  config: EmbedConfig;
  /** The shadow root (or, in tests, any element) the widget draws into. */
  root: ShadowRoot | HTMLElement;
  store?: VisitorStore;
  socketOptions?: ConnectionOptions['socketOptions'];
  fetch?: typeof fetch;
}

/** The visitor's typing is reported at most this often, and "stopped" after this much quiet. */
const TYPING_THROTTLE_MS = 3_000;
const TYPING_IDLE_MS = 4_000;
/** An operator's "typing" that never got its "stopped" (a closed tab) fades after this. */
const AGENT_TYPING_TTL_MS = 15_000;

/**
 * The widget's controller: connection events and visitor actions go in,
 * the state changes through the pure functions of state.ts, the view draws.
 */
export class ChatWidget {
  private readonly store: VisitorStore;
  private readonly connection: WidgetConnection;
  private readonly view: WidgetView;
  private session: Session | null = null;
  private messages: ChatMessage[] = [];
  /** The newest message id the visitor has seen (0: none yet; every reply counts as unread). */
  private seenId: number;
  private status: ConnectionStatus = 'connecting';
  private open = false;
  private agentTyping = false;
  private conversationClosed = false;
  private loadingOlder = false;
  private ratings: Record<number, RatingState> = {};
  private historyDone = false;
  private preChatBusy = false;
  /** The visitor sent the pre-chat form (perhaps with every optional field empty): not asked again on this page. */
  private preChatAnswered = false;
  private preChatError: string | null = null;
  private notice: string | null = null;
  private queue: QueuePlace | null = null;
  /** What to send again on retry, and files whose upload must be retried first. */
  private readonly payloads = new Map<string, SendPayload>();
  private readonly files = new Map<string, File>();
  private readonly previews = new Map<string, string>();
  private typingOn = false;
  private typingSentAt = 0;
  private typingIdle: ReturnType<typeof setTimeout> | undefined;
  private agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onVisibility = () => this.markSeen() && this.render();

  constructor(private readonly options: WidgetOptions) {
    this.store = options.store ?? createVisitorStore(options.config.inboxKey);
    this.seenId = this.store.getSeenId() ?? 0;
    this.view = new WidgetView(options.root, options.config.host, {
      toggle: (open) => this.toggle(open),
      send: (text) => this.sendText(text),
      choose: (title, payload) => this.sendText(title, payload),
      files: (files) => files.forEach((f) => this.sendFile(f)),
      retry: (id) => this.retry(id),
      typing: () => this.visitorTyping(),
      preChat: (value) => this.submitPreChat(value),
      loadOlder: () => this.loadOlder(),
      rate: (conversationId, score, comment) => this.rate(conversationId, score, comment),
    });
    this.connection = new WidgetConnection(
      { host: options.config.host, inboxKey: options.config.inboxKey, store: this.store, socketOptions: options.socketOptions },
      {
        status: (status) => {
          this.status = status;
          this.render();
        },
        session: (session) => this.onSession(session),
        message: (message) => this.onMessage(message),
        conversation: (conversation) => this.onConversation(conversation),
        typing: (on) => this.onAgentTyping(on),
        queue: (place) => this.onQueuePlace(place),
      },
    );
  }

  start(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.connection.start();
  }

  stop(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.typingIdle);
    clearTimeout(this.agentTypingTimer);
    this.connection.stop();
  }

  /** The view's current state (for tests and debugging). */
  snapshot(): ViewState {
    const hasMessages = this.messages.length > 0;
    return {
      open: this.open,
      status: this.status,
      inbox: this.session?.inbox ?? null,
      messages: this.messages,
      unread: unreadCount(this.messages, this.seenId),
      agentTyping: this.agentTyping,
      preChat: needsPreChat(this.session, hasMessages, this.preChatAnswered),
      preChatBusy: this.preChatBusy,
      preChatError: this.preChatError,
      loadingOlder: this.loadingOlder,
      conversationClosed: this.conversationClosed,
      notice: this.notice,
      ratings: this.ratings,
      queue: this.queue,
    };
  }

  private rate(conversationId: number, score: number, comment: string): void {
    this.ratings = { ...this.ratings, [conversationId]: { busy: true } };
    this.render();
    this.connection.rate({ conversationId, score, ...(comment.trim() ? { comment: comment.trim() } : {}) }).then(
      ({ outcome }) => {
        this.ratings = { ...this.ratings, [conversationId]: { outcome } };
        this.render();
      },
      (error: Error) => {
        this.ratings = { ...this.ratings, [conversationId]: { error: error.message } };
        this.render();
      },
    );
  }

  private render(): void {
    this.view.render(this.snapshot());
  }

  private onSession(session: Session): void {
    // A dropped (forged or foreign) token means a new visitor: the old one's messages must go.
    if (this.session && this.session.visitorToken !== session.visitorToken) {
      this.messages = this.messages.filter((m) => m.id === null);
      this.historyDone = false;
    }
    this.session = session;
    this.queue = placeAfterSession(this.queue, session);
    this.render();
    // After a reconnect the latest page brings what was missed; merging makes repeats harmless.
    this.connection.history().then(
      (items) => {
        this.messages = mergeMessages(this.messages, items);
        this.markSeen();
        this.render();
      },
      () => {
        /* the next reconnect loads it again; pushes still arrive meanwhile */
      },
    );
  }

  private onMessage(message: Message): void {
    if (!isFromVisitor(message)) this.setAgentTyping(false);
    this.messages = mergeMessages(this.messages, [message]);
    this.markSeen();
    this.render();
  }

  private onConversation(conversation: ConversationInfo): void {
    if (this.session) this.session = { ...this.session, conversationId: conversation.id };
    this.conversationClosed = conversation.status === 'closed';
    if (this.conversationClosed) this.setAgentTyping(false);
    this.queue = placeAfterChange(this.queue, conversation);
    this.render();
  }

  private onQueuePlace(place: QueuePlace): void {
    this.queue = place;
    this.render();
  }

  private onAgentTyping(on: boolean): void {
    this.setAgentTyping(on);
    this.render();
  }

  private setAgentTyping(on: boolean): void {
    this.agentTyping = on;
    clearTimeout(this.agentTypingTimer);
    if (on) {
      this.agentTypingTimer = setTimeout(() => {
        this.agentTyping = false;
        this.render();
      }, AGENT_TYPING_TTL_MS);
    }
  }

  private toggle(open: boolean): void {
    this.open = open;
    if (!open) this.notice = null;
    this.markSeen();
    this.render();
  }

  /** With the panel open and the tab visible, everything listed counts as read. Returns whether the badge changed. */
  private markSeen(): boolean {
    if (!this.open || document.hidden) return false;
    const newest = newestId(this.messages);
    if (newest <= this.seenId) return false;
    this.seenId = newest;
    this.store.setSeenId(newest);
    return true;
  }

  /** `button`: the payload of the pressed button whose title is the text. */
  private sendText(text: string, button?: string): void {
    this.stopTyping();
    this.notice = null;
    const clientMessageId = newClientMessageId();
    this.messages = upsertLocal(this.messages, localMessage({ clientMessageId, text }));
    this.conversationClosed = false;
    this.render();
    this.deliver({ text, clientMessageId, ...(button ? { button } : {}) });
  }

  private sendFile(file: File): void {
    const problem = checkFile(file, this.session?.inbox.maxUploadBytes ?? 0);
    this.notice = problem;
    if (problem) {
      this.render();
      return;
    }
    const clientMessageId = newClientMessageId();
    const preview = isInlineImage(file.type) && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
    if (preview) this.previews.set(clientMessageId, preview);
    this.files.set(clientMessageId, file);
    const placeholder = { id: 0, fileName: file.name, mimeType: file.type, size: file.size, url: preview };
    this.messages = upsertLocal(this.messages, localMessage({ clientMessageId, text: '', attachments: [placeholder] }));
    this.conversationClosed = false;
    this.render();
    this.uploadAndSend(clientMessageId, file);
  }

  private uploadAndSend(clientMessageId: string, file: File): void {
    const token = this.store.getToken() ?? this.session?.visitorToken;
    if (!token) return this.fail(clientMessageId, new Error('offline'));
    uploadFile({ host: this.options.config.host, inboxKey: this.options.config.inboxKey, visitorToken: token, file, fetch: this.options.fetch }).then(
      (attachment) => {
        this.files.delete(clientMessageId);
        this.deliver({ text: '', clientMessageId, attachments: [attachment.id] });
      },
      (error: Error) => this.fail(clientMessageId, error),
    );
  }

  private deliver(payload: SendPayload): void {
    this.payloads.set(payload.clientMessageId, payload);
    this.connection.send(payload).then(
      (message) => {
        this.payloads.delete(payload.clientMessageId);
        const preview = this.previews.get(payload.clientMessageId);
        if (preview) URL.revokeObjectURL(preview);
        this.previews.delete(payload.clientMessageId);
        this.messages = mergeMessages(this.messages, [message]);
        this.markSeen();
        this.render();
      },
      (error: Error) => this.fail(payload.clientMessageId, error),
    );
  }

  private fail(clientMessageId: string, error: Error): void {
    this.messages = setLocalStatus(this.messages, clientMessageId, 'failed', error.message);
    this.render();
  }

  private retry(clientMessageId: string): void {
    const local = findLocal(this.messages, clientMessageId);
    if (!local || local.id !== null) return;
    this.messages = setLocalStatus(this.messages, clientMessageId, 'pending');
    this.render();
    const file = this.files.get(clientMessageId);
    const payload = this.payloads.get(clientMessageId);
    // Same clientMessageId: if the first try did reach the server, it answers with the stored message.
    if (file) this.uploadAndSend(clientMessageId, file);
    else if (payload) this.deliver(payload);
  }

  private visitorTyping(): void {
    const now = Date.now();
    if (!this.typingOn || now - this.typingSentAt > TYPING_THROTTLE_MS) {
      this.connection.setTyping(true);
      this.typingOn = true;
      this.typingSentAt = now;
    }
    clearTimeout(this.typingIdle);
    this.typingIdle = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  private stopTyping(): void {
    clearTimeout(this.typingIdle);
    if (!this.typingOn) return;
    this.typingOn = false;
    this.connection.setTyping(false);
  }

  private submitPreChat(value: ContactInfo): void {
    this.preChatError = null;
    // Only optional fields, all left empty: nothing to store.
    if (Object.keys(value).length === 0) {
      this.preChatAnswered = true;
      this.render();
      return;
    }
    this.preChatBusy = true;
    this.render();
    this.connection.updateContact(value).then(
      (contact) => {
        if (this.session) this.session = { ...this.session, contact: { ...this.session.contact, ...value, ...contact } };
        this.preChatAnswered = true;
        this.preChatBusy = false;
        this.render();
      },
      (error: Error) => {
        this.preChatBusy = false;
        this.preChatError = error.message;
        this.render();
      },
    );
  }

  private loadOlder(): void {
    const before = oldestId(this.messages);
    if (this.loadingOlder || this.historyDone || before === null || !this.connection.isReady) return;
    this.loadingOlder = true;
    this.render();
    this.connection.history(before).then(
      (items) => {
        // An empty page (or one with nothing new) is the beginning of the conversation.
        if (!items.some((m) => m.id < before)) this.historyDone = true;
        this.messages = mergeMessages(this.messages, items);
        this.loadingOlder = false;
        this.render();
      },
      () => {
        this.loadingOlder = false;
        this.render();
      },
    );
  }
}

/**
 * Puts the widget on the page: a host element at the end of <body> with a
 * shadow root holding the styles and the widget. Pasting the snippet twice
 * (or a single-page app re-running it) mounts it once.
 */
export function mountWidget(config: EmbedConfig, css: string, options: Partial<WidgetOptions> = {}): ChatWidget | null {
  if (document.querySelector('[data-inbox-widget]')) return null;
  const host = document.createElement('div');
  host.setAttribute('data-inbox-widget', config.inboxKey);
  // Open, so the site's own end-to-end tests (and ours) can reach inside.
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, css);
  document.body.appendChild(host);
  const widget = new ChatWidget({ ...options, config, root: shadow });
  widget.start();
  return widget;
}
