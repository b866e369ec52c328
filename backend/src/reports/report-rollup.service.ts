import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { sqlTimestamp } from '../database/column-types';
import { ConversationEvent } from '../conversations/conversation-event.entity';
import { foldConversation, type ConversationPlace, type EventRow } from './conversation-facts.policy';
import { ReportFact, ReportRollupState } from './report-fact.entity';

const STATE = 'facts';
const SCAN_BATCH = 20_000;
const FOLD_BATCH = 2_000;
/**
 * An event id is taken when the row is inserted but becomes visible at
 * commit, so a slow transaction can show an event below ids already read.
 * The mark only passes events older than this (no transaction lives that
 * long); newer ones are folded again on the next catch-up.
 */
const SETTLE_MS = 5 * 60_000;

/** Keeps `report_conversation_facts` up to date with the event log. */
@Injectable()
export class ReportRollupService {
  private running: Promise<void> | null = null;
  /**
   * Events above the stored mark that this process has folded already: the
   * unsettled tail is read again on every catch-up, but only its new events
   * cost a refold.
   */
  private readonly folded = new Set<number>();

  constructor(private readonly db: DataSource) {}

  /** Folds every event written since the last catch-up; callers arriving meanwhile share the run in progress. */
  catchUp(): Promise<void> {
    this.running ??= this.fold().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async fold(): Promise<void> {
    const mark = await this.mark();
    const settledBefore = sqlTimestamp(new Date(Date.now() - SETTLE_MS));
    for (;;) {
      const rows: Array<{ id: number; conversationId: number; settled: number | string }> = await this.db.query(
        `SELECT id, conversationId, CASE WHEN createdAt < ? THEN 1 ELSE 0 END AS settled FROM conversation_events WHERE id > ? ORDER BY id LIMIT ${SCAN_BATCH}`,
        [settledBefore, mark.scanned],
      );
      if (rows.length === 0) break;
      const fresh = rows.filter((r) => !this.folded.has(Number(r.id)));
      const touched = [...new Set(fresh.map((r) => Number(r.conversationId)))];
      for (let i = 0; i < touched.length; i += FOLD_BATCH) await this.refold(touched.slice(i, i + FOLD_BATCH));
      for (const r of fresh) this.folded.add(Number(r.id));
      // The mark stops below the first unsettled event; the scan itself goes on past it.
      for (const r of rows) {
        if (mark.open || Number(r.settled) !== 1) mark.open = true;
        else mark.settled = Number(r.id);
      }
      mark.scanned = Number(rows[rows.length - 1].id);
      if (rows.length < SCAN_BATCH) break;
    }
    if (mark.settled > mark.initial) {
      await this.db.query('UPDATE report_rollup_state SET lastEventId = ? WHERE name = ? AND lastEventId < ?', [mark.settled, STATE, mark.settled]);
    }
    for (const id of this.folded) if (id <= mark.settled) this.folded.delete(id);
  }

  private async mark(): Promise<{ initial: number; settled: number; scanned: number; open: boolean }> {
    const repo = this.db.getRepository(ReportRollupState);
    let state = await repo.findOneBy({ name: STATE });
    if (!state) {
      await repo.createQueryBuilder().insert().values({ name: STATE, lastEventId: 0 }).orIgnore().execute();
      state = await repo.findOneByOrFail({ name: STATE });
    }
    return { initial: state.lastEventId, settled: state.lastEventId, scanned: state.lastEventId, open: false };
  }

  /** Recomputes the facts of these conversations from all their events. */
  async refold(conversationIds: number[]): Promise<void> {
    if (conversationIds.length === 0) return;
    const marks = conversationIds.map(() => '?').join(',');
    const places: Array<{ id: number; inboxId: number; teamId: number | null; inboxTeamId: number | null; channel: string }> = await this.db.query(
      `SELECT c.id, c.inboxId, c.teamId, i.teamId AS inboxTeamId, i.type AS channel FROM conversations c JOIN inboxes i ON i.id = c.inboxId WHERE c.id IN (${marks})`,
      conversationIds,
    );
    const events = await this.db.getRepository(ConversationEvent).find({
      where: { conversationId: In(conversationIds) },
      order: { conversationId: 'ASC', id: 'ASC' },
      select: { conversationId: true, type: true, agentId: true, actorId: true, data: true, createdAt: true },
    });
    const byConversation = new Map<number, EventRow[]>();
    for (const e of events) {
      const list = byConversation.get(e.conversationId) ?? [];
      list.push({ type: e.type, agentId: e.agentId, actorId: e.actorId, data: e.data, at: new Date(e.createdAt).getTime() });
      byConversation.set(e.conversationId, list);
    }
    const facts = places.map((p) => {
      const place: ConversationPlace = { conversationId: Number(p.id), inboxId: Number(p.inboxId), channel: p.channel, teamId: p.teamId ?? p.inboxTeamId ?? null };
      return foldConversation(place, byConversation.get(place.conversationId) ?? []);
    });
    // An upsert, not delete-and-insert: two processes folding one conversation at once both succeed.
    for (let i = 0; i < facts.length; i += 500) await this.db.getRepository(ReportFact).upsert(facts.slice(i, i + 500), ['conversationId']);
  }
}
