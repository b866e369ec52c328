import { defineStore } from 'pinia';
import { ref } from 'vue';
import { EXAMPLE_QUICK_REPLIES } from '../lib/quick-replies.examples';
import type { QuickReply } from '../lib/quick-replies';

/** Where quick replies come from. The picker only knows this interface. */
export interface QuickReplySource {
  list(locale: string): Promise<QuickReply[]>;
  /** Whether ids are real rows the server knows (then they go along with the message as `quickReplyId`). */
  readonly persisted: boolean;
}

/**
 * TEMPORARY: the quick-replies API (`GET /api/quick-replies`, DESIGN §8)
 * does not exist yet, so the picker runs on built-in examples held in
 * memory. When the endpoint lands, wiring it is this one line:
 *
 *   export const quickReplySource: QuickReplySource = { persisted: true, list: () => http.get<{ items: QuickReply[] }>('/api/quick-replies').then((r) => r.items) };
 */
export const quickReplySource: QuickReplySource = {
  persisted: false,
  list: async (locale) => EXAMPLE_QUICK_REPLIES[locale] ?? EXAMPLE_QUICK_REPLIES.en,
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

  const persisted = () => source.persisted;

  return { items, load, useSource, persisted };
});
