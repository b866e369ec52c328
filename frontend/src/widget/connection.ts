import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { VisitorStore } from './storage';
import type { ClientEvents, ContactInfo, ConversationInfo, CsatAnswer, CsatOutcome, Message, QueuePlace, SendPayload, ServerEvents, Session } from './types';

/**
 * The widget's side of the `/widget` socket protocol (docs/api.md): the
 * handshake with the inbox key and the stored visitor token, the session,
 * and an outbox that gets every message the visitor wrote to the server
 * exactly once per connection, whatever the network does in between.
 */

export type ConnectionStatus =
  /** Not connected yet (no session received so far). */
  | 'connecting'
  | 'online'
  /** Had a session, lost the connection, socket.io is trying again. */
  | 'reconnecting'
  /** The server refused the inbox key: the widget stays hidden. */
  | 'disabled';

export interface ConnectionHandlers {
  status?(status: ConnectionStatus): void;
  /** After every (re)connect; `resumed` is true from the second one on. */
  session?(session: Session, resumed: boolean): void;
  /** `message.created` (and `message.updated`) pushes. */
  message?(message: Message): void;
  conversation?(conversation: ConversationInfo): void;
  typing?(on: boolean): void;
  /** `queue.position`: the place in the queue, while waiting for an operator. */
  queue?(place: QueuePlace): void;
  disabled?(reason: string): void;
}

export interface ConnectionOptions {
  host: string;
  inboxKey: string;
  store: Pick<VisitorStore, 'getToken' | 'setToken' | 'clearToken'>;
  /** How long to wait for an ack before sending again. */
  ackTimeoutMs?: number;
  /** First wait before a send is made again after no answer or a passing server error (doubles, up to 15 s). */
  resendDelayMs?: number;
  /** Extra socket.io options (tests shorten the reconnection delays). */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  logger?: Pick<Console, 'warn'>;
}

/** The server refused the message for a reason another try cannot fix: the visitor decides (edit, retry). */
export class SendError extends Error {
  override name = 'SendError';
}

/** Refusals that retrying cannot fix (the server's words, or how they start): the widget hides itself. */
const FATAL_REFUSALS = ['unknown inbox key', 'inboxKey is required', 'origin not allowed:'];
const INVALID_TOKEN = 'invalid visitor token';

interface OutboxEntry {
  payload: SendPayload;
  promise: Promise<Message>;
  resolve(message: Message): void;
  reject(error: Error): void;
  /** Emitted on the current connection, ack not back yet. */
  inFlight: boolean;
  /** Sends made so far without an answer that settles it. */
  attempts: number;
  resendTimer?: ReturnType<typeof setTimeout>;
}

const MAX_RESEND_DELAY_MS = 15_000;

type WidgetSocket = Socket<ServerEvents, ClientEvents>;

export class WidgetConnection {
  private readonly socket: WidgetSocket;
  private readonly outbox = new Map<string, OutboxEntry>();
  private readonly ackTimeoutMs: number;
  private readonly resendDelayMs: number;
  private readonly logger: Pick<Console, 'warn'>;
  private ready = false;
  private sessions = 0;
  private refusals = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private current: Session | null = null;
  status: ConnectionStatus = 'connecting';

  constructor(
    private readonly options: ConnectionOptions,
    private readonly handlers: ConnectionHandlers = {},
  ) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 15_000;
    this.resendDelayMs = options.resendDelayMs ?? 1_000;
    this.logger = options.logger ?? console;
    this.socket = io(`${options.host}/widget`, {
      autoConnect: false,
      forceNew: true,
      // A function, so every reconnect reads the token as it is now (a
      // dropped forged token must not come back on the next attempt).
      auth: (cb) => {
        const visitorToken = options.store.getToken();
        cb(visitorToken ? { inboxKey: options.inboxKey, visitorToken } : { inboxKey: options.inboxKey });
      },
      ...options.socketOptions,
    });
    this.listen();
  }

  get session(): Session | null {
    return this.current;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Messages written but not yet acknowledged by the server. */
  get pendingCount(): number {
    return this.outbox.size;
  }

  start(): void {
    this.stopped = false;
    this.socket.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    for (const entry of this.outbox.values()) clearTimeout(entry.resendTimer);
    this.socket.disconnect();
  }

  /**
   * Sends the visitor's message; resolves with the stored message. Offline,
   * it waits in the outbox and goes out after the next session. Calling it
   * again with the same clientMessageId (a retry) joins the pending send or
   * sends again: the server de-duplicates by clientMessageId.
   */
  send(payload: SendPayload): Promise<Message> {
    const known = this.outbox.get(payload.clientMessageId);
    if (known) return known.promise;
    let resolve!: (m: Message) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<Message>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const entry: OutboxEntry = { payload, promise, resolve, reject, inFlight: false, attempts: 0 };
    this.outbox.set(payload.clientMessageId, entry);
    if (this.ready) this.transmit(entry);
    return promise;
  }

  /** One page of history, oldest first; `before` = the oldest message id already shown. */
  async history(before?: number): Promise<Message[]> {
    const res = await this.request('history', before ? { before } : {});
    if ('error' in res) throw new Error(res.error);
    return res.items;
  }

  /** The pre-chat form: the name and e-mail go on the visitor's own contact. */
  async updateContact(contact: ContactInfo): Promise<ContactInfo> {
    const res = await this.request('contact.update', contact);
    if ('error' in res) throw new Error(res.error);
    if (this.current) this.current = { ...this.current, contact: { ...this.current.contact, ...res.contact } };
    return res.contact;
  }

  /** The visitor's rating of a closed conversation: the score that counts (their first). */
  async rate(answer: CsatAnswer): Promise<{ outcome: CsatOutcome; csatScore: number | null }> {
    const res = await this.request('csat.submit', answer);
    if ('error' in res) throw new Error(res.error);
    return res;
  }

  /** Tells the operator the visitor is typing. Best effort: dropped while offline. */
  setTyping(on: boolean): void {
    if (this.ready) this.socket.volatile.emit('typing', { on });
  }

  private request<E extends 'history' | 'contact.update' | 'csat.submit'>(event: E, payload: Parameters<ClientEvents[E]>[0]) {
    if (!this.ready) return Promise.reject(new Error('offline'));
    type Res = Parameters<Parameters<ClientEvents[E]>[1]>[0];
    // socket.io's typed emitWithAck does not narrow through a generic event name.
    const socket = this.socket.timeout(this.ackTimeoutMs) as unknown as { emitWithAck(event: E, payload: unknown): Promise<Res> };
    return socket.emitWithAck(event, payload);
  }

  /**
   * One send of an outbox entry. No answer (a lost connection, a server
   * that did not ack in time) or a passing server error keeps it in the
   * outbox and sends it again with the same clientMessageId, which the
   * server stores once: the visitor sees "Sending…" until it is stored.
   * Only a refusal another try cannot fix rejects it.
   */
  private transmit(entry: OutboxEntry): void {
    clearTimeout(entry.resendTimer);
    entry.inFlight = true;
    entry.attempts++;
    this.socket.timeout(this.ackTimeoutMs).emit('message.send', entry.payload, (err: Error | null, res) => {
      entry.inFlight = false;
      if (this.outbox.get(entry.payload.clientMessageId) !== entry) return;
      if (err || ('error' in res && res.retryable)) return this.resendLater(entry);
      this.outbox.delete(entry.payload.clientMessageId);
      if ('error' in res) entry.reject(new SendError(res.error));
      else entry.resolve(res.message);
    });
  }

  /** Offline, the next session's flush sends it; online, after a growing, jittered wait. */
  private resendLater(entry: OutboxEntry): void {
    if (!this.ready || this.stopped) return;
    const delay = Math.min(MAX_RESEND_DELAY_MS, this.resendDelayMs * 2 ** Math.min(entry.attempts - 1, 10)) * (0.75 + Math.random() / 2);
    entry.resendTimer = setTimeout(() => {
      if (this.ready && !entry.inFlight && this.outbox.get(entry.payload.clientMessageId) === entry) this.transmit(entry);
    }, delay);
  }

  private flush(): void {
    for (const entry of this.outbox.values()) if (!entry.inFlight) this.transmit(entry);
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.handlers.status?.(status);
  }

  private listen(): void {
    const s = this.socket;
    s.on('session', (session) => {
      this.current = session;
      this.options.store.setToken(session.visitorToken);
      this.ready = true;
      this.refusals = 0;
      this.sessions++;
      this.setStatus('online');
      this.flush();
      this.handlers.session?.(session, this.sessions > 1);
    });
    s.on('message.created', ({ message }) => this.handlers.message?.(message));
    s.on('message.updated', ({ message }) => this.handlers.message?.(message));
    s.on('conversation.updated', ({ conversation }) => this.handlers.conversation?.(conversation));
    s.on('typing', ({ on }) => this.handlers.typing?.(on === true));
    s.on('queue.position', (place) => this.handlers.queue?.(place));
    s.on('disconnect', (reason) => {
      this.ready = false;
      if (this.stopped) return;
      this.setStatus(this.sessions > 0 ? 'reconnecting' : 'connecting');
      // The server closed this socket on purpose (a deploy, a kicked
      // session): socket.io does not come back by itself in that case.
      if (reason === 'io server disconnect') this.retryLater();
    });
    s.on('connect_error', (err) => {
      this.ready = false;
      if (this.stopped) return;
      if (s.active) {
        // Network or server down: socket.io's manager keeps retrying with backoff.
        this.setStatus(this.sessions > 0 ? 'reconnecting' : 'connecting');
        return;
      }
      // Refused by the server's handshake middleware.
      if (err.message === INVALID_TOKEN && this.options.store.getToken()) {
        this.options.store.clearToken();
        s.connect();
        return;
      }
      if (FATAL_REFUSALS.some((refusal) => err.message.startsWith(refusal))) {
        this.logger.warn(`[inbox-widget] chat disabled: ${err.message}`);
        this.setStatus('disabled');
        for (const entry of this.outbox.values()) entry.reject(new SendError(err.message));
        this.outbox.clear();
        this.handlers.disabled?.(err.message);
        return;
      }
      // Anything else (the server's database is down…) is worth another try.
      this.setStatus(this.sessions > 0 ? 'reconnecting' : 'connecting');
      this.retryLater();
    });
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    const delay = Math.min(30_000, 1_000 * 2 ** Math.min(this.refusals++, 5)) * (0.75 + Math.random() / 2);
    this.retryTimer = setTimeout(() => {
      if (!this.stopped && !this.socket.connected) this.socket.connect();
    }, delay);
  }
}
