import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource, In } from 'typeorm';
import { Conversation } from '../src/conversations/conversation.entity';
import { ConversationPresenter } from '../src/conversations/conversation.presenter';
import { createTelegramInbox, eventually, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';

/**
 * Pushes present conversations with one joined statement (conversationsById),
 * the REST API from loaded rows (conversations): both must show the same.
 */
describe('the conversation presenter', () => {
  let tt: TelegramTest;

  beforeAll(async () => {
    tt = await startTelegramTest({ PUBLIC_URL: 'https://inbox.example.com' });
  });
  afterAll(() => tt.close());

  it('presents by id exactly what it presents from loaded rows: contact, inbox, labels, last message that is not a note', async () => {
    const { inbox, secret } = await createTelegramInbox(tt);
    for (const [chat, text] of [[710_001, 'Hello'], [710_002, 'Where is my parcel?'], [710_003, 'Bonjour']] as const) {
      expect((await postUpdate(tt, inbox.id, secret, messageUpdate(chat, 1, { text, from: { id: chat, is_bot: false, first_name: `Customer ${chat}` } }))).status).toBe(200);
    }
    const ids = await eventually(async () => {
      const list = await tt.t.api('/api/conversations?view=all&limit=50', { token: tt.adminToken });
      const mine = (list.body.items as Array<{ id: number; inboxId: number }>).filter((c) => c.inboxId === inbox.id).map((c) => c.id);
      return mine.length === 3 ? mine.sort((a, b) => a - b) : null;
    });
    const [withNote, labelled, closed] = ids;
    expect((await tt.t.api(`/api/conversations/${withNote}/messages`, { token: tt.adminToken, body: { text: 'a note, never the last message shown', private: true } })).status).toBe(201);
    const label = await tt.t.api('/api/labels', { token: tt.adminToken, body: { name: 'Delivery', color: '#2f80ed' } });
    expect((await tt.t.api(`/api/conversations/${labelled}/labels`, { method: 'PUT', token: tt.adminToken, body: { labelIds: [label.body.label.id] } })).status).toBe(200);
    expect((await tt.t.api(`/api/conversations/${closed}/close`, { method: 'POST', token: tt.adminToken, body: {} })).status).toBe(200);

    const presenter = tt.t.app.get(ConversationPresenter);
    const rows = await tt.t.app.get(DataSource).getRepository(Conversation).findBy({ id: In(ids) });
    const fromRows = await presenter.conversations(rows.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)));
    const byId = await presenter.conversationsById([...ids, 99_999_999]);
    expect(byId).toEqual(fromRows);
    expect(byId.map((c) => [c.status, c.lastMessage?.text, c.labels.map((l) => l.name), c.contact?.name, c.inbox?.type])).toEqual([
      ['assigned', 'Hello', [], 'Customer 710001', 'telegram'],
      ['assigned', 'Where is my parcel?', ['Delivery'], 'Customer 710002', 'telegram'],
      ['closed', 'Bonjour', [], 'Customer 710003', 'telegram'],
    ]);
  });
});
