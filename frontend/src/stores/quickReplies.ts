import { defineStore } from 'pinia';
import { ref } from 'vue';
import { http } from '../api/http';
import type { Answer } from '../api/openapi';
import type { QuickReply } from '../lib/quick-replies';

/** Where quick replies come from. The picker only knows this interface. */
export interface QuickReplySource {
  list(locale: string): Promise<QuickReply[]>;
  /** Whether ids are real rows the server knows (then they go along with the message as `quickReplyId`). */
  readonly persisted: boolean;
}

/** The operator's quick replies from `GET /api/quick-replies`: global, their teams' and their own, most used first. */
export const quickReplySource: QuickReplySource = {
  persisted: true,
  list: () => http.get<Answer<'/api/quick-replies', 'get'>>('/api/quick-replies').then((r) => r.items),
};

export const useQuickRepliesStore = defineStore('quickReplies', () => {
  const items = ref<QuickReply[]>([]);
  const loadedFor = ref<string | null>(null);
  let source: QuickReplySource = quickReplySource;

  async function load(locale: string) {
    if (loadedFor.value === locale) return;
    items.value = await source.list(locale);
    loadedFor.value = locale;
  }

  /** Tests (and a future admin screen preview) swap the source. */
  function useSource(next: QuickReplySource) {
    source = next;
    loadedFor.value = null;
  }

  /** The list changed (the admin screen): the next load fetches it again. */
  function invalidate() {
    loadedFor.value = null;
  }

  const persisted = () => source.persisted;

  return { items, load, useSource, invalidate, persisted };
});
