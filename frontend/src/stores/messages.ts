import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api, type SendBody } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { AttachmentDto, ConversationDto, MessageDto, MessageQuote } from '../api/types';
import { mergeMessages, newestId, oldestId, type ThreadMessage } from '../lib/merge';
import { useSessionStore } from './session';

/** The API's page size for messages; a shorter page means the beginning was reached. */
export const MESSAGE_PAGE = 50;
/** How far back a catch-up after a reconnect walks before giving up (pages). */
const CATCH_UP_PAGES = 20;
/** A customer's "typing" that never got its "stopped" fades after this. */
const TYPING_TTL_MS = 15_000;

export interface Thread {
  items: ThreadMessage[];
  loaded: boolean;
  loading: boolean;
  loadingOlder: boolean;
  hasOlder: boolean;
  error: unknown;
}

interface LocalSend {
  conversationId: number;
  body: SendBody;
}

let localSeq = 0;

const emptyThread = (): Thread => ({ items: [], loaded: false, loading: false, loadingOlder: false, hasOlder: true, error: null });

/** Messages per conversation, merged by id from REST pages, socket events and our own sends. */
export const useMessagesStore = defineStore('messages', () => {
  const session = useSessionStore();
  const threads = ref<Record<number, Thread>>({});
  /** conversationId → epoch ms until which the customer counts as typing. */
  const customerTyping = ref<Record<number, number>>({});
  const localSends = new Map<string, LocalSend>();
  const typingTimers = new Map<number, ReturnType<typeof setTimeout>>();
  /** A message to bring into view once its conversation's thread shows (a search hit was opened); MessageList takes it. */
  const revealing = ref<{ conversationId: number; messageId: number } | null>(null);

  function thread(id: number): Thread {
    if (!threads.value[id]) threads.value[id] = emptyThread();
    return threads.value[id];
  }

  function merge(id: number, incoming: MessageDto[], authoritative = false) {
    const t = thread(id);
    let items = t.items;
    // Our own message coming back from the server replaces its local stand-in.
    for (const m of incoming) items = dropLocalTwin(items, m);
    t.items = mergeMessages(items, incoming, authoritative);
  }

  function dropLocalTwin(items: ThreadMessage[], m: MessageDto): ThreadMessage[] {
    if (m.senderType !== 'agent' || m.senderId !== session.user?.id) return items;
    const at = items.findIndex(
      (x) => x.localId && x.status === 'pending' && x.private === m.private && (x.text ?? '') === (m.text ?? '') && x.attachments.length === m.attachments.length,
    );
    if (at < 0) return items;
    localSends.delete(items[at].localId as string);
    return items.filter((_, i) => i !== at);
  }

  /** The latest page; used on open and, through catchUp, after a reconnect. */
  async function load(id: number) {
    const t = thread(id);
    if (t.loading) return;
    t.loading = true;
    t.error = null;
    try {
      const { items } = await api.messages(id, undefined, MESSAGE_PAGE);
      merge(id, items);
      if (!t.loaded) t.hasOlder = items.length === MESSAGE_PAGE;
      t.loaded = true;
    } catch (error) {
      t.error = error;
    } finally {
      t.loading = false;
    }
  }

  async function loadOlder(id: number): Promise<number> {
    const t = thread(id);
    if (t.loadingOlder || !t.hasOlder || !t.loaded) return 0;
    const before = oldestId(t.items);
    if (before === undefined) {
      t.hasOlder = false;
      return 0;
    }
    t.loadingOlder = true;
    try {
      const { items } = await api.messages(id, before, MESSAGE_PAGE);
      merge(id, items);
      t.hasOlder = items.length === MESSAGE_PAGE;
      return items.length;
    } catch (error) {
      t.error = error;
      return 0;
    } finally {
      t.loadingOlder = false;
    }
  }

  /**
   * After a network drop: walks back from the newest page until it meets a
   * message we already have, so nothing written meanwhile is missed even if
   * more than one page arrived.
   */
  async function catchUp(id: number) {
    const t = thread(id);
    if (!t.loaded) return load(id);
    const known = newestId(t.items);
    let before: number | undefined;
    for (let page = 0; page < CATCH_UP_PAGES; page++) {
      const { items } = await api.messages(id, before, MESSAGE_PAGE);
      merge(id, items);
      if (items.length < MESSAGE_PAGE || known === undefined || items[0].id <= known) return;
      before = items[0].id;
    }
  }

  /** A `message.created` / `message.updated` from the socket. Threads never opened are not kept. */
  function receive(m: MessageDto) {
    if (!threads.value[m.conversationId]) return;
    merge(m.conversationId, [m], true);
    if (m.direction === 'in') setCustomerTyping(m.conversationId, false);
  }

  /**
   * Shows the message at once (pending), then stores it. The server answers
   * with the message already delivered or failed (the channel is called
   * inside the request), and the socket may bring it first: both replace
   * the local one.
   */
  async function send(conversation: Pick<ConversationDto, 'id' | 'inboxId'>, body: SendBody, attachments: AttachmentDto[] = [], replyTo: MessageQuote | null = null) {
    const conversationId = conversation.id;
    const localId = `local-${++localSeq}`;
    const me = session.user;
    const local: ThreadMessage = {
      id: -localSeq,
      localId,
      conversationId,
      inboxId: conversation.inboxId,
      direction: 'out',
      senderType: 'agent',
      senderId: me?.id ?? null,
      senderName: me?.name ?? null,
      kind: attachments.length && !body.text ? 'file' : 'text',
      text: body.text ?? null,
      payload: null,
      attachments,
      status: 'pending',
      error: null,
      private: body.private ?? false,
      edited: false,
      clientMessageId: null,
      createdAt: new Date().toISOString(),
      replyTo,
    };
    const t = thread(conversationId);
    t.items = [...t.items, local];
    localSends.set(localId, { conversationId, body });
    await deliver(localId);
  }

  async function deliver(localId: string) {
    const job = localSends.get(localId);
    if (!job) return;
    const t = thread(job.conversationId);
    try {
      const { message } = await api.send(job.conversationId, job.body);
      localSends.delete(localId);
      t.items = t.items.filter((m) => m.localId !== localId);
      merge(job.conversationId, [message]);
    } catch (error) {
      // Not stored by the server (network, 403, 400): keep it here with the reason and a retry.
      const reason = error instanceof ApiError ? error : null;
      t.items = t.items.map((m) =>
        m.localId === localId ? { ...m, status: 'failed', error: reason?.network ? null : (reason?.message ?? null) } : m,
      );
      throw error;
    }
  }

  /**
   * A stored message the channel refused: the server sends it again
   * (POST /api/messages/:id/retry). It shows "sending" at once; the socket
   * brings the outcome. Errors (409: already retried) go to the caller.
   */
  async function retrySent(conversationId: number, messageId: number) {
    const t = thread(conversationId);
    const before = t.items.find((m) => m.id === messageId);
    if (before) merge(conversationId, [{ ...before, status: 'pending', error: null }], true);
    try {
      const { message } = await api.retryMessage(messageId);
      merge(conversationId, [message]);
    } catch (error) {
      if (before) merge(conversationId, [before], true);
      throw error;
    }
  }

  /** Sends a message that never reached the server again. */
  async function retry(localId: string) {
    const job = localSends.get(localId);
    if (!job) return;
    const t = thread(job.conversationId);
    t.items = t.items.map((m) => (m.localId === localId ? { ...m, status: 'pending', error: null } : m));
    await deliver(localId);
  }

  function discard(localId: string) {
    const job = localSends.get(localId);
    if (!job) return;
    localSends.delete(localId);
    const t = thread(job.conversationId);
    t.items = t.items.filter((m) => m.localId !== localId);
  }

  function setCustomerTyping(conversationId: number, on: boolean) {
    const timer = typingTimers.get(conversationId);
    if (timer) clearTimeout(timer);
    typingTimers.delete(conversationId);
    const next = { ...customerTyping.value };
    if (on) {
      next[conversationId] = Date.now() + TYPING_TTL_MS;
      typingTimers.set(
        conversationId,
        setTimeout(() => setCustomerTyping(conversationId, false), TYPING_TTL_MS),
      );
    } else delete next[conversationId];
    customerTyping.value = next;
  }

  function reset() {
    threads.value = {};
    revealing.value = null;
    customerTyping.value = {};
    localSends.clear();
  }

  return { threads, customerTyping, revealing, thread, load, loadOlder, catchUp, receive, send, retry, retrySent, discard, setCustomerTyping, reset };
});
