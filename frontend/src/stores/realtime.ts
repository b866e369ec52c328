import { defineStore } from 'pinia';
import { ref, shallowRef, watch, type WatchStopHandle } from 'vue';
import { connectAgentSocket, type AgentSocketLike } from '../api/socket';
import type { AgentDto, ContactDetailsDto, ConversationDto, LabelDto, MentionDto, MessageDto, SlaAlert } from '../api/types';
import { beep, notify } from '../lib/alerts';
import { useAgentsStore } from './agents';
import { useContactPanelStore } from './contact-panel';
import { useLabelsStore } from './labels';
import { useConversationsStore } from './conversations';
import { useMentionsStore } from './mentions';
import { useMessagesStore } from './messages';
import { useSessionStore } from './session';
import { useToastsStore } from './toasts';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface RealtimeOptions {
  /** Translated texts for the system notification. */
  texts?: {
    newConversation: (name: string) => string;
    body: (preview: string) => string;
    mentioned?: (author: string) => string;
    /** An SLA target of a conversation is near its due time (`warning`) or past it (`breached`). */
    sla?: (kind: 'warning' | 'breached', alert: SlaAlert) => string;
  };
  /** Called when the server refuses the token: the session is over. */
  onUnauthorized?: (message: string) => void;
  /** Opens a conversation when its notification is clicked. */
  onOpen?: (id: number) => void;
  /** Tests hand in a fake socket. */
  socket?: AgentSocketLike;
}

/**
 * The `/agents` socket wired into the stores (docs/api.md). After any
 * reconnect it catches up: the list and the open conversation's newest
 * messages are fetched again and merged by id.
 */
export const useRealtimeStore = defineStore('realtime', () => {
  const state = ref<ConnectionState>('connecting');
  const socket = shallowRef<AgentSocketLike | null>(null);
  /** Conversations I was seen holding, so losing one (close, transfer) refreshes my load too. */
  const mine = new Set<number>();
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let queueTimer: ReturnType<typeof setTimeout> | undefined;
  let stopWatching: WatchStopHandle | undefined;

  function start(token: string, options: RealtimeOptions = {}) {
    stop();
    const session = useSessionStore();
    const conversations = useConversationsStore();
    const panel = useContactPanelStore();
    const messages = useMessagesStore();
    const labelCatalogue = useLabelsStore();
    const agents = useAgentsStore();
    const mentions = useMentionsStore();
    const s = options.socket ?? connectAgentSocket(token);
    socket.value = s;
    state.value = 'connecting';
    let connectedBefore = false;
    const me = () => session.user?.id ?? null;

    // My load ("3 / 5") changes without an agent.updated when a slot is taken or freed; read it again.
    const refreshMeSoon = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void session.refresh().catch(() => {}), 250);
    };

    const trackMine = (c: ConversationDto) => {
      const isMine = c.assigneeId !== null && c.assigneeId === me() && c.status === 'assigned';
      if (isMine || mine.has(c.id)) refreshMeSoon();
      if (isMine) mine.add(c.id);
      else mine.delete(c.id);
    };

    const alert = (c: ConversationDto) => {
      conversations.flag(c.id);
      beep();
      const name = c.contact?.name || c.contact?.email || `#${c.id}`;
      const preview = c.lastMessage?.text ?? '';
      notify(options.texts?.newConversation(name) ?? name, options.texts?.body(preview) ?? preview, () => options.onOpen?.(c.id));
    };

    // The server sends the customer's typing only to tabs that say which conversation they show; rooms do not survive a reconnect.
    const watchOpen = () => {
      if (s.connected) s.emit('conversation.watch', { conversationId: conversations.currentId ?? null });
    };
    stopWatching = watch(
      () => conversations.currentId,
      (_id, previous) => {
        // Its "stopped typing" will not reach this tab any more.
        if (previous) messages.setCustomerTyping(previous, false);
        watchOpen();
      },
    );

    s.on('connect', () => {
      state.value = 'online';
      watchOpen();
      if (connectedBefore) {
        void conversations.refresh();
        if (conversations.currentId) void messages.catchUp(conversations.currentId).catch(() => {});
        refreshMeSoon();
        // Mentions made while the socket was down were never pushed.
        void mentions.load().catch(() => {});
      }
      connectedBefore = true;
    });
    s.on('disconnect', (reason: string) => {
      state.value = 'offline';
      // The server closed this connection on purpose (a deploy, an admin kick): socket.io leaves reconnecting to us.
      if (reason === 'io server disconnect') {
        setTimeout(() => {
          if (socket.value === s) s.connect();
        }, 1_000);
      }
    });
    s.on('connect_error', (error: Error) => {
      state.value = 'offline';
      // The handshake refuses an expired or voided token with the auth service's message.
      if (/token|log in/i.test(error?.message ?? '')) {
        stop();
        options.onUnauthorized?.(error.message);
      }
    });

    s.on('conversation.created', ({ conversation }: { conversation: ConversationDto }) => conversations.upsert(conversation));
    s.on('conversation.updated', ({ conversation }: { conversation: ConversationDto }) => {
      conversations.upsert(conversation);
      trackMine(conversation);
    });
    s.on('conversation.assigned', ({ conversation }: { conversation: ConversationDto }) => {
      conversations.upsert(conversation);
      trackMine(conversation);
      if (conversation.assigneeId === me() && !conversations.takenByMe(conversation.id)) alert(conversation);
    });
    s.on('conversation.offered', ({ conversation }: { conversation: ConversationDto }) => {
      conversations.addOffer(conversation);
      alert(conversation);
    });
    s.on('message.created', ({ message }: { message: MessageDto }) => {
      messages.receive(message);
      conversations.noteMessage(message);
    });
    s.on('message.updated', ({ message }: { message: MessageDto }) => messages.receive(message));
    s.on('typing', ({ conversationId, on }: { conversationId: number; on: boolean }) => messages.setCustomerTyping(conversationId, on));
    s.on('contact.updated', ({ contact }: { contact: ContactDetailsDto }) => panel.changed(contact));
    s.on('contact.merged', ({ contactId, contact }: { contactId: number; contact: ContactDetailsDto }) => {
      conversations.contactMerged(contactId, contact);
      void panel.merged(contactId, contact);
    });
    s.on('agent.updated', ({ agent }: { agent: AgentDto }) => {
      session.applyAgent(agent);
      agents.applyAgent(agent);
    });
    s.on('labels.updated', ({ labels }: { labels: LabelDto[] }) => labelCatalogue.replace(labels));
    // A colleague asked me in a note: the bell counts it, and the system notification says who when the tab is not in front.
    s.on('mention.created', ({ mention }: { mention: MentionDto }) => {
      mentions.add(mention);
      beep();
      notify(options.texts?.mentioned?.(mention.authorName ?? '') ?? mention.authorName ?? '', mention.excerpt, () => options.onOpen?.(mention.conversationId), 'inbox-mention');
    });
    // The holder and the supervisors hear of a target near its due time, or past it: the badges show which.
    for (const kind of ['warning', 'breached'] as const) {
      s.on(`sla.${kind}`, (alert: SlaAlert) => {
        const text = options.texts?.sla?.(kind, alert);
        if (!text) return;
        useToastsStore().push(kind === 'breached' ? 'error' : 'info', text);
        if (kind === 'breached') notify(text, '', () => options.onOpen?.(alert.conversationId), `inbox-sla-${alert.conversationId}`);
      });
    }
    // The queue moved (someone took one, or one is waiting for nobody): a light refresh of that tab.
    s.on('queue.updated', () => {
      if (conversations.view !== 'queue') return;
      clearTimeout(queueTimer);
      queueTimer = setTimeout(() => void conversations.refresh(false), 400);
    });
  }

  function stop() {
    stopWatching?.();
    stopWatching = undefined;
    clearTimeout(refreshTimer);
    clearTimeout(queueTimer);
    socket.value?.disconnect();
    socket.value = null;
    mine.clear();
    state.value = 'offline';
  }

  /** The operator is typing: the customer's widget shows it. */
  function sendTyping(conversationId: number, on: boolean) {
    if (socket.value?.connected) socket.value.emit('typing', { conversationId, on });
  }

  return { state, socket, start, stop, sendTyping };
});
