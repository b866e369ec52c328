import { defineStore } from 'pinia';
import { computed, ref, shallowRef, triggerRef } from 'vue';
import { api, type AttributeChanges } from '../api/endpoints';
import type { ContactDetailsDto, ConversationDto, ConversationView, MessageDto, SnoozeBody } from '../api/types';
import { frozenRow } from '../lib/frozen-row';
import { byDue, byPriority, compareFor, matchesView, upsertSorted, type ListFilters } from './conversation-list';
import { KEYS, storage } from '../lib/storage';
import { useContactPanelStore } from './contact-panel';
import { useSessionStore } from './session';

/** Offer mode without an `offerExpiresAt` from the server: the backend's default offer time. */
export const DEFAULT_OFFER_SECONDS = 60;
const PAGE = 100;
export interface Offer {
  conversation: ConversationDto;
  /** Epoch ms; the offer is withdrawn by the server then. */
  expiresAt: number;
  /** The whole time given, ms (for the progress bar). */
  total: number;
}

/**
 * The conversation list (one view and filter at a time), the open
 * conversation with its contact, offers waiting for an answer, unread
 * counts and the "new for you" count of the tab title.
 *
 * The list is a shallowRef of frozen rows: 10,000 conversations cost no
 * deep reactivity, and every change replaces the array.
 */
export const useConversationsStore = defineStore('conversations', () => {
  const session = useSessionStore();
  const panel = useContactPanelStore();

  const view = ref<ConversationView>('mine');
  const filters = ref<ListFilters>({ inboxId: null, channel: null, status: null, label: null, attr: null });
  /** How the list is shown: in the view's order, by priority first, or by the SLA target due soonest (of the conversations loaded). */
  const sort = ref<'time' | 'priority' | 'due'>('time');
  const shown = computed(() => (sort.value === 'priority' ? byPriority(items.value) : sort.value === 'due' ? byDue(items.value) : items.value));
  const items = shallowRef<ConversationDto[]>([]);
  const nextCursor = ref<number | null>(null);
  const loading = ref(false);
  const loadingMore = ref(false);
  const loadError = ref<unknown>(null);
  /** Ignores answers to list requests that were overtaken by a newer one (tab switched meanwhile). */
  let generation = 0;

  const currentId = ref<number | null>(null);
  const current = ref<ConversationDto | null>(null);
  const currentLoading = ref(false);
  const currentError = ref<unknown>(null);

  const offers = ref<Record<number, Offer>>({});
  const unread = ref<Record<number, number>>(storage.getJson(KEYS.unread, {}));
  /** Conversations given or offered to me that I have not opened yet: the count in the tab title. */
  const attention = ref<number[]>([]);

  /** Conversations I took myself just now: their `conversation.assigned` is no news to me (no beep). */
  const selfTaken = new Set<number>();

  const meId = () => session.user?.id ?? null;
  const offerList = computed(() => Object.values(offers.value).sort((a, b) => a.expiresAt - b.expiresAt));

  async function load() {
    const gen = ++generation;
    loading.value = true;
    loadError.value = null;
    try {
      const page = await api.conversations({ view: view.value, ...filters.value, limit: PAGE });
      if (gen !== generation) return;
      items.value = page.items.map(frozenRow);
      nextCursor.value = page.nextCursor ?? null;
    } catch (error) {
      if (gen === generation) loadError.value = error;
    } finally {
      if (gen === generation) loading.value = false;
    }
  }

  async function loadMore() {
    if (loadingMore.value || loading.value || nextCursor.value === null) return;
    const gen = generation;
    loadingMore.value = true;
    try {
      const page = await api.conversations({ view: view.value, ...filters.value, cursor: nextCursor.value, limit: PAGE });
      if (gen !== generation) return;
      let list = items.value;
      for (const c of page.items) list = upsertSorted(list, frozenRow(c), view.value);
      items.value = list;
      nextCursor.value = page.nextCursor ?? null;
    } catch (error) {
      if (gen === generation) loadError.value = error;
    } finally {
      loadingMore.value = false;
    }
  }

  /**
   * After a reconnect: the first page again, merged by id. Rows in the
   * range that page covers are replaced by what the server has now (so a
   * conversation closed while we were away leaves); older rows stay.
   */
  async function refresh(withCurrent = true) {
    const gen = ++generation;
    try {
      const page = await api.conversations({ view: view.value, ...filters.value, limit: PAGE });
      if (gen !== generation) return;
      const fresh = page.items.map(frozenRow);
      if (page.nextCursor == null) {
        items.value = fresh;
        nextCursor.value = null;
        return;
      }
      const last = fresh[fresh.length - 1];
      const cmp = compareFor(view.value);
      // Keep what lies beyond the fresh page's last row; the page itself replaces the rest.
      const beyond = items.value.filter((c) => cmp(c, last) > 0 && !fresh.some((f) => f.id === c.id));
      items.value = fresh.concat(beyond);
      if (beyond.length === 0) nextCursor.value = page.nextCursor ?? null;
    } catch {
      /* the socket is back but REST is not yet: the next reconnect or event fixes it */
    }
    if (withCurrent && currentId.value) void reloadCurrent();
  }

  function setView(next: ConversationView) {
    if (next === view.value) return;
    view.value = next;
    items.value = [];
    void load();
  }

  function setFilters(next: Partial<ListFilters>) {
    filters.value = { ...filters.value, ...next };
    items.value = [];
    void load();
  }

  /** A conversation changed (socket or our own action): update the list, the open one and offers. */
  function upsert(incoming: ConversationDto) {
    const c = frozenRow(incoming);
    const inList = items.value.some((x) => x.id === c.id);
    if (matchesView(c, view.value, filters.value, meId())) items.value = upsertSorted(items.value, c, view.value);
    else if (inList) items.value = items.value.filter((x) => x.id !== c.id);
    if (current.value && current.value.id === c.id) current.value = c;
    const offer = offers.value[c.id];
    if (offer && (c.status !== 'queued' || (c.offeredTo != null && c.offeredTo !== meId()))) dropOffer(c.id);
    if (c.status === 'closed') markRead(c.id);
    panel.conversationChanged(c);
  }

  /** A message arrived or was sent: refresh the row's preview and count it as unread if it is not on screen. */
  function noteMessage(m: MessageDto) {
    if (m.private) return;
    const at = items.value.findIndex((c) => c.id === m.conversationId);
    if (at >= 0) {
      const row = items.value[at];
      if (!row.lastMessage || Date.parse(row.lastMessage.createdAt) <= Date.parse(m.createdAt)) {
        const updated = frozenRow({
          ...row,
          lastMessageAt: m.createdAt,
          lastMessage: { text: m.text ?? (m.attachments[0]?.fileName ?? null), direction: m.direction, senderType: m.senderType, kind: m.kind, createdAt: m.createdAt },
        });
        const next = items.value.slice();
        next[at] = updated;
        items.value = next;
      }
    }
    const onScreen = currentId.value === m.conversationId && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
    if (m.direction === 'in' && !onScreen) {
      unread.value = { ...unread.value, [m.conversationId]: (unread.value[m.conversationId] ?? 0) + 1 };
      storage.setJson(KEYS.unread, unread.value);
    }
  }

  function markRead(id: number) {
    if (!unread.value[id]) return;
    const next = { ...unread.value };
    delete next[id];
    unread.value = next;
    storage.setJson(KEYS.unread, next);
  }

  function addOffer(c: ConversationDto) {
    const expiresAt = c.offerExpiresAt ? Date.parse(c.offerExpiresAt) : Date.now() + DEFAULT_OFFER_SECONDS * 1000;
    offers.value = { ...offers.value, [c.id]: { conversation: frozenRow(c), expiresAt, total: Math.max(1, expiresAt - Date.now()) } };
    upsert(c);
    flag(c.id);
  }

  function dropOffer(id: number) {
    if (!offers.value[id]) return;
    const next = { ...offers.value };
    delete next[id];
    offers.value = next;
    unflag(id);
  }

  /** Expired offers leave by themselves (the server moves them on at the same moment). */
  function expireOffers(now = Date.now()) {
    for (const o of Object.values(offers.value)) if (o.expiresAt <= now) dropOffer(o.conversation.id);
  }

  function flag(id: number) {
    if (id !== currentId.value && !attention.value.includes(id)) attention.value = [...attention.value, id];
  }

  function unflag(id: number) {
    if (attention.value.includes(id)) attention.value = attention.value.filter((x) => x !== id);
  }

  /** Opens a conversation in the dialog pane: details, contact and their other conversations. */
  async function open(id: number | null) {
    currentId.value = id;
    if (id === null) {
      current.value = null;
      panel.forget();
      return;
    }
    markRead(id);
    unflag(id);
    const cached = items.value.find((c) => c.id === id) ?? offers.value[id]?.conversation ?? null;
    current.value = cached;
    if (!cached || panel.contact?.id !== cached.contact?.id) panel.forget();
    await reloadCurrent();
  }

  async function reloadCurrent() {
    const id = currentId.value;
    if (!id) return;
    currentLoading.value = true;
    currentError.value = null;
    try {
      const details = await api.conversation(id);
      if (currentId.value !== id) return;
      current.value = frozenRow(details.conversation);
      await panel.show(details.contact);
    } catch (error) {
      if (currentId.value === id) currentError.value = error;
    } finally {
      if (currentId.value === id) currentLoading.value = false;
    }
  }

  /**
   * `contact.merged` from the socket: rows keep the summary they were sent
   * with, so those of either contact take the survivor's.
   */
  function contactMerged(mergedId: number, survivor: ContactDetailsDto) {
    const involved = (contactId: number | undefined) => contactId === mergedId || contactId === survivor.id;
    const summary = { id: survivor.id, name: survivor.name, email: survivor.email, phone: survivor.phone };
    const relabel = (c: ConversationDto) => (involved(c.contact?.id) ? frozenRow({ ...c, contact: summary }) : c);
    const list = items.value.map(relabel);
    if (list.some((c, i) => c !== items.value[i])) items.value = list;
    if (current.value) current.value = relabel(current.value);
  }

  /** Takes a queued conversation or accepts an offer. Errors (409 at the limit) go to the caller. */
  async function accept(id: number) {
    selfTaken.add(id);
    setTimeout(() => selfTaken.delete(id), 10_000);
    const { conversation } = await api.accept(id);
    dropOffer(id);
    upsert(conversation);
    return conversation;
  }

  async function decline(id: number) {
    try {
      await api.decline(id);
    } finally {
      // Broadcast offers are not "offered to" anyone in particular: the server says 409, we just hide it.
      dropOffer(id);
    }
  }

  async function close(id: number) {
    const { conversation } = await api.close(id);
    upsert(conversation);
    return conversation;
  }

  async function snooze(id: number, body: SnoozeBody) {
    const { conversation } = await api.snooze(id, body);
    upsert(conversation);
    return conversation;
  }

  async function unsnooze(id: number) {
    const { conversation } = await api.unsnooze(id);
    upsert(conversation);
    return conversation;
  }

  async function setPriority(id: number, priority: ConversationDto['priority']) {
    const { conversation } = await api.setPriority(id, priority);
    upsert(conversation);
    return conversation;
  }

  /** The whole set of labels the conversation carries from now on. */
  async function setLabels(id: number, labelIds: number[]) {
    const { conversation } = await api.setLabels(id, labelIds);
    upsert(conversation);
    return conversation;
  }

  /** Some of the conversation's custom attributes; 400 (naming the attribute) goes to the caller. */
  async function setAttributes(id: number, attributes: AttributeChanges) {
    const { conversation } = await api.setConversationAttributes(id, attributes);
    upsert(conversation);
    return conversation;
  }

  async function transfer(id: number, target: { agentId?: number; teamId?: number; override?: boolean }) {
    const { conversation } = await api.transfer(id, target);
    upsert(conversation);
    return conversation;
  }

  function takenByMe(id: number) {
    return selfTaken.has(id);
  }

  /** For keyboard navigation: the id next to the open one in the visible list. */
  function neighbour(step: 1 | -1): number | null {
    const list = shown.value;
    if (list.length === 0) return null;
    const at = list.findIndex((c) => c.id === currentId.value);
    if (at < 0) return list[step === 1 ? 0 : list.length - 1].id;
    const next = at + step;
    return next >= 0 && next < list.length ? list[next].id : null;
  }

  /** Test and bench helper: replace the list wholesale. */
  function setItems(list: ConversationDto[]) {
    items.value = list.map(frozenRow);
    triggerRef(items);
  }

  function reset() {
    generation++;
    items.value = [];
    nextCursor.value = null;
    offers.value = {};
    attention.value = [];
    currentId.value = null;
    current.value = null;
    panel.forget();
  }

  return {
    view,
    filters,
    items,
    nextCursor,
    loading,
    loadingMore,
    loadError,
    currentId,
    current,
    contactMerged,
    currentLoading,
    currentError,
    offers,
    offerList,
    unread,
    attention,
    load,
    loadMore,
    refresh,
    setView,
    setFilters,
    upsert,
    noteMessage,
    markRead,
    addOffer,
    dropOffer,
    expireOffers,
    flag,
    unflag,
    open,
    reloadCurrent,
    accept,
    decline,
    close,
    setLabels,
    setAttributes,
    setPriority,
    snooze,
    unsnooze,
    sort,
    shown,
    transfer,
    takenByMe,
    neighbour,
    setItems,
    reset,
  };
});
