import { attributeText } from '../attributes/attribute.policy';
import type { ConversationFact } from './conversation-facts.policy';

/** The attribute definitions a row export has a column for, in the order they were defined. */
export interface AttributeColumn {
  target: 'contact' | 'conversation';
  key: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The `conversations` table of the CSV export: one row per conversation of
 * the report, its facts, then one column per custom attribute
 * (`contact.<key>`, `conversation.<key>`) with the value it has now.
 */
export function conversationRows(
  facts: readonly ConversationFact[],
  attributesOf: (conversationId: number) => { contact: Record<string, unknown>; conversation: Record<string, unknown> },
  columns: readonly AttributeColumn[],
): { header: string[]; rows: Array<Array<string | number | null>> } {
  const header = ['conversationId', 'inboxId', 'channel', 'teamId', 'agentId', 'createdAt', 'firstReplyAt', 'closedAt', 'abandoned', 'transfers', 'csatScore', ...columns.map((c) => `${c.target}.${c.key}`)];
  const rows = facts.map((f) => {
    const attributes = attributesOf(f.conversationId);
    return [
      f.conversationId,
      f.inboxId,
      f.channel,
      f.teamId,
      f.agentId,
      iso(f.createdAt),
      iso(f.firstReplyAt),
      iso(f.closedAt),
      f.abandoned ? 'yes' : 'no',
      f.transfers,
      f.csatScore,
      ...columns.map((c) => attributeText(attributes[c.target][c.key]) || null),
    ];
  });
  return { header, rows };
}
