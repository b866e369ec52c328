/** Label names are compared without case and surrounding spaces: "Billing" and " billing" are one label. */
export function labelNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** `#rrggbb`; stored lowercase so one colour has one spelling. */
export const LABEL_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * What replacing a conversation's labels with `wanted` changes: the labels
 * to add and to remove, each once, in the order given (added) or held
 * (removed). Listing a label twice is the same as listing it once.
 */
export function labelChanges(current: readonly number[], wanted: readonly number[]): { added: number[]; removed: number[] } {
  const want = new Set(wanted);
  const have = new Set(current);
  return { added: [...want].filter((id) => !have.has(id)), removed: [...have].filter((id) => !want.has(id)) };
}
