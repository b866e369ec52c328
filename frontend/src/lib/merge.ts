import type { DeliveryStatus, MessageDto } from '../api/types';

/** A message as the dialog shows it: a server row, or one of ours still on its way (negative id). */
export interface ThreadMessage extends MessageDto {
  /** Set on messages typed here and not yet stored by the server. */
  localId?: string;
}

const rank: Record<DeliveryStatus, number> = { pending: 0, failed: 1, sent: 2, delivered: 3, read: 4 };

/**
 * Merges server messages into a thread by id: no duplicates, ordered by id
 * (ids grow with insertion; clocks disagree), local unsent messages last.
 *
 * Socket events arrive in the order the server sent them, so they are
 * `authoritative`: a retry may move "failed" back to "pending". A REST
 * answer can be older than an event that overtook it (the reply's own
 * response saying "pending" after the socket said "sent"), so it never
 * moves a status backwards.
 */
export function mergeMessages(current: ThreadMessage[], incoming: MessageDto[], authoritative = false): ThreadMessage[] {
  if (incoming.length === 0) return current;
  const byId = new Map<number, ThreadMessage>();
  const locals: ThreadMessage[] = [];
  for (const m of current) {
    if (m.localId) locals.push(m);
    else byId.set(m.id, m);
  }
  for (const m of incoming) {
    const known = byId.get(m.id);
    if (known && !authoritative && rank[m.status] < rank[known.status]) {
      byId.set(m.id, { ...m, status: known.status, error: known.error });
    } else {
      byId.set(m.id, m);
    }
  }
  const stored = [...byId.values()].sort((a, b) => a.id - b.id);
  return locals.length ? stored.concat(locals) : stored;
}

/** The smallest server id of a thread (for `?before=`), or undefined. */
export function oldestId(items: ThreadMessage[]): number | undefined {
  for (const m of items) if (!m.localId) return m.id;
  return undefined;
}

export function newestId(items: ThreadMessage[]): number | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (!items[i].localId) return items[i].id;
  return undefined;
}
