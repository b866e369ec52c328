import { markRaw } from 'vue';

/**
 * A list row as the stores keep it: frozen and outside Vue's reactivity.
 * Rows are replaced whole when they change, so thousands of them cost no
 * deep proxies.
 */
export function frozenRow<T extends object>(row: T): T {
  return markRaw(Object.freeze({ ...row }));
}
