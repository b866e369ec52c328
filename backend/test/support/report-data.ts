import type { DataSource } from 'typeorm';
import { sqlTimestamp } from '../../src/database/column-types';
import type { GeneratedConversation } from '../fixtures/report-dataset';

/**
 * Writes a generated dataset as the application would have: one closed
 * conversation per item with its events at their times. Inbox and operator
 * ids of the dataset are mapped onto real rows.
 */
export async function loadReportDataset(
  db: DataSource,
  dataset: GeneratedConversation[],
  ids: { inbox: (datasetId: number) => number; agent: (datasetId: number) => number },
): Promise<number[]> {
  const conversationIds: number[] = [];
  const agent = (id: number | null) => (id === null ? null : ids.agent(id));
  for (const item of dataset) {
    const contact = await db.query("INSERT INTO contacts (name, attributes) VALUES (?, '{}')", [`Customer ${item.place.conversationId}`]);
    const contactId = Number(contact.insertId ?? (await db.query('SELECT MAX(id) AS id FROM contacts'))[0].id);
    const holder = [...item.events].reverse().find((e) => e.agentId !== null)?.agentId ?? null;
    const closed = [...item.events].reverse().find((e) => e.type === 'closed');
    const csat = item.events.find((e) => e.type === 'csat')?.data?.score ?? null;
    const created = sqlTimestamp(new Date(item.events[0].at));
    const inserted = await db.query(
      'INSERT INTO conversations (inboxId, contactId, status, assigneeId, createdAt, updatedAt, closedAt, csatScore) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [ids.inbox(item.place.inboxId), contactId, closed ? 'closed' : 'assigned', agent(holder), created, created, closed ? sqlTimestamp(new Date(closed.at)) : null, csat],
    );
    const conversationId = Number(inserted.insertId ?? (await db.query('SELECT MAX(id) AS id FROM conversations'))[0].id);
    conversationIds.push(conversationId);
    await db.query("INSERT INTO messages (conversationId, inboxId, direction, senderType, kind, text, status, createdAt) VALUES (?, ?, 'in', 'contact', 'text', ?, 'sent', ?)", [
      conversationId,
      ids.inbox(item.place.inboxId),
      `Question number ${item.place.conversationId}`,
      created,
    ]);
    for (const e of item.events) {
      await db.query('INSERT INTO conversation_events (conversationId, type, agentId, actorId, data, createdAt) VALUES (?, ?, ?, ?, ?, ?)', [
        conversationId,
        e.type,
        agent(e.agentId),
        agent(e.actorId),
        e.data ? JSON.stringify(e.data) : null,
        sqlTimestamp(new Date(e.at)),
      ]);
    }
  }
  return conversationIds;
}
