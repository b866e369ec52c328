import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api } from '../api/endpoints';
import type { MacroDto } from '../api/types';

/** The macros the operator may run (the palette, the header's menu), loaded once and again after Settings → Macros changes them. */
export const useMacrosStore = defineStore('macros', () => {
  const items = ref<MacroDto[]>([]);
  let loaded: Promise<void> | null = null;

  function ensureLoaded(): Promise<void> {
    loaded ??= api.macros().then(
      (answer) => {
        items.value = answer.items;
      },
      (error: unknown) => {
        loaded = null;
        throw error;
      },
    );
    return loaded;
  }

  function invalidate() {
    loaded = null;
  }

  return { items, ensureLoaded, invalidate };
});
