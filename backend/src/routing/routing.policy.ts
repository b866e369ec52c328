/**
 * The router's rules (docs/routing.md) as pure functions: no I/O, no clock of
 * their own. RoutingService feeds them database snapshots and enforces the
 * result with conditional updates, so a stale snapshot can cost a retry but
 * never break the limit.
 */

export type AgentLevel = 'novice' | 'regular' | 'senior';

export interface AgentSnapshot {
  id: number;
  status: 'online' | 'away' | 'offline';
  openChats: number;
  maxChats: number;
  teamIds: number[];
  languages: string[];
  skills: string[];
  /** Segments served, e.g. `country:DE`, `offer:premium`. */
  segments: string[];
  level: AgentLevel;
  /** When they last got a conversation; null = never (first in line). */
  lastAssignedAt: number | null;
  /** Talking on a phone call of a voice inbox right now. */
  onCall?: boolean;
  /** Has a socket open (presence); false: their browser is gone, nothing new for them. Absent: connected. */
  connected?: boolean;
}

export interface ConversationNeeds {
  /** Only operators of this team, when set. */
  teamId: number | null;
  /** Only operators who speak it, when set. */
  language: string | null;
  /** Every one of these skills. */
  skills: string[];
  /** Every one of these segments (an offer tag, `country:XX`). */
  segments: string[];
  /** VIP or escalated conversations never go to novices. */
  sensitive: boolean;
  /** A phone call (a voice inbox): nobody takes two calls at once. */
  call?: boolean;
  /** The inbox lets its chats be offered to operators who are on a call. */
  offerDuringCalls?: boolean;
  /**
   * It takes one of the operator's slots (the default). A voice inbox may
   * say its calls do not: then a full operator may still take one.
   */
  takesSlot?: boolean;
}

/**
 * Whether the inbox's conversations take one of the operator's slots: all
 * do, except the calls of a voice inbox that says its calls do not
 * (`routing.callsTakeSlot: false`).
 */
export function conversationTakesSlot(inbox: { type: string; routing?: { callsTakeSlot?: boolean } | null }): boolean {
  return inbox.type !== 'twilio-voice' || (inbox.routing?.callsTakeSlot ?? true);
}

export type Ineligibility = 'not-online' | 'disconnected' | 'team' | 'language' | 'skill' | 'segment' | 'level' | 'on-call' | 'full';

/** Why an operator may not take the conversation, or null if they may. */
export function ineligibility(agent: AgentSnapshot, needs: ConversationNeeds): Ineligibility | null {
  if (agent.status !== 'online') return 'not-online';
  if (agent.connected === false) return 'disconnected';
  if (needs.teamId !== null && !agent.teamIds.includes(needs.teamId)) return 'team';
  if (needs.language && !agent.languages.some((l) => sameLanguage(l, needs.language as string))) return 'language';
  if (!needs.skills.every((s) => agent.skills.includes(s))) return 'skill';
  if (!needs.segments.every((s) => agent.segments.includes(s))) return 'segment';
  if (needs.sensitive && agent.level === 'novice') return 'level';
  if (agent.onCall && (needs.call || !needs.offerDuringCalls)) return 'on-call';
  if (needs.takesSlot !== false && agent.openChats >= agent.maxChats) return 'full';
  return null;
}

/** `pt` serves `pt-BR` and the other way round; case does not matter. */
function sameLanguage(a: string, b: string): boolean {
  const base = (x: string) => x.toLowerCase().split('-')[0];
  return base(a) === base(b);
}

/**
 * Who should get the conversation, best first: fewest open conversations,
 * ties broken by who waited longest since their last assignment
 * (round-robin). The database pages candidates in exactly this order.
 */
export function rankCandidates(agents: AgentSnapshot[], needs: ConversationNeeds): AgentSnapshot[] {
  return agents
    .filter((a) => ineligibility(a, needs) === null)
    .sort(
      (a, b) =>
        a.openChats - b.openChats ||
        (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) ||
        a.id - b.id,
    );
}

export type StickyDecision =
  /** The previous operator takes it. */
  | { kind: 'sticky'; agentId: number }
  /** The previous operator is online but full: hold it for them until `until`. */
  | { kind: 'wait'; agentId: number; until: number }
  /** No previous operator, or they cannot take it: route to the pool. */
  | { kind: 'pool' };

/**
 * Sticky agent: a returning customer goes back to their last operator when
 * that operator may take it; if the only obstacle is a full load, the
 * conversation waits for them up to `waitMs` (counted from `since`).
 */
export function stickyDecision(
  previous: AgentSnapshot | null,
  needs: ConversationNeeds,
  now: number,
  since: number,
  waitMs: number,
): StickyDecision {
  if (!previous) return { kind: 'pool' };
  const why = ineligibility(previous, needs);
  if (why === null) return { kind: 'sticky', agentId: previous.id };
  if (why === 'full' && now < since + waitMs) return { kind: 'wait', agentId: previous.id, until: since + waitMs };
  return { kind: 'pool' };
}

export interface BatchItem {
  conversationId: number;
  needs: ConversationNeeds;
  /** The sticky operator, when stickyDecision said 'sticky'. */
  preferredAgentId: number | null;
  /** Operators who let an offer of it go. */
  declinedBy: number[];
}

export interface BatchPlan {
  /** `holdsSlot`: the assignment takes one of the operator's slots. */
  assignments: Array<{ conversationId: number; agentId: number; holdsSlot: boolean }>;
  /** Nobody in the snapshot may take these. */
  unplaced: number[];
}

/**
 * Plans a batch of conversations against one snapshot of the operators, in
 * the order given (queue order): each gets its sticky operator or the best
 * ranked one left, and every pick counts against that operator's load
 * before the next conversation is planned, exactly as if they had been
 * routed one after another. Never plans anyone past their limit (a call
 * that takes no slot leaves the load as it is).
 */
export function planBatch(items: BatchItem[], agents: AgentSnapshot[], now: number): BatchPlan {
  const pool = agents.map((a) => ({ ...a }));
  const byId = new Map(pool.map((a) => [a.id, a]));
  const plan: BatchPlan = { assignments: [], unplaced: [] };
  let order = 0;
  for (const item of items) {
    const preferred = item.preferredAgentId === null ? undefined : byId.get(item.preferredAgentId);
    const chosen =
      preferred && ineligibility(preferred, item.needs) === null
        ? preferred
        : rankCandidates(pool, item.needs).find((a) => !item.declinedBy.includes(a.id));
    if (!chosen) {
      plan.unplaced.push(item.conversationId);
      continue;
    }
    const holdsSlot = item.needs.takesSlot !== false;
    if (holdsSlot) chosen.openChats += 1;
    // A call planned onto them makes them busy on the phone for the rest of the batch.
    if (item.needs.call) chosen.onCall = true;
    // Later picks in the same batch rank behind this one, as round-robin would.
    chosen.lastAssignedAt = now + order++;
    plan.assignments.push({ conversationId: item.conversationId, agentId: chosen.id, holdsSlot });
  }
  return plan;
}

export interface QueuedConversation {
  id: number;
  priority: number;
  /** When it entered the queue (ms). */
  queuedAt: number;
}

/** Queue order: higher priority first, then who has waited longest, then id. */
export function queueOrder<T extends QueuedConversation>(queue: T[]): T[] {
  return [...queue].sort((a, b) => b.priority - a.priority || a.queuedAt - b.queuedAt || a.id - b.id);
}

/**
 * Routing cases in queue order, however their requests arrived (a drain's
 * page, new arrivals and retries share a batch): the head of the queue gets
 * the free slots first. No queue time yet counts as arriving now.
 */
export function inQueueOrder<T extends { conversation: { id: number; priority: number; queuedAt: Date | string | null } }>(cases: T[], now: number): T[] {
  const keyed = cases.map((routingCase) => {
    const { id, priority, queuedAt } = routingCase.conversation;
    return { id, priority, queuedAt: queuedAt === null ? now : new Date(queuedAt).getTime(), routingCase };
  });
  return queueOrder(keyed).map((k) => k.routingCase);
}

/**
 * The customer's place (1-based) and a rough wait estimate: the conversations
 * ahead, divided among the operators who could serve it, times the average
 * handling time.
 */
export function queueEstimate(placeAhead: number, servingAgents: number, averageHandleMs: number): { position: number; estimateMs: number | null } {
  const position = placeAhead + 1;
  if (servingAgents <= 0) return { position, estimateMs: null };
  return { position, estimateMs: Math.round((position / servingAgents) * averageHandleMs) };
}
