import type { Socket } from 'socket.io-client';
import { signMetaPayload } from '@inbox/connectors';
import { FakeGraphApi } from '../../../connectors/test/fake-graph-api';
import { IG_ACCOUNT_ID } from '../../../connectors/test/fixtures/meta/instagram';
import { PHONE_NUMBER_ID, WABA_ID } from '../../../connectors/test/fixtures/meta/whatsapp-cloud';
import { connectSocket, startTestApp, type TestApp } from './test-app';

export const GRAPH_TOKEN = 'EAAGm0PX4ZCpsBAtest_token_for_the_fake_graph';
export const APP_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

export interface MetaTest {
  t: TestApp;
  graph: FakeGraphApi;
  adminToken: string;
  operator: Socket;
  close(): Promise<void>;
}

/** The app against a fresh local Graph API, with fast retries; the admin online with a socket. */
export async function startMetaTest(env: Record<string, string> = {}): Promise<MetaTest> {
  const graph = await FakeGraphApi.start({ tokens: [GRAPH_TOKEN] });
  const t = await startTestApp({ META_GRAPH_API_URL: graph.baseUrl, DELIVERY_BACKOFF_MS: '100', DEMO: 'false', ...env });
  const adminToken = await t.login();
  await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
  const operator = await connectSocket(`${t.url}/agents`, { token: adminToken });
  return {
    t,
    graph,
    adminToken,
    operator,
    async close() {
      operator.close();
      await t.close();
      await graph.close();
    },
  };
}

export async function createCloudInbox(mt: MetaTest, extra: Record<string, unknown> = {}) {
  const res = await mt.t.api('/api/inboxes', {
    token: mt.adminToken,
    body: { type: 'whatsapp-cloud', name: 'WhatsApp', whatsappCloud: { phoneNumberId: PHONE_NUMBER_ID, businessAccountId: WABA_ID, accessToken: GRAPH_TOKEN, appSecret: APP_SECRET }, ...extra },
  });
  if (res.status !== 201) throw new Error(`inbox not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.inbox as { id: number; settings: Record<string, any> };
}

export async function createInstagramInbox(mt: MetaTest) {
  const res = await mt.t.api('/api/inboxes', {
    token: mt.adminToken,
    body: { type: 'instagram', name: 'Instagram', instagram: { accountId: IG_ACCOUNT_ID, accessToken: GRAPH_TOKEN, appSecret: APP_SECRET } },
  });
  if (res.status !== 201) throw new Error(`inbox not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.inbox as { id: number; settings: Record<string, any> };
}

/** Posts `body` as Meta does: the exact bytes, signed with the app secret (or `signature` as given, null for none). */
export function postMeta(mt: MetaTest, inboxId: number | string, body: unknown, signature?: string | null) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const header = signature === undefined ? signMetaPayload(raw, APP_SECRET) : signature;
  return mt.t.api(`/webhooks/meta/${inboxId}`, { method: 'POST', body: raw, headers: header === null ? {} : { 'x-hub-signature-256': header } });
}
