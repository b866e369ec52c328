import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withDeadlockRetry } from '../database/transactions';
import { Conversation } from './conversation.entity';
import type { Message } from './message.entity';
import { completeMessageRow, insertMessages, messagesByExternalId, resolveQuotes, type NewMessage } from './message-rows';

/**
 * Webhook messages of customers with an open conversation, written in bulk
 * for the inbound batcher (channels/inbound-batcher.ts): the hot path of a
 * busy channel, kept apart from the one-at-a-time rules of
 * ConversationsService (docs/architecture.md, "Exactly once on the way in").
 */
@Injectable()
export class InboundMessages {
  constructor(private readonly db: DataSource) {}

  /**
   * Several customers' messages into their open conversations at once (a
   * webhook burst): one multi-row INSERT, instead of a transaction each. A
   * resent message fails the INSERT (the unique key; both databases roll
   * back just that statement), the rows then go one by one, and it comes
   * back as the stored row, `duplicate: true`. The conversations'
   * `lastMessageAt` is the caller's to note (noteLastMessages), after the
   * answer.
   */
  async add(
    batch: Array<{ conversation: Pick<Conversation, 'id' | 'inboxId'>; input: NewMessage }>,
    options: { resendsLookedUp?: boolean } = {},
  ): Promise<Array<{ message: Message; duplicate: boolean }>> {
    if (batch.length === 0) return [];
    const items = await resolveQuotes(this.db.manager, batch);
    const now = new Date();
    const key = (inboxId: number, externalId: string | null | undefined) => `${inboxId}:${externalId}`;
    // Resent webhooks are told apart before the write, so one multi-row INSERT stores the rest (`resendsLookedUp`:
    // the caller did). A lone message is simply inserted: the unique key refuses a resend, which is then read back
    // as a race would be; so is a resend stored after the caller looked.
    const lookUp = items.length > 1 && !options.resendsLookedUp;
    const earlier = new Map((lookUp ? await this.storedByExternalId(items) : []).map((m) => [key(m.inboxId, m.externalId), m]));
    const fresh: number[] = [];
    const firstOfKey = new Map<string, number>();
    for (const [i, { conversation, input }] of items.entries()) {
      const k = key(conversation.inboxId, input.externalId);
      if (!input.externalId || (!earlier.has(k) && !firstOfKey.has(k))) fresh.push(i);
      if (input.externalId && !firstOfKey.has(k)) firstOfKey.set(k, i);
    }
    const stored = new Map<number, Message>();
    // One statement, atomic by itself: no transaction around it (a deadlock rolls it back whole, and it runs again).
    await withDeadlockRetry(async () => {
      stored.clear();
      // Plain instances: the repository's create() walks the entity's metadata per row, for columns given here.
      const rows = fresh.map((i) => completeMessageRow(items[i].conversation, items[i].input, now));
      const ids = await insertMessages(this.db.manager, rows);
      for (const [k, i] of fresh.entries()) {
        if (ids[k] === null) continue;
        rows[k].id = ids[k];
        stored.set(i, rows[k]);
      }
    });
    // A resend within this batch gets the row stored for its first copy; one that lost a race with a copy
    // stored elsewhere meanwhile gets that one.
    for (const row of stored.values()) if (!earlier.has(key(row.inboxId, row.externalId))) earlier.set(key(row.inboxId, row.externalId), row);
    const raced = items.filter((item, i) => !stored.has(i) && !earlier.has(key(item.conversation.inboxId, item.input.externalId)));
    for (const m of await this.storedByExternalId(raced)) earlier.set(key(m.inboxId, m.externalId), m);
    return items.map(({ conversation, input }, i) => {
      const row = stored.get(i);
      if (row) return { message: row, duplicate: false };
      const existing = earlier.get(key(conversation.inboxId, input.externalId));
      if (!existing) throw new Error(`message ${input.externalId} was reported stored but is not there`);
      return { message: existing, duplicate: true };
    });
  }

  /**
   * Conversations' `lastMessageAt`, for messages stored by add()
   * (which leaves it, so a webhook is answered after one statement): set to
   * each time unless the conversation already shows a later message.
   */
  async noteLastMessages(latest: Map<number, Date>): Promise<void> {
    const byTime = new Map<number, number[]>();
    for (const [conversationId, at] of latest) byTime.set(at.getTime(), [...(byTime.get(at.getTime()) ?? []), conversationId]);
    // Written out (every pushed batch runs it): TypeORM's update() spent longer building it than the database took.
    const metadata = this.db.getMetadata(Conversation);
    const column = metadata.findColumnWithPropertyName('lastMessageAt');
    const updatedAt = metadata.updateDateColumn;
    if (!column || !updatedAt) throw new Error('Conversation has no lastMessageAt or updatedAt column');
    const conversations = this.db.driver.escape('conversations');
    for (const [time, ids] of byTime) {
      const at: unknown = this.db.driver.preparePersistentValue(new Date(time), column);
      // updatedAt as the repository's update() would set it.
      const now: unknown = this.db.driver.preparePersistentValue(new Date(), updatedAt);
      await this.db.query(
        `UPDATE ${conversations} SET lastMessageAt = ?, updatedAt = ? WHERE id IN (${ids.map(() => '?').join(', ')}) AND (lastMessageAt IS NULL OR lastMessageAt < ?)`,
        [at, now, ...ids, at],
      );
    }
  }

  private async storedByExternalId(items: Array<{ conversation: Pick<Conversation, 'inboxId'>; input: NewMessage }>): Promise<Message[]> {
    const wanted = items.filter((item) => item.input.externalId);
    if (wanted.length === 0) return [];
    return messagesByExternalId(this.db.manager, wanted.map(({ conversation, input }) => ({ inboxId: conversation.inboxId, externalId: input.externalId as string })));
  }
}
