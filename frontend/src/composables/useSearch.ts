import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import { api } from '../api/endpoints';
import type { SearchHit } from '../api/types';
import { QUERY_MIN_CHARS } from '../lib/search';
import { errorText } from '../stores/toasts';

/** Long enough to wait out a word being typed, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The conversation search behind the list's search field: what is typed
 * goes to GET /api/search once typing pauses. `active` from the second
 * character on (the list gives way to the results); `error` is the line to
 * show in their place (the server's own for a 400).
 */
export function useSearch(t: (key: string) => string) {
  const query = ref('');
  const term = computed(() => query.value.trim());
  const active = computed(() => term.value.length >= QUERY_MIN_CHARS);
  const hits = shallowRef<SearchHit[]>([]);
  /** The query `hits` answer, for marking their matches (not what has been typed since). */
  const answered = ref('');
  /** From the keystroke on, so an outdated "nothing found" never shows for the new query. */
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** The hit arrows move to and Enter opens. */
  const selected = ref(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to queries typed over since are dropped. */
  let generation = 0;

  watch(term, (q) => {
    clearTimeout(timer);
    const gen = ++generation;
    if (q.length < QUERY_MIN_CHARS) {
      hits.value = [];
      answered.value = '';
      error.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    timer = setTimeout(() => void run(q, gen), SEARCH_DEBOUNCE_MS);
  });
  onScopeDispose(() => clearTimeout(timer));

  async function run(q: string, gen: number) {
    try {
      const { items } = await api.search(q);
      if (gen !== generation) return;
      hits.value = items;
      error.value = null;
    } catch (e) {
      if (gen !== generation) return;
      hits.value = [];
      error.value = errorText(e, t).text;
    }
    answered.value = q;
    selected.value = 0;
    loading.value = false;
  }

  function move(step: 1 | -1) {
    const n = hits.value.length;
    if (n) selected.value = (selected.value + step + n) % n;
  }

  function clear() {
    query.value = '';
  }

  return { query, active, hits, answered, loading, error, selected, move, clear };
}
