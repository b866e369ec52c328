import { ref, watch, type Ref } from 'vue';

/**
 * The keys of a menu under the composer's textarea, which keeps the focus
 * and forwards its keys: arrows move (wrapping), Enter or Tab picks the
 * active item (Shift+Enter stays the textarea's), Escape closes. The active
 * item goes back to the first whenever the query changes.
 */
export function usePickerKeys<T>(matches: Ref<T[]>, query: () => string, pick: (item: T | undefined) => void, close: () => void) {
  const active = ref(0);
  watch(query, () => (active.value = 0));

  /** Returns true when the key was the picker's. */
  function onKey(event: KeyboardEvent): boolean {
    const n = matches.value.length;
    switch (event.key) {
      case 'ArrowDown':
        if (n) active.value = (active.value + 1) % n;
        return true;
      case 'ArrowUp':
        if (n) active.value = (active.value - 1 + n) % n;
        return true;
      case 'Enter':
      case 'Tab':
        if (!n || event.shiftKey) return false;
        pick(matches.value[active.value]);
        return true;
      case 'Escape':
        close();
        return true;
      default:
        return false;
    }
  }

  return { active, onKey };
}
