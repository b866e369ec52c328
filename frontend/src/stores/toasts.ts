import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError } from '../api/http';

export interface Toast {
  id: number;
  kind: 'error' | 'info' | 'success';
  /** Already translated text. */
  text: string;
  /** A hint on what to do next, shown under the text. */
  hint?: string;
}

let seq = 0;

export const useToastsStore = defineStore('toasts', () => {
  const items = ref<Toast[]>([]);

  function push(kind: Toast['kind'], text: string, hint?: string, ttlMs = kind === 'error' ? 8_000 : 4_000): number {
    const id = ++seq;
    // The same message twice in a row (a double click) shows once.
    if (items.value.some((t) => t.text === text && t.kind === kind)) return id;
    items.value = [...items.value.slice(-3), { id, kind, text, hint }];
    if (ttlMs > 0) setTimeout(() => dismiss(id), ttlMs);
    return id;
  }

  function dismiss(id: number) {
    items.value = items.value.filter((t) => t.id !== id);
  }

  /** A failed request as an error toast: its text (errorText) and the hint on what to do next. */
  function pushFailure(error: unknown, t: (key: string) => string): number {
    const { text, hint } = errorText(error, t);
    return push('error', text, hint);
  }

  return { items, push, dismiss, pushFailure };
});

/**
 * The text to show for a failed request: the server's own message (409s
 * explain themselves: "You have 5 of 5 open conversations…"), or a
 * translated fallback for network failures and server faults.
 */
export function errorText(error: unknown, t: (key: string) => string): { text: string; hint?: string } {
  if (error instanceof ApiError) {
    if (error.network) return { text: t('errors.network'), hint: t('errors.networkHint') };
    if (error.status >= 500) return { text: t('errors.server'), hint: t('errors.serverHint') };
    if (error.status === 403) return { text: error.message || t('errors.forbidden') };
    return { text: error.message || t('errors.unknown') };
  }
  return { text: t('errors.unknown'), hint: t('errors.serverHint') };
}
