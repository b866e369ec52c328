import type { ChannelType, ConversationDto, ConversationStatus, ConversationView } from '../api/types';

// Which conversations a list shows and in what order: the rules of
// GET /api/conversations, applied to the rows pushed live so the list stays
// what the API would page. Pure functions, tested beside them.

const OPEN_STATUSES: ConversationStatus[] = ['assigned', 'bot', 'queued'];

export interface ListFilters {
  inboxId: number | null;
  /** An inbox type (`telegram`, `email`…). */
  channel: ChannelType | null;
  status: ConversationStatus | null;
  /** A label id: only conversations carrying it. */
  label: number | null;
  /** `key:value`: only conversations whose own custom attribute has that value (the API's `attr`). */
  attr: string | null;
}

/** A conversation attribute's value as the API's `attr` filter compares it: as text. */
function attributeMatches(c: ConversationDto, filter: string): boolean {
  const at = filter.indexOf(':');
  const value = c.attributes[filter.slice(0, at)];
  return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && String(value) === filter.slice(at + 1);
}

/** Queue: oldest first (served in that order); everything else newest first, as the API pages them. */
export function compareFor(view: ConversationView) {
  return view === 'queue' ? (a: ConversationDto, b: ConversationDto) => a.id - b.id : (a: ConversationDto, b: ConversationDto) => b.id - a.id;
}

/** Whether a conversation belongs in a list: the same rules as GET /api/conversations. */
export function matchesView(c: ConversationDto, view: ConversationView, filters: ListFilters, meId: number | null): boolean {
  if (filters.inboxId && c.inboxId !== filters.inboxId) return false;
  if (filters.channel && c.inbox?.type !== filters.channel) return false;
  if (filters.label && !c.labels.some((l) => l.id === filters.label)) return false;
  if (filters.attr && !attributeMatches(c, filters.attr)) return false;
  if (view === 'queue') return c.status === 'queued';
  if (view === 'snoozed') return c.status === 'snoozed' && c.assigneeId !== null && c.assigneeId === meId;
  if (view === 'mine') {
    if (c.assigneeId === null || c.assigneeId !== meId) return false;
    return filters.status ? c.status === filters.status : OPEN_STATUSES.includes(c.status);
  }
  return filters.status ? c.status === filters.status : true;
}

const PRIORITY_ORDER: Record<ConversationDto['priority'], number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The list sorted by priority (urgent first), each priority in the view's own order (a stable sort keeps it). */
export function byPriority(list: ConversationDto[]): ConversationDto[] {
  return [...list].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}

/** The list with the SLA target due soonest first, then those without a running one, each in the view's own order (a stable sort keeps it). */
export function byDue(list: ConversationDto[]): ConversationDto[] {
  const due = (c: ConversationDto) => (c.sla?.dueAt ? Date.parse(c.sla.dueAt) : Number.POSITIVE_INFINITY);
  return [...list].sort((a, b) => due(a) - due(b));
}

/** Inserts or replaces by id, keeping the order; a binary search keeps a 10,000-row list cheap. */
export function upsertSorted(list: ConversationDto[], item: ConversationDto, view: ConversationView): ConversationDto[] {
  const at = list.findIndex((c) => c.id === item.id);
  if (at >= 0) {
    const next = list.slice();
    next[at] = item;
    return next;
  }
  const cmp = compareFor(view);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid], item) < 0) lo = mid + 1;
    else hi = mid;
  }
  const next = list.slice();
  next.splice(lo, 0, item);
  return next;
}
