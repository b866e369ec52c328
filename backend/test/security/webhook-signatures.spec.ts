import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import twilio from 'twilio';
import { signMetaPayload } from '@inbox/connectors';
import { FakeTelegramApi } from '../../../connectors/test/fake-telegram-api';
import { cloudText } from '../../../connectors/test/fixtures/meta/whatsapp-cloud';
import { APP_SECRET, createCloudInbox, startMetaTest } from '../support/meta-fixtures';
import { AUTH_TOKEN, createVoiceInbox, incomingCall, nextCallSid, PUBLIC_URL, startVoiceTest } from '../support/voice-fixtures';
import { messageUpdate, rowCounts } from '../support/telegram-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Forged and replayed webhook calls, one table row per provider webhook.
 * A forged call (no signature, a wrong one, one made for another inbox, a
 * genuine signature over a changed body where the provider signs the body)
 * is refused with 401 or 403 and writes nothing; a genuine call is stored;
 * the same genuine call replayed is answered (so the provider stops
 * retrying) and stores nothing more. Add a row for each new webhook.
 */

interface WebhookCall {
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface WebhookHarness {
  t: TestApp;
  /** A genuine call carrying one new customer message, different on each call. */
  genuine(): WebhookCall;
  /** Calls that must not be believed, by name. */
  forgeries(genuine: WebhookCall): Array<[string, WebhookCall]>;
  close(): Promise<void>;
}

interface WebhookCase {
  provider: string;
  start(): Promise<WebhookHarness>;
}

const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const META_SIGNATURE_HEADER = 'x-hub-signature-256';
const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const WEBHOOKS: WebhookCase[] = [
  {
    provider: 'Telegram (X-Telegram-Bot-Api-Secret-Token)',
    async start() {
      const api = await FakeTelegramApi.start({});
      const t = await startTestApp({ TELEGRAM_API_ROOT: api.apiRoot, PUBLIC_URL: 'https://inbox.example.com', DEMO: 'false' });
      const admin = await t.login();
      // Two bots of one deployment: the second's secret must not open the first.
      const connect = async (botToken: string) => {
        const res = await t.api('/api/inboxes', { token: admin, body: { type: 'telegram', name: botToken.slice(0, 9), telegram: { botToken } } });
        if (res.status !== 201) throw new Error(`inbox not created: ${res.status} ${JSON.stringify(res.body)}`);
        return { id: res.body.inbox.id as number, secret: api.webhook?.secretToken ?? '' };
      };
      const first = await connect('123456789:AAF-first-token_for_the_fake_bot');
      // The fake answers getMe as whichever bot it is told to be.
      Object.assign(api.bot, { id: 7000002, username: 'second_test_bot' });
      const second = await connect('987654321:BBF-second-token_for_the_fake');
      expect(first.secret).not.toBe(second.secret);
      let messageId = 1;
      return {
        t,
        genuine: () => ({
          path: `/webhooks/telegram/${first.id}`,
          headers: { [TELEGRAM_SECRET_HEADER]: first.secret },
          body: JSON.stringify(messageUpdate(777_000_001, messageId++, { text: `genuine ${messageId}` })),
        }),
        forgeries: (genuine) => [
          ['no secret', { ...genuine, headers: {} }],
          ['an empty secret', { ...genuine, headers: { [TELEGRAM_SECRET_HEADER]: '' } }],
          ['a wrong secret', { ...genuine, headers: { [TELEGRAM_SECRET_HEADER]: `${first.secret.slice(0, -1)}x` } }],
          ['the secret with a suffix', { ...genuine, headers: { [TELEGRAM_SECRET_HEADER]: `${first.secret}x` } }],
          ['the secret in another header', { ...genuine, headers: { 'x-telegram-secret': first.secret } }],
          ['the secret in the query', { ...genuine, path: `${genuine.path}?secret_token=${encodeURIComponent(first.secret)}`, headers: {} }],
          ['another inbox’s secret', { ...genuine, headers: { [TELEGRAM_SECRET_HEADER]: second.secret } }],
          ['its own secret, at the other inbox', { ...genuine, path: `/webhooks/telegram/${second.id}`, headers: { [TELEGRAM_SECRET_HEADER]: first.secret } }],
        ],
        close: async () => {
          await t.close();
          await api.close();
        },
      };
    },
  },
  {
    provider: 'Meta: WhatsApp Cloud API (X-Hub-Signature-256 over the raw body)',
    async start() {
      const mt = await startMetaTest();
      const inbox = await createCloudInbox(mt);
      let n = 0;
      return {
        t: mt.t,
        genuine: () => {
          const body = JSON.stringify(cloudText('16505551234', `genuine ${(n += 1)}`));
          return { path: `/webhooks/meta/${inbox.id}`, headers: { [META_SIGNATURE_HEADER]: signMetaPayload(body, APP_SECRET) }, body };
        },
        forgeries: (genuine) => [
          ['no signature', { ...genuine, headers: {} }],
          ['a wrong signature', { ...genuine, headers: { [META_SIGNATURE_HEADER]: signMetaPayload(genuine.body, `${APP_SECRET}x`) } }],
          ['the signature without its sha256= prefix', { ...genuine, headers: { [META_SIGNATURE_HEADER]: genuine.headers[META_SIGNATURE_HEADER].replace(/^sha256=/, '') } }],
          ['a genuine signature over a changed body', { ...genuine, body: genuine.body.replace('genuine', 'forged!') }],
          ['a genuine signature over the body re-serialized', { ...genuine, body: JSON.stringify(JSON.parse(genuine.body), null, 1) }],
        ],
        close: () => mt.close(),
      };
    },
  },
  {
    provider: 'Twilio voice (X-Twilio-Signature over the public URL and the parameters)',
    async start() {
      const vt = await startVoiceTest();
      const { inbox } = await createVoiceInbox(vt);
      const path = `/webhooks/twilio/${inbox.id}/voice`;
      const signed = (params: Record<string, string>, token = AUTH_TOKEN, url = PUBLIC_URL + path) => twilio.getExpectedTwilioSignature(token, url, params);
      return {
        t: vt.t,
        genuine: () => {
          const params = incomingCall(nextCallSid(), '+4930123456');
          return { path, headers: { ...FORM, [TWILIO_SIGNATURE_HEADER]: signed(params) }, body: new URLSearchParams(params).toString() };
        },
        forgeries: (genuine) => {
          const params = Object.fromEntries(new URLSearchParams(genuine.body));
          return [
            ['no signature', { ...genuine, headers: FORM }],
            ['signed with another auth token', { ...genuine, headers: { ...FORM, [TWILIO_SIGNATURE_HEADER]: signed(params, `${AUTH_TOKEN}x`) } }],
            ['a genuine signature over a changed caller', { ...genuine, body: new URLSearchParams({ ...params, From: '+4930999999' }).toString() }],
            ['signed for another URL', { ...genuine, headers: { ...FORM, [TWILIO_SIGNATURE_HEADER]: signed(params, AUTH_TOKEN, `https://elsewhere.example.com${path}`) } }],
          ];
        },
        close: () => vt.close(),
      };
    },
  },
];

async function call(t: TestApp, request: WebhookCall) {
  const res = await fetch(t.url + request.path, { method: 'POST', headers: { 'content-type': 'application/json', ...request.headers }, body: request.body });
  return res.status;
}

describe.each(WEBHOOKS)('webhook signatures: $provider', ({ start }) => {
  let h: WebhookHarness;

  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => h.close());

  it('refuses every forgery with 401 or 403 and writes nothing', async () => {
    const genuine = h.genuine();
    const before = await rowCounts(h.t);
    const statuses = [];
    for (const [name, forged] of h.forgeries(genuine)) statuses.push(`${name}: ${await call(h.t, forged)}`);
    expect(statuses.filter((s) => !/: 40[13]$/.test(s))).toEqual([]);
    expect(await rowCounts(h.t)).toEqual(before);
  });

  it('stores a genuine call, and a replay of it answers without storing it again', async () => {
    const genuine = h.genuine();
    const before = await rowCounts(h.t);
    expect(await call(h.t, genuine)).toBe(200);
    const once = await rowCounts(h.t);
    expect(once.messages).toBe(before.messages + 1);
    for (let i = 0; i < 3; i += 1) expect(await call(h.t, genuine)).toBe(200);
    expect(await rowCounts(h.t)).toEqual(once);
  });
});
