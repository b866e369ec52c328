import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { TestApp } from './test-app';
import { connectSocket, connectVisitor } from './test-app';

let counter = 0;

/** Creates an operator through the admin API, logs them in and sets them online. */
export async function createOperator(
  t: TestApp,
  adminToken: string,
  fields: { name?: string; maxChats?: number; languages?: string[]; skills?: string[]; level?: string; teamIds?: number[]; role?: string; online?: boolean } = {},
): Promise<{ id: number; token: string; name: string }> {
  counter += 1;
  const name = fields.name ?? `Operator ${counter}`;
  const email = `op${counter}-${randomUUID().slice(0, 8)}@test.local`;
  const { online = true, ...rest } = fields;
  const created = await t.api('/api/agents', { token: adminToken, body: { email, password: 'operator-pass-1', ...rest, name } });
  if (created.status !== 201) throw new Error(`creating ${name}: ${created.status} ${JSON.stringify(created.body)}`);
  const token = await t.login(email, 'operator-pass-1');
  if (online) await setStatus(t, token, 'online');
  return { id: created.body.agent.id, token, name };
}

export async function setStatus(t: TestApp, token: string, status: 'online' | 'away' | 'offline'): Promise<void> {
  const res = await t.api('/api/agents/me/status', { method: 'PATCH', token, body: { status } });
  if (res.status !== 200) throw new Error(`status: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A new site visitor writes one message; returns their conversation id and token for later. */
export async function customerWrites(t: TestApp, inboxKey: string, text = 'Hello', visitorToken?: string): Promise<{ conversationId: number; visitorToken: string }> {
  const visitor = await connectVisitor(t.url, inboxKey, visitorToken);
  try {
    const ack = await visitor.socket.emitWithAck('message.send', { text, clientMessageId: randomUUID() });
    if (!ack.message) throw new Error(`send failed: ${JSON.stringify(ack)}`);
    return { conversationId: ack.message.conversationId, visitorToken: visitor.session.visitorToken };
  } finally {
    visitor.socket.close();
  }
}

/**
 * Opens the operator's inbox socket and waits until the server counts them
 * connected: an operator whose sockets all closed gets no new conversations.
 */
export async function openInbox(t: TestApp, operator: { id: number; token: string }): Promise<Socket> {
  const socket = await connectSocket(`${t.url}/agents`, { token: operator.token });
  await waitFor(async () => (await t.api(`/api/agents/${operator.id}`, { token: operator.token })).body.agent?.disconnectedAt, (at) => at === null, 5000, `operator ${operator.id} connected`);
  return socket;
}

/** Polls until the check passes or the time is up; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  return value;
}

export async function conversation(t: TestApp, token: string, id: number) {
  return (await t.api(`/api/conversations/${id}`, { token })).body.conversation;
}

export async function eventTypes(t: TestApp, token: string, id: number): Promise<string[]> {
  return (await t.api(`/api/conversations/${id}/events`, { token })).body.items.map((e: { type: string }) => e.type);
}
