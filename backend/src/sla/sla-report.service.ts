import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { sqlTimestamp } from '../database/column-types';
import type { ReportFilters } from '../reports/reports.service';
import type { SlaAtRiskDto, SlaBreachDto, SlaReportDto, SlaReportRow } from './sla.responses';
import { rollUp, type DecidedGroup, type ShareRow } from './sla-report.policy';
import type { SlaTarget } from './sla.entities';

/** The breaches a report lists, newest first. */
const BREACHES_LISTED = 200;
/** The floor's list of conversations at risk. */
const AT_RISK_LISTED = 100;

/** A driver's raw time (a Date from MySQL, `YYYY-MM-DD HH:MM:SS.mmm` in UTC from SQLite) as ISO 8601. */
const isoOf = (value: Date | string): string => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)).toISOString();

/** The per-key breakdowns and the tables that name their ids. */
const BREAKDOWNS: Array<[keyof Omit<SlaReportDto, 'breaches' | 'labels'>, keyof Omit<DecidedGroup, 'decided' | 'met'>, string]> = [
  ['policies', 'policyId', 'sla_policies'],
  ['inboxes', 'inboxId', 'inboxes'],
  ['teams', 'teamId', 'teams'],
  ['operators', 'agentId', 'agents'],
];

/**
 * The SLA report (docs/sla.md): of the targets decided in the period (met,
 * or breached), the share met per policy, inbox, team, operator and label,
 * and the breaches themselves; and the floor's conversations at risk now.
 */
@Injectable()
export class SlaReportService {
  constructor(private readonly db: DataSource) {}

  async report(filters: ReportFilters, target?: SlaTarget): Promise<SlaReportDto> {
    const [groups, labels, breaches] = await Promise.all([this.groups(filters, target), this.byLabel(filters, target), this.breaches(filters, target)]);
    const tables = await Promise.all(BREAKDOWNS.map(([, key, table]) => this.named(rollUp(groups, (g) => g[key]), table)));
    return { ...(Object.fromEntries(BREAKDOWNS.map(([name], i) => [name, tables[i]])) as Omit<SlaReportDto, 'breaches' | 'labels'>), labels, breaches };
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

  /** One pass over the period's decided targets (an index-only range scan): counted per policy, inbox, team and operator. */
  private async groups(filters: ReportFilters, target?: SlaTarget): Promise<DecidedGroup[]> {
    const rows = await this.decided(this.db.createQueryBuilder().from('sla_clocks', 's'), 'decidedAt', filters, target)
      .select(['s.policyId AS policyId', 's.inboxId AS inboxId', 's.teamId AS teamId', 's.agentId AS agentId'])
      .addSelect('COUNT(*) AS decided')
      .addSelect('SUM(CASE WHEN s.met = 1 THEN 1 ELSE 0 END) AS met')
      .groupBy('s.policyId')
      .addGroupBy('s.inboxId')
      .addGroupBy('s.teamId')
      .addGroupBy('s.agentId')
      .getRawMany<Record<keyof DecidedGroup, number | string | null>>();
    const id = (value: number | string | null) => (value === null ? null : Number(value));
    return rows.map((r) => ({ policyId: Number(r.policyId), inboxId: Number(r.inboxId), teamId: id(r.teamId), agentId: id(r.agentId), decided: Number(r.decided), met: Number(r.met ?? 0) }));
  }

  /** By the labels the conversations carry: a target counts once under each of its conversation's labels. */
  private async byLabel(filters: ReportFilters, target?: SlaTarget): Promise<SlaReportRow[]> {
    const rows = await this.decided(this.db.createQueryBuilder().from('sla_clocks', 's').innerJoin('conversation_labels', 'cl', 'cl.conversationId = s.conversationId'), 'decidedAt', filters, target)
      .select('cl.labelId AS labelId')
      .addSelect('COUNT(*) AS decided')
      .addSelect('SUM(CASE WHEN s.met = 1 THEN 1 ELSE 0 END) AS met')
      .groupBy('cl.labelId')
      .getRawMany<{ labelId: number | string; decided: number | string; met: number | string | null }>();
    const counts = rows.map((r) => ({ labelId: Number(r.labelId), decided: Number(r.decided), met: Number(r.met ?? 0) }));
    return this.named(rollUp(counts, (c) => c.labelId), 'labels');
  }

  /** The rows with the names of their ids (policy, inbox, team, operator, label) as they are now. */
  private async named(rows: ShareRow[], table: string): Promise<SlaReportRow[]> {
    const ids = rows.flatMap((r) => (r.id === null ? [] : [r.id]));
    const names = new Map<number, string>();
    if (ids.length) {
      const named = await this.db.createQueryBuilder().select(['t.id AS id', 't.name AS name']).from(table, 't').where('t.id IN (:...ids)', { ids }).getRawMany<{ id: number | string; name: string }>();
      for (const n of named) names.set(Number(n.id), n.name);
    }
    return rows.map((r) => ({ ...r, name: r.id === null ? null : (names.get(r.id) ?? null) }));
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
