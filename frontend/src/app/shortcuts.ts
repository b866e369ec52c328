import { onBeforeUnmount, onMounted } from 'vue';

export type ShortcutId = 'next' | 'prev' | 'reply' | 'note' | 'accept' | 'transfer' | 'close' | 'labels' | 'snooze' | 'tabMine' | 'tabQueue' | 'tabAll' | 'search';

interface Shortcut {
  id: ShortcutId | 'send' | 'newline' | 'quickReply' | 'macros' | 'escape';
  /** How the help shows it. */
  keys: string[];
  /** KeyboardEvent.code with Alt: the physical key, so it works on Cyrillic layouts too. */
  code?: string;
}

/**
 * The inbox's keyboard shortcuts (the help popover lists them from here).
 * Alt+letter, not Ctrl: Ctrl+letter belongs to the browser and the text
 * field. Alt+D/E/F are left alone (Chrome's menu and address bar on Windows).
 */
export const SHORTCUTS: Shortcut[] = [
  { id: 'next', keys: ['Alt', '↓'], code: 'ArrowDown' },
  { id: 'prev', keys: ['Alt', '↑'], code: 'ArrowUp' },
  { id: 'reply', keys: ['Alt', 'R'], code: 'KeyR' },
  { id: 'note', keys: ['Alt', 'N'], code: 'KeyN' },
  { id: 'accept', keys: ['Alt', 'A'], code: 'KeyA' },
  { id: 'transfer', keys: ['Alt', 'T'], code: 'KeyT' },
  { id: 'close', keys: ['Alt', 'C'], code: 'KeyC' },
  { id: 'labels', keys: ['Alt', 'L'], code: 'KeyL' },
  { id: 'snooze', keys: ['Alt', 'Z'], code: 'KeyZ' },
  { id: 'tabMine', keys: ['Alt', '1'], code: 'Digit1' },
  { id: 'tabQueue', keys: ['Alt', '2'], code: 'Digit2' },
  { id: 'tabAll', keys: ['Alt', '3'], code: 'Digit3' },
  { id: 'search', keys: ['Alt', 'S'], code: 'KeyS' },
  { id: 'send', keys: ['Enter'] },
  { id: 'newline', keys: ['Shift', 'Enter'] },
  { id: 'quickReply', keys: ['/'] },
  { id: 'macros', keys: ['Ctrl', 'K'] },
  { id: 'escape', keys: ['Esc'] },
];

/** Installs the Alt shortcuts for as long as the calling component lives. */
export function useShortcuts(handlers: Partial<Record<ShortcutId, () => void>>) {
  const byCode = new Map(SHORTCUTS.filter((s) => s.code).map((s) => [s.code as string, s.id as ShortcutId]));
  const onKey = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const id = byCode.get(event.code);
    const handler = id && handlers[id];
    if (!handler) return;
    event.preventDefault();
    handler();
  };
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
