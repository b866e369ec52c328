import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Inbox } from '../channels/inbox.entity';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { LiveViews } from '../realtime/live-views';
import { RealtimeService } from '../realtime/realtime.service';
import { lookGapMs, nextLookAt, planQueueUpdates, QUEUE_UPDATE_INTERVAL_MS, type QueuePlace, type ToldPlace } from './queue-updates.policy';
import { QueueWaits } from './queue-waits';
import { RoutingSnapshots } from './routing.snapshots';

/** Other processes learn what this one told, so none repeats it or tells it stale. */
const TOLD_PEER_EVENT = 'queue.told';

type ToldEntry = ToldPlace & { conversationId: number; inboxId: number };
type QueuedRow = Pick<Conversation, 'id' | 'inboxId' | 'contactId' | 'teamId'>;

/** The looks at one inbox's queue: one at a time, spaced as lookGapMs says for the queue's length. */
interface InboxLooks {
  /** Customers who must hear their place at the next look, whatever the interval (a widget that just connected). */
  atOnce: Set<number>;
  lastAt: number | null;
  /** How long the last look's queue asks to wait before the next. */
  gapMs: number;
  running: boolean;
  /** A look asked for while one ran: when it is wanted. */
  again: number | null;
  timer: { at: number; handle: NodeJS.Timeout } | null;
}

/**
 * Keeps every waiting customer told their place (docs/routing.md, "Places
 * in the queue"). Whenever an inbox's queue may have moved — someone joined
 * it, was served, closed — the inbox's whole queue is read once, in order,
 * and the customers whose place is news hear it: at once, or when their
 * interval is over (planQueueUpdates). What was told lives here, in memory:
 * it only saves repeating a place, so a restart costs at most one repeat.
 */
@Injectable()
export class QueueUpdates implements OnModuleInit, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('Routing');
  /** What each inbox's customers were told last, by conversation. */
  private readonly told = new Map<number, Map<number, ToldEntry>>();
  /** The inbox of every conversation in `told`. */
  private readonly inboxOf = new Map<number, number>();
  /**
   * The widget visitors of each conversation in `told`, looked up once: a
   * visitor id never changes (a contact merge keeps it), and a long queue
   * is told every few seconds.
   */
  private readonly viewers = new Map<number, readonly string[]>();
  private readonly looks = new Map<number, InboxLooks>();
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly snapshots: RoutingSnapshots,
    private readonly waits: QueueWaits,
    private readonly liveViews: LiveViews,
    private readonly realtime: RealtimeService,
    private readonly domainEvents: DomainEventBus,
  ) {}

  onModuleInit(): void {
    // An inbox nobody here was told about has nobody to tell (a widget that connects asks by itself).
    this.domainEvents.on('conversation.assigned', ({ inboxId }) => {
      if (this.told.has(inboxId)) this.inboxChanged(inboxId);
    });
    this.domainEvents.on('conversation.closed', ({ conversationId }) => {
      const inboxId = this.inboxOf.get(conversationId);
      if (inboxId !== undefined) this.inboxChanged(inboxId);
    });
    this.domainEvents.on('conversation.queue-viewer', ({ conversationId, inboxId }) => this.inboxChanged(inboxId, conversationId));
    this.realtime.answerPeers(TOLD_PEER_EVENT, (entries) => {
      for (const entry of entries as ToldEntry[]) this.remember(entry);
      return Promise.resolve(true);
    });
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const looks of this.looks.values()) if (looks.timer) clearTimeout(looks.timer.handle);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.inFlight]);
  }

  /**
   * The inbox's queue may have moved: its customers hear their new places
   * (`atOnce`: this one now, whatever the interval). In the background, so
   * a router never waits for the customers to be told.
   */
  inboxChanged(inboxId: number, atOnce?: number): void {
    if (this.stopped) return;
    if (atOnce !== undefined) this.looksAt(inboxId).atOnce.add(atOnce);
    this.lookSoon(inboxId, Date.now());
  }

  private looksAt(inboxId: number): InboxLooks {
    let looks = this.looks.get(inboxId);
    if (!looks) {
      looks = { atOnce: new Set(), lastAt: null, gapMs: lookGapMs(0), running: false, again: null, timer: null };
      this.looks.set(inboxId, looks);
    }
    return looks;
  }

  private lookSoon(inboxId: number, wantedAt: number): void {
    const looks = this.looksAt(inboxId);
    if (looks.running) {
      looks.again = Math.min(looks.again ?? wantedAt, wantedAt);
      return;
    }
    const at = nextLookAt(wantedAt, looks.lastAt, looks.gapMs);
    if (looks.timer && looks.timer.at <= at) return;
    if (looks.timer) clearTimeout(looks.timer.handle);
    const handle = setTimeout(() => this.look(inboxId), Math.max(0, at - Date.now()));
    handle.unref();
    looks.timer = { at, handle };
  }

  private look(inboxId: number): void {
    const looks = this.looksAt(inboxId);
    looks.timer = null;
    if (this.stopped) return;
    looks.running = true;
    looks.lastAt = Date.now();
    const atOnce = looks.atOnce;
    looks.atOnce = new Set();
    const running = this.lookAtInbox(inboxId, atOnce)
      .catch((error: unknown) => {
        this.logger.warn(`Telling inbox ${inboxId}'s queue their places failed: ${(error as Error).message}`);
        // Customers told before would keep a stale place: look again once the database may be back.
        return this.told.has(inboxId) ? Date.now() + QUEUE_UPDATE_INTERVAL_MS : null;
      })
      .then((trailingAt) => {
        looks.running = false;
        const wanted = [looks.again, trailingAt].filter((at): at is number => at !== null);
        looks.again = null;
        if (wanted.length) this.lookSoon(inboxId, Math.min(...wanted));
        else if (!this.told.has(inboxId)) this.looks.delete(inboxId);
      })
      .finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  /** Reads the inbox's queue once and tells who has news; returns when a place held back may be told. */
  private async lookAtInbox(inboxId: number, atOnce: ReadonlySet<number>): Promise<number | null> {
    const queue = await this.queueOf(inboxId);
    this.looksAt(inboxId).gapMs = lookGapMs(queue.length);
    const now = Date.now();
    const inbox = await this.snapshots.inbox(inboxId);
    const waits = await this.waits.forQueue(inbox, queue);
    const places: QueuePlace[] = queue.map((c, i) => ({ conversationId: c.id, position: i + 1, expectedWaitMs: waits[i] }));

    const byId = new Map(queue.map((c) => [c.id, c]));
    this.forgetAllBut(inboxId, byId);
    const known = this.told.get(inboxId) ?? new Map<number, ToldEntry>();
    const plan = planQueueUpdates(places, known, now, QUEUE_UPDATE_INTERVAL_MS, atOnce);

    const viewers = await this.viewersOf(inbox, plan.tell.map((p) => byId.get(p.conversationId) as QueuedRow));
    const told = plan.tell.map((place) => ({ ...place, viewers: viewers.get(place.conversationId) ?? [], first: !known.has(place.conversationId) }));
    const entries = plan.tell.map((p): ToldEntry => ({ conversationId: p.conversationId, inboxId, position: p.position, expectedWaitMs: p.expectedWaitMs, at: now }));
    for (const entry of entries) this.remember(entry);
    if (told.length) await this.domainEvents.emit('conversation.queue-positions', { inboxId, places: told });
    if (entries.length) this.realtime.askPeers(TOLD_PEER_EVENT, entries).catch(() => undefined);
    return plan.nextAt;
  }

  /** Only a site widget's customers watch live; each conversation's visitors are looked up the first time it is told. */
  private async viewersOf(inbox: Pick<Inbox, 'type'>, rows: QueuedRow[]): Promise<Map<number, readonly string[]>> {
    if (inbox.type !== 'webchat') return new Map();
    const unknown = rows.filter((c) => !this.viewers.has(c.id));
    if (unknown.length) for (const [id, visitorIds] of await this.liveViews.ofConversations(unknown)) this.viewers.set(id, visitorIds);
    return new Map(rows.map((c) => [c.id, this.viewers.get(c.id) ?? []]));
  }

  /** The inbox's queue in serving order, as bare rows: a long queue is read twice a second. */
  private async queueOf(inboxId: number): Promise<QueuedRow[]> {
    const rows: Array<Record<keyof QueuedRow, number | string | null>> = await this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .select(['c.id AS id', 'c.inboxId AS inboxId', 'c.contactId AS contactId', 'c.teamId AS teamId'])
      .where("c.inboxId = :inboxId AND c.status = 'queued'", { inboxId })
      .orderBy('c.priority', 'DESC')
      .addOrderBy('c.queuedAt', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ id: Number(r.id), inboxId: Number(r.inboxId), contactId: Number(r.contactId), teamId: r.teamId === null ? null : Number(r.teamId) }));
  }

  private remember(entry: ToldEntry): void {
    const inbox = this.told.get(entry.inboxId) ?? new Map<number, ToldEntry>();
    const known = inbox.get(entry.conversationId);
    if (known && known.at > entry.at) return;
    inbox.set(entry.conversationId, entry);
    this.told.set(entry.inboxId, inbox);
    this.inboxOf.set(entry.conversationId, entry.inboxId);
  }

  /** Who left the queue (served, closed) is told nothing more. */
  private forgetAllBut(inboxId: number, waiting: ReadonlyMap<number, unknown>): void {
    const inbox = this.told.get(inboxId);
    if (!inbox) return;
    for (const id of inbox.keys()) {
      if (waiting.has(id)) continue;
      inbox.delete(id);
      this.inboxOf.delete(id);
      this.viewers.delete(id);
    }
    if (inbox.size === 0) this.told.delete(inboxId);
  }
}
