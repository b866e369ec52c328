import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { sqlTimestamp } from '../database/column-types';
import type { ReportFilters } from '../reports/reports.service';
import type { SlaAtRiskDto, SlaBreachDto, SlaReportDto, SlaReportRow } from './sla.responses';
import type { SlaTarget } from './sla.entities';

/** The breaches a report lists, newest first. */
const BREACHES_LISTED = 200;
/** The floor's list of conversations at risk. */
const AT_RISK_LISTED = 100;

/** A driver's raw time (a Date from MySQL, `YYYY-MM-DD HH:MM:SS.mmm` in UTC from SQLite) as ISO 8601. */
const isoOf = (value: Date | string): string => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)).toISOString();

type Breakdown = { key: string; table: string | null; join?: (q: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral> };

/** By what the report breaks the decided targets down: the clock's own columns, and the labels its conversation carries. */
const BREAKDOWNS: Record<Exclude<keyof SlaReportDto, 'breaches'>, Breakdown> = {
  policies: { key: 's.policyId', table: 'sla_policies' },
  inboxes: { key: 's.inboxId', table: 'inboxes' },
  teams: { key: 's.teamId', table: 'teams' },
  operators: { key: 's.agentId', table: 'agents' },
  labels: { key: 'cl.labelId', table: 'labels', join: (q) => q.innerJoin('conversation_labels', 'cl', 'cl.conversationId = s.conversationId') },
};

/**
 * The SLA report (docs/sla.md): of the targets decided in the period (met,
 * or breached), the share met per policy, inbox, team, operator and label,
 * and the breaches themselves; and the floor's conversations at risk now.
 */
@Injectable()
export class SlaReportService {
  constructor(private readonly db: DataSource) {}

  async report(filters: ReportFilters, target?: SlaTarget): Promise<SlaReportDto> {
    const entries = Object.entries(BREAKDOWNS) as Array<[keyof typeof BREAKDOWNS, Breakdown]>;
    const [breaches, ...tables] = await Promise.all([this.breaches(filters, target), ...entries.map(([, breakdown]) => this.breakdown(breakdown, filters, target))]);
    return { ...(Object.fromEntries(entries.map(([name], i) => [name, tables[i]])) as Omit<SlaReportDto, 'breaches'>), breaches };
  }

  /** Open conversations past their amber point (or their due time), soonest due first, with who holds them. */
  async atRisk(now = new Date()): Promise<SlaAtRiskDto[]> {
    const rows = await this.db
      .createQueryBuilder()
      .select(['c.id AS conversationId', 'c.inboxId AS inboxId', 'i.name AS inboxName', 'k.name AS contactName', 'c.status AS status', 'c.assigneeId AS assigneeId', 'a.name AS assigneeName'])
      .addSelect(['c.slaTarget AS target', 'c.slaAmberAt AS amberAt', 'c.slaDueAt AS dueAt'])
      .from('conversations', 'c')
      .innerJoin('inboxes', 'i', 'i.id = c.inboxId')
      .leftJoin('contacts', 'k', 'k.id = c.contactId')
      .leftJoin('agents', 'a', 'a.id = c.assigneeId')
      .where('c.slaAmberAt <= :now', { now: sqlTimestamp(now) })
      .andWhere("c.status <> 'closed'")
      .orderBy('c.slaDueAt', 'ASC')
      .limit(AT_RISK_LISTED)
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => {
      const dueAt = isoOf(r.dueAt as string);
      return {
        conversationId: Number(r.conversationId),
        inboxId: Number(r.inboxId),
        inboxName: String(r.inboxName),
        contactName: (r.contactName as string | null) ?? null,
        status: String(r.status),
        assigneeId: r.assigneeId === null ? null : Number(r.assigneeId),
        assigneeName: (r.assigneeName as string | null) ?? null,
        target: r.target as SlaTarget,
        amberAt: isoOf(r.amberAt as string),
        dueAt,
        breached: Date.parse(dueAt) <= now.getTime(),
      };
    });
  }

  private decided(query: SelectQueryBuilder<ObjectLiteral>, column: 'decidedAt' | 'breachedAt', filters: ReportFilters, target?: SlaTarget): SelectQueryBuilder<ObjectLiteral> {
    query.where(`s.${column} >= :from AND s.${column} < :to`, { from: sqlTimestamp(new Date(filters.from)), to: sqlTimestamp(new Date(filters.to)) });
    if (target) query.andWhere('s.target = :target', { target });
    if (filters.inboxId) query.andWhere('s.inboxId = :inboxId', { inboxId: filters.inboxId });
    if (filters.teamId) query.andWhere('s.teamId = :teamId', { teamId: filters.teamId });
    if (filters.agentId) query.andWhere('s.agentId = :agentId', { agentId: filters.agentId });
    if (filters.channel) query.andWhere('s.inboxId IN (SELECT ci.id FROM inboxes ci WHERE ci.type = :channel)', { channel: filters.channel });
    return query;
  }

  private async breakdown({ key, table, join }: Breakdown, filters: ReportFilters, target?: SlaTarget): Promise<SlaReportRow[]> {
    let query = this.db.createQueryBuilder().from('sla_clocks', 's');
    if (join) query = join(query);
    const rows = await this.decided(query, 'decidedAt', filters, target)
      .select(`${key} AS id`)
      .addSelect('COUNT(*) AS decided')
      .addSelect('SUM(CASE WHEN s.met = 1 THEN 1 ELSE 0 END) AS met')
      .groupBy(key)
      .getRawMany<{ id: number | string | null; decided: number | string; met: number | string | null }>();
    const ids = rows.flatMap((r) => (r.id === null ? [] : [Number(r.id)]));
    const names = new Map<number, string>();
    if (table && ids.length) {
      const named = await this.db.createQueryBuilder().select(['t.id AS id', 't.name AS name']).from(table, 't').where('t.id IN (:...ids)', { ids }).getRawMany<{ id: number | string; name: string }>();
      for (const n of named) names.set(Number(n.id), n.name);
    }
    return rows
      .map((r) => {
        const decided = Number(r.decided);
        const met = Number(r.met ?? 0);
        const id = r.id === null ? null : Number(r.id);
        return { id, name: id === null ? null : (names.get(id) ?? null), decided, met, share: decided ? met / decided : null };
      })
      .sort((a, b) => b.decided - a.decided);
  }

  private async breaches(filters: ReportFilters, target?: SlaTarget): Promise<SlaBreachDto[]> {
    const query = this.db.createQueryBuilder().from('sla_clocks', 's').leftJoin('sla_policies', 'p', 'p.id = s.policyId').leftJoin('agents', 'a', 'a.id = s.agentId');
    const rows = await this.decided(query, 'breachedAt', filters, target)
      .select(['s.id AS clockId', 's.conversationId AS conversationId', 's.target AS target', 's.policyId AS policyId', 'p.name AS policyName', 's.inboxId AS inboxId', 's.agentId AS agentId', 'a.name AS agentName'])
      .addSelect(['s.dueAt AS dueAt', 's.breachedAt AS breachedAt'])
      .orderBy('s.breachedAt', 'DESC')
      .limit(BREACHES_LISTED)
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      clockId: Number(r.clockId),
      conversationId: Number(r.conversationId),
      target: r.target as SlaTarget,
      policyId: Number(r.policyId),
      policyName: (r.policyName as string | null) ?? null,
      inboxId: Number(r.inboxId),
      agentId: r.agentId === null ? null : Number(r.agentId),
      agentName: (r.agentName as string | null) ?? null,
      dueAt: isoOf(r.dueAt as string),
      breachedAt: isoOf(r.breachedAt as string),
    }));
  }
}
