import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { DomainEventBus, type DomainEvents } from '../common/domain-events';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { Conversation } from '../conversations/conversation.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { ReportsService } from '../reports/reports.service';
import type { BoardDto } from './supervision.responses';

/** What changes the floor; each pushes a fresh board (coalesced) to the supervisors. */
const FLOOR_EVENTS: Array<keyof DomainEvents> = [
  'conversation.opened',
  'conversation.closed',
  'conversation.needs-agent',
  'conversation.queue-positions',
  'conversation.agent-replied',
  'agent.slot-freed',
  'agent.status-changed',
  'agent.presence-changed',
];
const PUSH_DELAY_MS = 200;
/** Assignments and transfers raise no domain event; a steady refresh shows them within this time. */
const REFRESH_MS = 3000;

/** Raw SQLite rows carry UTC times as text without a zone, which Date would read as local time. */
const iso = (d: Date | string | null) => {
  if (!d) return null;
  const utc = typeof d === 'string' && !/(Z|[+-]\d\d:?\d\d)$/.test(d) ? `${d.replace(' ', 'T')}Z` : d;
  return new Date(utc).toISOString();
};

/** The live floor for supervisors: operators, queues and today's service level, pushed over `/agents`. */
@Injectable()
export class BoardService implements OnApplicationBootstrap, OnModuleDestroy {
  private pending: NodeJS.Timeout | null = null;
  private refresh: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly realtime: RealtimeService,
    private readonly reports: ReportsService,
    private readonly domainEvents: DomainEventBus,
    private readonly presenter: ConversationPresenter,
  ) {}

  onApplicationBootstrap(): void {
    for (const event of FLOOR_EVENTS) this.domainEvents.on(event, () => this.schedulePush());
    this.refresh = setInterval(() => this.schedulePush(), REFRESH_MS);
    this.refresh.unref();
  }

  onModuleDestroy(): void {
    if (this.refresh) clearInterval(this.refresh);
    if (this.pending) clearTimeout(this.pending);
  }

  /** Many changes in a moment (a routing batch) make one push. */
  schedulePush(): void {
    if (this.pending || !this.realtime.hasLocalSupervisors()) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.board().then(
        (board) => this.domainEvents.emit('board.computed', { board }),
        () => undefined, // the next change or refresh tries again
      );
    }, PUSH_DELAY_MS);
  }

  async board(): Promise<BoardDto> {
    const [agents, open, queues, inboxes, today] = await Promise.all([
      // A deactivated account is off the floor: not shown, and not offered to reassign to.
      this.db.getRepository(Agent).find({ where: { active: true }, order: { name: 'ASC' } }),
      this.db.getRepository(Conversation).find({ where: { status: 'assigned' }, order: { id: 'ASC' } }).then((rows) => this.presenter.conversations(rows)),
      this.db.query("SELECT inboxId, COUNT(*) AS queued, MIN(queuedAt) AS oldest FROM conversations WHERE status = 'queued' GROUP BY inboxId") as Promise<
        Array<{ inboxId: number; queued: number | string; oldest: Date | string | null }>
      >,
      this.db.getRepository(Inbox).find({ select: { id: true, name: true, type: true }, order: { name: 'ASC' } }),
      this.reports.today(),
    ]);
    const held = new Map<number, BoardDto['agents'][number]['conversations']>();
    for (const c of open) {
      const list = held.get(Number(c.assigneeId)) ?? [];
      list.push(c);
      held.set(Number(c.assigneeId), list);
    }
    return {
      at: new Date().toISOString(),
      agents: agents.map((a) => ({
        id: a.id,
        name: a.name,
        role: a.role,
        status: a.status,
        statusSince: iso(a.statusChangedAt),
        disconnectedSince: iso(a.disconnectedAt),
        load: a.openChats,
        limit: a.maxChats,
        conversations: held.get(a.id) ?? [],
      })),
      inboxes: inboxes.map((inbox) => {
        const queue = queues.find((q) => Number(q.inboxId) === inbox.id);
        return { id: inbox.id, name: inbox.name, channel: inbox.type, queued: Number(queue?.queued ?? 0), longestWaitSince: iso(queue?.oldest ?? null) };
      }),
      today,
    };
  }
}
