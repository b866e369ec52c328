import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../../../connectors/test/fake-telegram-api';
import { startTestApp, type TestApp } from '../support/test-app';

const BOT_TOKEN = '555666777:AAH-at-rest-token_never_stored_plain';

describe('inbox secrets at rest', () => {
  let api: FakeTelegramApi;
  let t: TestApp;
  let admin: string;
  let inboxId: number;

  beforeAll(async () => {
    api = await FakeTelegramApi.start({ tokens: [BOT_TOKEN] });
    t = await startTestApp({ TELEGRAM_API_ROOT: api.apiRoot, PUBLIC_URL: 'https://inbox.example.com', DEMO: 'false' });
    admin = await t.login();
    const res = await t.api('/api/inboxes', { token: admin, body: { type: 'telegram', name: 'Bot', telegram: { botToken: BOT_TOKEN } } });
    expect(res.status).toBe(201);
    inboxId = res.body.inbox.id;
  });
  afterAll(async () => {
    await t.close();
    await api.close();
  });

  it('keeps the bot token and webhook secret only encrypted in the database', async () => {
    const rows = await t.app.get(DataSource).query('SELECT * FROM inboxes WHERE id = ?', [inboxId]);
    const stored = JSON.stringify(rows);
    expect(rows[0].secretsEncrypted).toMatch(/^v1\./);
    expect(stored).not.toContain(BOT_TOKEN);
    expect(stored).not.toContain(BOT_TOKEN.split(':')[1]);
    expect(stored).not.toContain(api.webhook?.secretToken ?? 'no webhook secret');
  });

  it('never sends the secrets to a client, not even to admins', async () => {
    const answers = [await t.api(`/api/inboxes/${inboxId}`, { token: admin }), await t.api('/api/inboxes', { token: admin })];
    for (const answer of answers) {
      const text = JSON.stringify(answer.body);
      expect(text).not.toContain(BOT_TOKEN.split(':')[1]);
      expect(text).not.toContain(api.webhook?.secretToken ?? 'no webhook secret');
      expect(text).not.toContain('secretsEncrypted');
    }
  });
});
