import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/endpoints';
import type { MentionDto } from '../api/types';

/** The operator's unread mentions: the bell's count and the Mentions view; `mention.created` adds to them live. */
export const useMentionsStore = defineStore('mentions', () => {
  const unread = ref<MentionDto[]>([]);
  const count = computed(() => unread.value.length);

  async function load() {
    unread.value = (await api.mentions()).items;
  }

  /** A push of a new one (or one the list has already, after a reconnect's reload): newest first, each once. */
  function add(mention: MentionDto) {
    unread.value = [mention, ...unread.value.filter((m) => m.id !== mention.id)].sort((a, b) => b.id - a.id);
  }

  async function markRead(id: number) {
    await api.readMention(id);
    unread.value = unread.value.filter((m) => m.id !== id);
  }

  /** Opening the conversation reads its mentions. */
  async function markConversationRead(conversationId: number) {
    await Promise.all(unread.value.filter((m) => m.conversationId === conversationId).map((m) => markRead(m.id)));
  }

  function reset() {
    unread.value = [];
  }

  return { unread, count, load, add, markRead, markConversationRead, reset };
});
