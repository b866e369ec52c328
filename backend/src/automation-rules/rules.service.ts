import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Agent } from '../agents/agent.entity';
import { TtlCache } from '../common/ttl-cache';
import type { RuleEvent } from './rule-events';
import type { CreateAutomationRuleDto, UpdateAutomationRuleDto } from './rule.dto';
import { AutomationRule, AutomationRuleVersion } from './rule.entities';
import type { AutomationRuleDto, AutomationRuleVersionDto } from './rule.responses';

export function toRuleDto(r: AutomationRule): AutomationRuleDto {
  return {
    id: r.id,
    name: r.name,
    event: r.event,
    position: r.position,
    active: r.active,
    stopsOthers: r.stopsOthers,
    conditions: r.conditions,
    actions: r.actions,
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

const toVersionDto = (v: AutomationRuleVersion): AutomationRuleVersionDto => ({
  version: v.version,
  name: v.name,
  event: v.event,
  position: v.position,
  active: v.active,
  stopsOthers: v.stopsOthers,
  conditions: v.conditions,
  actions: v.actions,
  savedBy: v.savedBy,
  savedAt: new Date(v.createdAt).toISOString(),
});

const POSITION_STEP = 10;

/** Rules kept by admins: each save is a new version, kept (docs/automation.md, Rules). */
@Injectable()
export class AutomationRulesService {
  /** Read at every event: a change on another process is seen within this time. */
  private readonly active = new TtlCache<'active', AutomationRule[]>(5000);

  constructor(private readonly db: DataSource) {}

  list(): Promise<AutomationRule[]> {
    return this.db.getRepository(AutomationRule).find({ order: { event: 'ASC', position: 'ASC', id: 'ASC' } });
  }

  /** The active rules of an event, in the order they run. */
  async activeFor(event: RuleEvent): Promise<AutomationRule[]> {
    const rules = await this.active.get('active', () => this.db.getRepository(AutomationRule).find({ where: { active: true }, order: { position: 'ASC', id: 'ASC' } }));
    return rules.filter((r) => r.event === event);
  }

  async get(id: number): Promise<AutomationRule> {
    const rule = await this.db.getRepository(AutomationRule).findOneBy({ id });
    if (!rule) throw new NotFoundException(`Automation rule ${id} does not exist`);
    return rule;
  }

  async create(admin: Agent, input: CreateAutomationRuleDto): Promise<AutomationRule> {
    const rule = await this.db.transaction(async (tx) => {
      const position = input.position ?? (await this.nextPosition(tx, input.event));
      const repo = tx.getRepository(AutomationRule);
      const saved = await repo.save(
        repo.create({ name: input.name, event: input.event, position, active: input.active ?? true, stopsOthers: input.stopsOthers ?? false, conditions: input.conditions, actions: input.actions, version: 1 }),
      );
      await this.keepVersion(tx, saved, admin);
      return saved;
    });
    this.active.delete('active');
    return rule;
  }

  async update(admin: Agent, id: number, input: UpdateAutomationRuleDto): Promise<AutomationRule> {
    const rule = await this.db.transaction(async (tx) => {
      const current = await tx.getRepository(AutomationRule).findOneBy({ id });
      if (!current) throw new NotFoundException(`Automation rule ${id} does not exist`);
      const changed = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)), version: current.version + 1 };
      const saved = await tx.getRepository(AutomationRule).save(changed);
      await this.keepVersion(tx, saved, admin);
      return saved;
    });
    this.active.delete('active');
    return rule;
  }

  /** The rule goes; its versions stay, for the record. */
  async remove(id: number): Promise<void> {
    await this.get(id);
    await this.db.getRepository(AutomationRule).delete({ id });
    this.active.delete('active');
  }

  async versions(id: number): Promise<AutomationRuleVersionDto[]> {
    await this.get(id);
    return (await this.db.getRepository(AutomationRuleVersion).find({ where: { ruleId: id }, order: { version: 'DESC' } })).map(toVersionDto);
  }

  private async nextPosition(tx: EntityManager, event: RuleEvent): Promise<number> {
    const last = await tx.getRepository(AutomationRule).findOne({ where: { event }, order: { position: 'DESC' }, select: { id: true, position: true } });
    return last ? last.position + POSITION_STEP : 0;
  }

  private async keepVersion(tx: EntityManager, rule: AutomationRule, admin: Agent): Promise<void> {
    const repo = tx.getRepository(AutomationRuleVersion);
    await repo.insert(
      repo.create({
        ruleId: rule.id,
        version: rule.version,
        name: rule.name,
        event: rule.event,
        position: rule.position,
        active: rule.active,
        stopsOthers: rule.stopsOthers,
        conditions: rule.conditions,
        actions: rule.actions,
        savedBy: admin.id,
      }),
    );
  }
}
