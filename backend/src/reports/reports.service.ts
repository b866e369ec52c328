import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import type { ConversationFact } from './conversation-facts.policy';
import { toCsv } from './csv.util';
import { conversationRows } from './conversation-rows';
import { AttributeDefinition } from '../attributes/attribute-definition.entity';
import { Contact } from '../contacts/contact.entity';
import { Conversation } from '../conversations/conversation.entity';
import {
  computeMetrics,
  dailyVolume,
  defaultServiceLevel,
  groupBy,
  groupByLabel,
  loadHeatmap,
  staffingHint,
  weekdayOccurrences,
  type MetricSet,
  type ServiceLevelTarget,
} from './metrics.policy';
import { ReportRollupService } from './report-rollup.service';
import { ServiceLevelTargetRow } from './report-fact.entity';
import type { ReportQueryDto, ReportTable } from './reports.dto';

const DAY_MS = 86_400_000;
/** Conversations whose attributes one query of the row export reads. */
const EXPORT_CHUNK = 500;

const parseJson = (text: string | null): Record<string, unknown> => (text ? (JSON.parse(text) as Record<string, unknown>) : {});
const MAX_RANGE_DAYS = 400;

export interface ReportFilters {
  from: number;
  to: number;
  inboxId?: number;
  agentId?: number;
  teamId?: number;
  channel?: string;
}

export interface ReviewFigures {
  reviews: number;
  reviewAverage: number | null;
}

/** Reports over the conversation facts (the folded event log), filtered by period, inbox, channel, team and operator. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly rollup: ReportRollupService,
  ) {}

  filters(query: ReportQueryDto, now = Date.now()): ReportFilters {
    const to = query.to ? Date.parse(query.to) : now;
    const from = query.from ? Date.parse(query.from) : to - 7 * DAY_MS;
    if (!(from < to)) throw new BadRequestException('from must be before to');
    if (to - from > MAX_RANGE_DAYS * DAY_MS) throw new BadRequestException(`from: a report covers at most ${MAX_RANGE_DAYS} days`);
    return { from, to, inboxId: query.inboxId, agentId: query.agentId, teamId: query.teamId, channel: query.channel };
  }

  async summary(query: ReportQueryDto) {
    const filters = this.filters(query);
    await this.rollup.catchUp();
    const [facts, targets, reviews, inboxes, agents, labelled] = await Promise.all([
      this.facts(filters),
      this.targets(),
      this.reviewScores(filters),
      this.db.getRepository(Inbox).find({ select: { id: true, name: true, type: true } }),
      this.db.getRepository(Agent).find({ select: { id: true, name: true, role: true, maxChats: true } }),
      this.labelsOfFacts(filters),
    ]);
    const targetOf = (inboxId: number, channel: string) => targets.get(inboxId) ?? defaultServiceLevel(channel);
    const metrics = computeMetrics(facts, targetOf);
    const staffingTarget = query.inboxId
      ? targetOf(query.inboxId, inboxes.find((i) => i.id === query.inboxId)?.type ?? 'webchat')
      : defaultServiceLevel(query.channel ?? 'webchat');
    const operators = agents.filter((a) => a.role === 'agent');
    const concurrency =
      query.concurrency ?? (query.channel === 'twilio-voice' ? 1 : Math.max(1, Math.round(operators.reduce((s, a) => s + a.maxChats, 0) / (operators.length || 1)) || 1));
    const heatmap = loadHeatmap(facts, query.tzOffset);
    const staffing =
      metrics.averageHandlingSeconds === null
        ? heatmap.map((hours) => hours.map(() => 0))
        : staffingHint(heatmap, weekdayOccurrences(filters.from, filters.to, query.tzOffset), {
            handlingSeconds: metrics.averageHandlingSeconds,
            serviceLevel: staffingTarget,
            concurrency,
          });
    const reviewsOf = (agentId: number | null) => figures(agentId === null ? reviews : reviews.filter((r) => r.agentId === agentId));
    const agentName = new Map(agents.map((a) => [a.id, a.name]));
    return {
      from: new Date(filters.from).toISOString(),
      to: new Date(filters.to).toISOString(),
      metrics: { ...metrics, ...reviewsOf(null) },
      daily: dailyVolume(facts, query.tzOffset),
      heatmap,
      staffing,
      staffingBasis: { handlingSeconds: metrics.averageHandlingSeconds, concurrency, ...staffingTarget },
      operators: [...groupBy(facts, (f) => f.agentId).entries()]
        .map(([agentId, rows]) => ({ agentId, name: agentName.get(agentId) ?? `#${agentId}`, ...computeMetrics(rows, targetOf), ...reviewsOf(agentId) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      inboxes: [...groupBy(facts, (f) => f.inboxId).entries()]
        .map(([inboxId, rows]) => {
          const inbox = inboxes.find((i) => i.id === inboxId);
          return { inboxId, name: inbox?.name ?? `#${inboxId}`, channel: inbox?.type ?? rows[0].channel, target: targetOf(inboxId, rows[0].channel), ...computeMetrics(rows, targetOf) };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
      labels: [...groupByLabel(facts, labelled.labelsOf).entries()]
        .map(([labelId, rows]) => {
          const label = labelled.labels.get(labelId);
          return { labelId, name: label?.name ?? `#${labelId}`, color: label?.color ?? '#888888', ...computeMetrics(rows, targetOf) };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  /** One table of the summary as CSV. */
  async exportCsv(query: ReportQueryDto, table: ReportTable): Promise<string> {
    if (table === 'conversations') return this.conversationsCsv(this.filters(query));
    const s = await this.summary(query);
    const metricColumns: Array<keyof MetricSet> = [
      'conversations', 'answered', 'abandoned', 'abandonmentRate', 'firstResponseMedianSeconds', 'firstResponseP90Seconds', 'averageSpeedOfAnswerSeconds',
      'serviceLevel', 'averageHandlingSeconds', 'transfers', 'transferRate', 'csatResponses', 'csatAverage', 'csatSatisfied',
    ];
    const hours = Array.from({ length: 24 }, (_, h) => `h${String(h).padStart(2, '0')}`);
    const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    switch (table) {
      case 'metrics':
        return toCsv(['metric', 'value'], Object.entries(s.metrics).map(([k, v]) => [k, v]));
      case 'daily':
        return toCsv(['day', 'conversations'], s.daily.map((d) => [d.day, d.conversations]));
      case 'operators':
        return toCsv(['agentId', 'name', ...metricColumns, 'reviews', 'reviewAverage'], s.operators.map((o) => [o.agentId, o.name, ...metricColumns.map((c) => o[c]), o.reviews, o.reviewAverage]));
      case 'inboxes':
        return toCsv(['inboxId', 'name', 'channel', ...metricColumns], s.inboxes.map((i) => [i.inboxId, i.name, i.channel, ...metricColumns.map((c) => i[c])]));
      case 'labels':
        return toCsv(['labelId', 'name', ...metricColumns], s.labels.map((l) => [l.labelId, l.name, ...metricColumns.map((c) => l[c])]));
      case 'heatmap':
        return toCsv(['weekday', ...hours], s.heatmap.map((row, d) => [weekdays[d], ...row]));
      case 'staffing':
        return toCsv(['weekday', ...hours], s.staffing.map((row, d) => [weekdays[d], ...row]));
    }
  }

  /** One row per conversation of the report with its custom attributes as columns (conversation-rows.ts). */
  private async conversationsCsv(filters: ReportFilters): Promise<string> {
    await this.rollup.catchUp();
    const facts = (await this.facts(filters)).sort((a, b) => a.conversationId - b.conversationId);
    const columns = await this.db.getRepository(AttributeDefinition).find({ select: { target: true, key: true }, order: { target: 'ASC', id: 'ASC' } });
    const attributes = new Map<number, { contact: Record<string, unknown>; conversation: Record<string, unknown> }>();
    for (let i = 0; i < facts.length; i += EXPORT_CHUNK) {
      const ids = facts.slice(i, i + EXPORT_CHUNK).map((f) => f.conversationId);
      const rows = await this.db
        .getRepository(Conversation)
        .createQueryBuilder('c')
        .leftJoin(Contact, 'k', 'k.id = c.contactId')
        .select(['c.id AS id', 'c.attributes AS conversationAttributes', 'k.attributes AS contactAttributes'])
        .where('c.id IN (:...ids)', { ids })
        .getRawMany<{ id: number | string; conversationAttributes: string | null; contactAttributes: string | null }>();
      for (const r of rows) attributes.set(Number(r.id), { conversation: parseJson(r.conversationAttributes), contact: parseJson(r.contactAttributes) });
    }
    const { header, rows } = conversationRows(facts, (id) => attributes.get(id) ?? { contact: {}, conversation: {} }, columns);
    return toCsv(header, rows);
  }

  async setTarget(inboxId: number, target: { thresholdSeconds: number; targetPercent: number }): Promise<ServiceLevelTargetRow> {
    if (!(await this.db.getRepository(Inbox).existsBy({ id: inboxId }))) throw new NotFoundException(`Inbox ${inboxId} does not exist`);
    await this.db.getRepository(ServiceLevelTargetRow).upsert({ inboxId, ...target }, ['inboxId']);
    return this.db.getRepository(ServiceLevelTargetRow).findOneByOrFail({ inboxId });
  }

  async listTargets(): Promise<Array<{ inboxId: number; name: string; channel: string; thresholdSeconds: number; targetPercent: number; configured: boolean }>> {
    const [inboxes, rows] = await Promise.all([this.db.getRepository(Inbox).find({ select: { id: true, name: true, type: true }, order: { id: 'ASC' } }), this.db.getRepository(ServiceLevelTargetRow).find()]);
    return inboxes.map((inbox) => {
      const row = rows.find((r) => r.inboxId === inbox.id);
      const fallback = defaultServiceLevel(inbox.type);
      return {
        inboxId: inbox.id,
        name: inbox.name,
        channel: inbox.type,
        thresholdSeconds: row?.thresholdSeconds ?? fallback.thresholdSeconds,
        targetPercent: row?.targetPercent ?? Math.round(fallback.target * 100),
        configured: Boolean(row),
      };
    });
  }

  /** Today's figures for the live board, in UTC days. */
  async today(now = Date.now()): Promise<Pick<MetricSet, 'serviceLevel' | 'answered' | 'abandoned' | 'conversations'>> {
    const from = Math.floor(now / DAY_MS) * DAY_MS;
    await this.rollup.catchUp();
    const [facts, targets] = await Promise.all([this.facts({ from, to: from + DAY_MS }), this.targets()]);
    const m = computeMetrics(facts, (inboxId, channel) => targets.get(inboxId) ?? defaultServiceLevel(channel));
    return { conversations: m.conversations, answered: m.answered, abandoned: m.abandoned, serviceLevel: m.serviceLevel };
  }

  private where(filters: ReportFilters, alias: string): { sql: string; params: unknown[] } {
    const parts = [`${alias}.createdAt >= ?`, `${alias}.createdAt < ?`];
    const params: unknown[] = [filters.from, filters.to];
    for (const [column, value] of [['inboxId', filters.inboxId], ['agentId', filters.agentId], ['teamId', filters.teamId], ['channel', filters.channel]] as const) {
      if (value === undefined) continue;
      parts.push(`${alias}.${column} = ?`);
      params.push(value);
    }
    return { sql: parts.join(' AND '), params };
  }

  private async facts(filters: ReportFilters): Promise<ConversationFact[]> {
    const { sql, params } = this.where(filters, 'f');
    const rows: Array<Record<string, number | string | null>> = await this.db.query(
      `SELECT f.conversationId, f.inboxId, f.channel, f.teamId, f.agentId, f.createdAt, f.waitStartAt, f.firstAssignedAt, f.firstReplyAt, f.closedAt, f.abandoned, f.transfers, f.csatScore FROM report_conversation_facts f WHERE ${sql}`,
      params,
    );
    const num = (v: number | string | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      conversationId: Number(r.conversationId),
      inboxId: Number(r.inboxId),
      channel: String(r.channel),
      teamId: num(r.teamId),
      agentId: num(r.agentId),
      createdAt: Number(r.createdAt),
      waitStartAt: num(r.waitStartAt),
      firstAssignedAt: num(r.firstAssignedAt),
      firstReplyAt: num(r.firstReplyAt),
      closedAt: num(r.closedAt),
      abandoned: Number(r.abandoned) === 1,
      transfers: Number(r.transfers),
      csatScore: num(r.csatScore),
    }));
  }

  private async targets(): Promise<Map<number, ServiceLevelTarget>> {
    const rows = await this.db.getRepository(ServiceLevelTargetRow).find();
    return new Map(rows.map((r) => [r.inboxId, { thresholdSeconds: r.thresholdSeconds, target: r.targetPercent / 100 }]));
  }

  /** The labels the report's conversations carry now, and those labels' names and colours. */
  private async labelsOfFacts(filters: ReportFilters): Promise<{ labelsOf: Map<number, number[]>; labels: Map<number, { name: string; color: string }> }> {
    const { sql, params } = this.where(filters, 'f');
    const rows: Array<{ conversationId: number | string; labelId: number | string; name: string; color: string }> = await this.db.query(
      `SELECT cl.conversationId, cl.labelId, l.name, l.color FROM conversation_labels cl JOIN labels l ON l.id = cl.labelId JOIN report_conversation_facts f ON f.conversationId = cl.conversationId WHERE ${sql}`,
      params,
    );
    const labelsOf = new Map<number, number[]>();
    const labels = new Map<number, { name: string; color: string }>();
    for (const r of rows) {
      const conversationId = Number(r.conversationId);
      labelsOf.set(conversationId, [...(labelsOf.get(conversationId) ?? []), Number(r.labelId)]);
      labels.set(Number(r.labelId), { name: r.name, color: r.color });
    }
    return { labelsOf, labels };
  }

  /** Submitted review scores of the conversations in the report. */
  private async reviewScores(filters: ReportFilters): Promise<Array<{ agentId: number; score: number }>> {
    const { sql, params } = this.where(filters, 'f');
    const rows: Array<{ agentId: number; score: number | string }> = await this.db.query(
      `SELECT r.agentId, r.score FROM reviews r JOIN report_conversation_facts f ON f.conversationId = r.conversationId WHERE r.status = 'submitted' AND ${sql}`,
      params,
    );
    return rows.map((r) => ({ agentId: Number(r.agentId), score: Number(r.score) }));
  }
}

function figures(rows: Array<{ score: number }>): ReviewFigures {
  return { reviews: rows.length, reviewAverage: rows.length ? rows.reduce((s, r) => s + r.score, 0) / rows.length : null };
}
