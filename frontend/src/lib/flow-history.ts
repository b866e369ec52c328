/**
 * Undo for the bot canvas: the flows before each change, newest last, at most
 * `limit` of them. Each state is kept as its JSON text, so later edits of the
 * live flow never reach back into the history.
 */
export interface FlowHistory {
  past: string[];
  future: string[];
  limit: number;
}

export const emptyHistory = (limit = 50): FlowHistory => ({ past: [], future: [], limit });

/** The history after a change away from `before`; a redo trail ends there. A change that changes nothing is not recorded. */
export function recordChange<T>(history: FlowHistory, before: T, after: T): FlowHistory {
  const text = JSON.stringify(before);
  if (text === JSON.stringify(after)) return history;
  return { ...history, past: [...history.past, text].slice(-history.limit), future: [] };
}

/** The flow before the last change, and the history without it; null when there is nothing to undo. */
export function undo<T>(history: FlowHistory, current: T): { history: FlowHistory; flow: T } | null {
  const previous = history.past.at(-1);
  if (previous === undefined) return null;
  return { history: { ...history, past: history.past.slice(0, -1), future: [...history.future, JSON.stringify(current)] }, flow: JSON.parse(previous) as T };
}

/** The change undone last, again; null when nothing was undone since the last change. */
export function redo<T>(history: FlowHistory, current: T): { history: FlowHistory; flow: T } | null {
  const following = history.future.at(-1);
  if (following === undefined) return null;
  return { history: { ...history, past: [...history.past, JSON.stringify(current)], future: history.future.slice(0, -1) }, flow: JSON.parse(following) as T };
}
