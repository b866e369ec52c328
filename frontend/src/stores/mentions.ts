import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/endpoints';
import type { MentionDto } from '../api/types';

/** As the server's rule (mention.policy.ts): a mention lets its operator add notes while unread and for a week after it was made. */
const ACCESS_MS = 7 * 86_400_000;

/**
 * The operator's mentions (the newest 100, read or not): the bell counts
 * the unread ones, the Mentions view lists them, and the dialog lets a
 * mentioned operator add notes; `mention.created` adds to them live.
 */
export const useMentionsStore = defineStore('mentions', () => {
  const recent = ref<MentionDto[]>([]);
  const unread = computed(() => recent.value.filter((m) => m.readAt === null));
  const count = computed(() => unread.value.length);

  async function load() {
    recent.value = (await api.mentions(false)).items;
  }

  /** A push of a new one (or one the list has already, after a reconnect's reload): newest first, each once. */
  function add(mention: MentionDto) {
    recent.value = [mention, ...recent.value.filter((m) => m.id !== mention.id)].sort((a, b) => b.id - a.id);
  }

  async function markRead(id: number) {
    add((await api.readMention(id)).mention);
  }

  /** Opening the conversation reads its mentions. */
  async function markConversationRead(conversationId: number) {
    await Promise.all(unread.value.filter((m) => m.conversationId === conversationId).map((m) => markRead(m.id)));
  }

  /** Whether a mention lets me add notes to this conversation though it is not mine. */
  function grantsNotes(conversationId: number, now = Date.now()): boolean {
    return recent.value.some((m) => m.conversationId === conversationId && (m.readAt === null || now - new Date(m.createdAt).getTime() < ACCESS_MS));
  }

  function reset() {
    recent.value = [];
  }

  return { recent, unread, count, load, add, markRead, markConversationRead, grantsNotes, reset };
});
