import { BadRequestException, Injectable, Logger, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Inbox } from '../channels/inbox.entity';
import { TtlCache } from '../common/ttl-cache';
import { priorityOf, priorityRank } from '../conversations/priority.policy';
import { Label } from '../labels/label.entity';
import { RealtimeService } from '../realtime/realtime.service';
import type { CreateSlaPolicyDto, UpdateSlaPolicyDto } from './sla-policy.dto';
import { SlaPolicy } from './sla.entities';
import type { SlaPolicyDto } from './sla.responses';

/**
 * How long a process keeps the policies it read. An edit tells the other
 * processes at once (`changed`); this is the bound when that message is lost.
 */
const POLICIES_TTL_MS = 60_000;
const POLICIES_CHANGED = 'sla.policies-changed';

/** The admins' SLA policies (docs/sla.md). */
@Injectable()
export class SlaPoliciesService implements OnModuleInit {
  private readonly logger = new Logger('SLA');
  /** Every conversation event asks which policy applies: the list is read once per TTL or edit, not per event. */
  private readonly cache = new TtlCache<'all', SlaPolicy[]>(POLICIES_TTL_MS);

  constructor(
    private readonly db: DataSource,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.realtime.answerPeers(POLICIES_CHANGED, () => {
      this.cache.delete('all');
      return Promise.resolve(true);
    });
  }

  /** This process reads the policies again, and so do the others. */
  private async changed(): Promise<void> {
    this.cache.delete('all');
    await this.realtime.askPeers(POLICIES_CHANGED, {}).catch((error: unknown) => this.logger.warn(`Other processes not told of a policy change (they see it within a minute): ${error instanceof Error ? error.message : String(error)}`));
  }

  all(): Promise<SlaPolicy[]> {
    return this.cache.get('all', () => this.db.getRepository(SlaPolicy).find({ order: { id: 'ASC' } }));
  }

  async list(): Promise<SlaPolicyDto[]> {
    return (await this.db.getRepository(SlaPolicy).find({ order: { id: 'ASC' } })).map(policyDto);
  }

  async create(input: CreateSlaPolicyDto): Promise<SlaPolicyDto> {
    const row = this.db.getRepository(SlaPolicy).create({
      name: input.name.trim(),
      active: true,
      inboxId: null,
      channel: null,
      priority: null,
      labelId: null,
      firstResponseSeconds: null,
      nextResponseSeconds: null,
      resolutionSeconds: null,
      businessHours: false,
      amberPercent: 75,
      warnBeforeSeconds: null,
      snoozedTimeCounts: false,
    });
    return this.save(row, input);
  }

  async update(id: number, input: UpdateSlaPolicyDto): Promise<SlaPolicyDto> {
    return this.save(await this.row(id), input);
  }

  async remove(id: number): Promise<void> {
    await this.row(id);
    await this.db.getRepository(SlaPolicy).delete({ id });
    await this.changed();
  }

  private async row(id: number): Promise<SlaPolicy> {
    const row = await this.db.getRepository(SlaPolicy).findOneBy({ id });
    if (!row) throw new NotFoundException(`SLA policy ${id} does not exist`);
    return row;
  }

  private async save(row: SlaPolicy, input: UpdateSlaPolicyDto): Promise<SlaPolicyDto> {
    const { priority, name, ...rest } = input;
    const next: SlaPolicy = { ...row, ...definedOnly(rest) };
    if (name !== undefined) next.name = name.trim();
    if (priority !== undefined) next.priority = priority === null ? null : priorityRank(priority);
    if (next.firstResponseSeconds === null && next.nextResponseSeconds === null && next.resolutionSeconds === null) {
      throw new BadRequestException('firstResponseSeconds: set at least one target (firstResponseSeconds, nextResponseSeconds or resolutionSeconds)');
    }
    if (next.inboxId !== null && !(await this.db.getRepository(Inbox).existsBy({ id: next.inboxId }))) throw new BadRequestException(`inboxId: no inbox with id ${next.inboxId}`);
    if (next.labelId !== null && !(await this.db.getRepository(Label).existsBy({ id: next.labelId }))) throw new BadRequestException(`labelId: no label with id ${next.labelId}`);
    const saved = await this.db.getRepository(SlaPolicy).save(next);
    await this.changed();
    return policyDto(saved);
  }
}

/** An update's fields that were sent (undefined: keep; null: clear). */
function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function policyDto(p: SlaPolicy): SlaPolicyDto {
  return {
    id: p.id,
    name: p.name,
    active: p.active,
    inboxId: p.inboxId,
    channel: p.channel as SlaPolicyDto['channel'],
    priority: p.priority === null ? null : priorityOf(p.priority),
    labelId: p.labelId,
    firstResponseSeconds: p.firstResponseSeconds,
    nextResponseSeconds: p.nextResponseSeconds,
    resolutionSeconds: p.resolutionSeconds,
    businessHours: p.businessHours,
    amberPercent: p.amberPercent,
    warnBeforeSeconds: p.warnBeforeSeconds,
    snoozedTimeCounts: p.snoozedTimeCounts,
    createdAt: new Date(p.createdAt).toISOString(),
  };
}
