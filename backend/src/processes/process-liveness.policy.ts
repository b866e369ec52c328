/** How a backend process is known to be alive, as pure functions (process-registry.service.ts). */

/**
 * How often a process writes its heartbeat and takes back what dead
 * processes held, for a timeout: four beats per timeout, so a live
 * process misses three before it is taken for dead.
 */
export function heartbeatIntervalMs(timeoutMs: number): number {
  return Math.max(250, Math.floor(timeoutMs / 4));
}

/**
 * The longest what a dead process held (its operators' sockets, its sends)
 * still counts as held: its heartbeat goes stale after the timeout, and the
 * next beat of a live process (one interval later at most) takes it back.
 */
export function deadProcessBoundMs(timeoutMs: number): number {
  return timeoutMs + heartbeatIntervalMs(timeoutMs);
}
