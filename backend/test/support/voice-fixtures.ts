import twilio from 'twilio';
import { DataSource } from 'typeorm';
import { FakeTwilioApi, sid } from '../../../connectors/test/twilio-voice/fake-twilio-api';
import { readTwiml, type Verb } from '../../../connectors/test/twilio-voice/twiml';
import { startTestApp, type TestApp } from './test-app';

export { FakeTwilioApi, readTwiml, sid, type Verb };

/** The address Twilio calls: a proxy in front of the test server, so signatures must use it, not the local URL. */
export const PUBLIC_URL = 'https://voice.example.com';
export const ACCOUNT_SID = sid('AC', 0xabc);
export const AUTH_TOKEN = 'twilioauthtoken0123456789abcdef';
export const API_KEY_SID = sid('SK', 0xabc);
export const API_KEY_SECRET = 'apikeysecret0123456789abcdef';
export const NUMBER = '+4940111222';

export interface VoiceTest {
  t: TestApp;
  api: FakeTwilioApi;
  adminToken: string;
  close(): Promise<void>;
}

export async function startVoiceTest(): Promise<VoiceTest> {
  const api = await new FakeTwilioApi().start();
  const t = await startTestApp({ PUBLIC_URL, TWILIO_API_URL: api.url });
  const adminToken = await t.login();
  return { t, api, adminToken, close: async () => (await t.close(), await api.stop()) };
}

/** A voice inbox (its own team, so each test's operators are the only ones who can take its calls). */
export async function createVoiceInbox(vt: VoiceTest, over: { settings?: Record<string, unknown>; automation?: Record<string, unknown>; routingMode?: string; routing?: Record<string, unknown>; browserCalling?: boolean } = {}) {
  const team = await vt.t.api('/api/teams', { token: vt.adminToken, body: { name: `Phones ${Math.random().toString(36).slice(2, 8)}` } });
  const created = await vt.t.api('/api/inboxes', {
    token: vt.adminToken,
    body: {
      type: 'twilio-voice',
      name: 'Hotline',
      teamId: team.body.team.id,
      ...(over.routingMode ? { routingMode: over.routingMode } : {}),
      ...(over.routing ? { routing: over.routing } : {}),
      ...(over.automation ? { automation: over.automation } : {}),
      voice: {
        phoneNumber: NUMBER,
        accountSid: ACCOUNT_SID,
        authToken: AUTH_TOKEN,
        ...(over.browserCalling === false ? {} : { apiKeySid: API_KEY_SID, apiKeySecret: API_KEY_SECRET, twimlAppSid: sid('AP', 0xabc) }),
        ...(over.settings ? { settings: over.settings } : {}),
      },
    },
  });
  if (created.status !== 201) throw new Error(`voice inbox: ${created.status} ${JSON.stringify(created.body)}`);
  return { inbox: created.body.inbox as { id: number; settings: Record<string, unknown> }, teamId: team.body.team.id as number };
}

let calls = 0;
/** A fresh CallSid for each simulated call. */
export const nextCallSid = () => sid('CA', 0x1000 + ++calls);

/**
 * Posts a callback as Twilio would: form-encoded, signed with twilio's own
 * helper over the public URL (query included). `signature` overrides it.
 */
export async function postTwilio(vt: VoiceTest, inboxId: number | string, hook: string, params: Record<string, string>, options: { query?: string; signature?: string | null; token?: string } = {}) {
  const path = `/webhooks/twilio/${inboxId}/${hook}${options.query ?? ''}`;
  const signed = twilio.getExpectedTwilioSignature(options.token ?? AUTH_TOKEN, PUBLIC_URL + path, params);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (options.signature !== null) headers['x-twilio-signature'] = options.signature ?? signed;
  const res = await fetch(vt.t.url + path, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  const text = await res.text();
  return { status: res.status, text, type: res.headers.get('content-type') ?? '', verbs: res.status === 200 ? readTwiml(text) : [], json: res.status === 200 ? null : JSON.parse(text) };
}

/** The voice webhook's body for a new call from `from`. */
export const incomingCall = (callSid: string, from: string, extra: Record<string, string> = {}) => ({
  CallSid: callSid,
  AccountSid: ACCOUNT_SID,
  From: from,
  To: NUMBER,
  CallStatus: 'ringing',
  Direction: 'inbound',
  ApiVersion: '2010-04-01',
  ...extra,
});

export async function rowCounts(t: TestApp) {
  const ds = t.app.get(DataSource);
  const count = async (table: string) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return { calls: await count('voice_calls'), messages: await count('messages'), conversations: await count('conversations'), contacts: await count('contacts') };
}

/** The call message's summary (payload.call) of a conversation, latest call first. */
export async function callsOf(vt: VoiceTest, conversationId: number): Promise<any[]> {
  const messages = await vt.t.api(`/api/conversations/${conversationId}/messages`, { token: vt.adminToken });
  return messages.body.items.filter((m: any) => m.kind === 'call').map((m: any) => m.payload?.call).reverse();
}

/** The conversation the call with this sid is in. */
export async function conversationOfCall(vt: VoiceTest, callSid: string): Promise<number> {
  const rows = await vt.t.app.get(DataSource).query('SELECT conversationId FROM voice_calls WHERE callSid = ?', [callSid]);
  if (!rows.length) throw new Error(`no call ${callSid}`);
  return Number(rows[0].conversationId);
}
