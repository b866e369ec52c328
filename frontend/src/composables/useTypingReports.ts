/** At most one "typing" per this long while the operator keeps typing. */
const TYPING_THROTTLE_MS = 3_000;
/** No keystroke for this long: "stopped typing". */
const TYPING_IDLE_MS = 4_000;

/**
 * The operator's "typing…" as the customer sees it: `typing(id)` on every
 * keystroke reports `on` at most every few seconds, and `off` after a pause;
 * `stopped(id)` reports `off` at once (sent, switched conversation, left).
 */
export function useTypingReports(report: (conversationId: number, on: boolean) => void) {
  let on = false;
  let sentAt = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;

  function stopped(conversationId: number) {
    clearTimeout(idle);
    if (!on) return;
    on = false;
    report(conversationId, false);
  }

  function typing(conversationId: number) {
    const now = Date.now();
    if (!on || now - sentAt > TYPING_THROTTLE_MS) {
      on = true;
      sentAt = now;
      report(conversationId, true);
    }
    clearTimeout(idle);
    idle = setTimeout(() => stopped(conversationId), TYPING_IDLE_MS);
  }

  return { typing, stopped };
}
