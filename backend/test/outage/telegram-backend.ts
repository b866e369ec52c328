import { expect } from 'vitest';
import { FakeTelegramApi } from '../../../connectors/test/fake-telegram-api';
import { startBackendProcess, type BackendProcess } from '../support/backend-process';

/** A backend process with one Telegram bot in webhook mode, its admin online: what the outage tests put load on. */
export interface TelegramBackend {
  backend: BackendProcess;
  fake: FakeTelegramApi;
  inboxId: number;
  /** Posts one update as Telegram would; the HTTP status, or 0 when nothing answered within 20 s. */
  post(body: string): Promise<number>;
  close(): Promise<void>;
}

export async function startTelegramBackend(env: Record<string, string>): Promise<TelegramBackend> {
  const fake = await FakeTelegramApi.start({});
  const backend = await startBackendProcess({ TELEGRAM_API_ROOT: fake.apiRoot, PUBLIC_URL: 'https://inbox.example.com', ...env });
  await backend.api('/api/agents/me/status', { method: 'PATCH', body: { status: 'online' } });
  const inbox = await backend.api('/api/inboxes', { body: { type: 'telegram', name: 'Bot', telegram: { botToken: '123456789:AAF-outage-token_for_the_fake' } } });
  expect(inbox.status, JSON.stringify(inbox.body)).toBe(201);
  const inboxId = inbox.body.inbox.id as number;
  const secret = fake.webhook?.secretToken ?? '';
  return {
    backend,
    fake,
    inboxId,
    async post(body) {
      const res = await fetch(`${backend.url}/webhooks/telegram/${inboxId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body,
        signal: AbortSignal.timeout(20_000),
      }).catch(() => null);
      return res ? (await res.text(), res.status) : 0;
    },
    async close() {
      await backend.stop();
      await fake.close();
    },
  };
}
