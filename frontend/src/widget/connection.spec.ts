import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendError, WidgetConnection, type ConnectionHandlers } from './connection';
import { newClientMessageId } from './ids';
import { createVisitorStore, tokenKey } from './storage';
import { GOOD_KEY, startFakeWidgetServer, type FakeWidgetServer } from './testing/fake-widget-server';
import { until } from './testing/until';
import type { Message, Session } from './types';

const fast = { reconnectionDelay: 20, reconnectionDelayMax: 50 };

describe(WidgetConnection.name, () => {
  let server: FakeWidgetServer;
  const connections: WidgetConnection[] = [];

  beforeEach(async () => {
    localStorage.clear();
    server = await startFakeWidgetServer();
  });

  afterEach(async () => {
    connections.splice(0).forEach((c) => c.stop());
    await server.close();
  });

  function connect(handlers: ConnectionHandlers = {}, inboxKey = GOOD_KEY, logger = { warn: vi.fn() }) {
    const sessions: Session[] = [];
    const pushed: Message[] = [];
    const connection = new WidgetConnection(
      { host: server.url, inboxKey, store: createVisitorStore(inboxKey), socketOptions: fast, ackTimeoutMs: 3_000, resendDelayMs: 20, logger },
      {
        ...handlers,
        session: (s, resumed) => {
          sessions.push(s);
          handlers.session?.(s, resumed);
        },
        message: (m) => {
          pushed.push(m);
          handlers.message?.(m);
        },
      },
    );
    connections.push(connection);
    connection.start();
    return { connection, sessions, pushed, logger };
  }

  it('receives a session and keeps the signed visitor token in localStorage', async () => {
    const { sessions } = connect();
    await until(() => sessions.length === 1);
    expect(sessions[0].inbox.name).toBe('Acme Support');
    expect(localStorage.getItem(tokenKey(GOOD_KEY))).toBe(sessions[0].visitorToken);
  });

  it('comes back as the same visitor with the stored token', async () => {
    localStorage.setItem(tokenKey(GOOD_KEY), 'visitor-42');
    server.tokens.add('visitor-42');
    const { sessions } = connect();
    await until(() => sessions.length === 1);
    expect(sessions[0].visitorToken).toBe('visitor-42');
  });

  it('drops a token the server refuses and connects again as a new visitor', async () => {
    localStorage.setItem(tokenKey(GOOD_KEY), 'forged-token');
    const { sessions } = connect();
    await until(() => sessions.length === 1);
    expect(sessions[0].visitorToken).not.toBe('forged-token');
    expect(localStorage.getItem(tokenKey(GOOD_KEY))).toBe(sessions[0].visitorToken);
  });

  it('disables itself with a console warning for an unknown inbox key', async () => {
    const disabled = vi.fn();
    const { connection, logger } = connect({ disabled }, 'no-such-key');
    await until(() => connection.status === 'disabled');
    expect(disabled).toHaveBeenCalledWith('unknown inbox key');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('unknown inbox key'));
  });

  it("disables itself for a site the inbox does not allow, since retrying cannot change the page's origin", async () => {
    server.refusal = "origin not allowed: https://other.test is not among this inbox's allowed sites";
    const disabled = vi.fn();
    const { connection, logger } = connect({ disabled });
    await until(() => connection.status === 'disabled');
    expect(disabled).toHaveBeenCalledWith(server.refusal);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('origin not allowed: https://other.test'));
  });

  it('sends a message and resolves with the stored one', async () => {
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    const clientMessageId = newClientMessageId();
    const message = await connection.send({ text: 'Hello', clientMessageId });
    expect(message).toMatchObject({ text: 'Hello', clientMessageId, direction: 'in' });
    expect(server.received).toEqual([{ text: 'Hello', clientMessageId }]);
  });

  it('rejects when the server answers with an error, and a retry with the same id goes through', async () => {
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    server.onSend = () => ({ error: 'text must be at most 10 characters' });
    const clientMessageId = newClientMessageId();
    await expect(connection.send({ text: 'Hello', clientMessageId })).rejects.toThrow(SendError);
    server.onSend = undefined;
    await expect(connection.send({ text: 'Hello', clientMessageId })).resolves.toMatchObject({ clientMessageId });
    expect(server.messages.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
  });

  it('sends again, with the same id, after a passing server error, and the server stores it once', async () => {
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    let failures = 2;
    server.onSend = () => (failures-- > 0 ? { error: 'Something went wrong on our side; please try again', retryable: true } : undefined);
    const clientMessageId = newClientMessageId();
    await expect(connection.send({ text: 'Hello', clientMessageId })).resolves.toMatchObject({ clientMessageId });
    expect(server.received.filter((p) => p.clientMessageId === clientMessageId)).toHaveLength(3);
    expect(server.messages.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
    expect(connection.pendingCount).toBe(0);
  });

  it('sends again when the server does not answer in time, instead of giving up', async () => {
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    let ignored = 1;
    server.onSend = () => (ignored-- > 0 ? 'ignore' : undefined);
    const clientMessageId = newClientMessageId();
    await expect(connection.send({ text: 'Are you there?', clientMessageId })).resolves.toMatchObject({ clientMessageId });
    expect(server.received.filter((p) => p.clientMessageId === clientMessageId).length).toBeGreaterThanOrEqual(2);
    expect(server.messages.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
  });

  it('loads history pages with the before cursor', async () => {
    for (let i = 1; i <= 60; i++) server.agentSays(`message ${i}`);
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    const latest = await connection.history();
    expect(latest).toHaveLength(50);
    expect(latest[0].text).toBe('message 11');
    const older = await connection.history(latest[0].id);
    expect(older.map((m) => m.text)).toEqual(Array.from({ length: 10 }, (_, i) => `message ${i + 1}`));
  });

  it('receives message.created pushes from operators', async () => {
    const { sessions, pushed } = connect();
    await until(() => sessions.length === 1);
    const sent = server.agentSays('How can I help?', sessions[0].visitorToken);
    await until(() => pushed.length === 1);
    expect(pushed[0]).toEqual(sent);
  });

  it('pushes the echo of a message sent from another tab of the same visitor', async () => {
    const first = connect();
    await until(() => first.sessions.length === 1);
    const second = connect();
    await until(() => second.sessions.length === 1);
    expect(second.sessions[0].visitorToken).toBe(first.sessions[0].visitorToken);
    const message = await first.connection.send({ text: 'from tab one', clientMessageId: newClientMessageId() });
    await until(() => second.pushed.length === 1);
    expect(second.pushed[0]).toEqual(message);
    expect(first.pushed).toHaveLength(0);
  });

  it('re-sends a message whose ack was lost with the connection, once, and the server keeps one copy', async () => {
    const statuses: string[] = [];
    const { connection, sessions } = connect({ status: (s) => statuses.push(s) });
    await until(() => sessions.length === 1);
    let drops = 1;
    server.onSend = () => (drops-- > 0 ? 'drop' : undefined);
    const clientMessageId = newClientMessageId();
    const message = await connection.send({ text: 'Are you there?', clientMessageId });
    expect(sessions).toHaveLength(2);
    expect(statuses).toContain('reconnecting');
    expect(connection.status).toBe('online');
    expect(server.received.map((p) => p.clientMessageId)).toEqual([clientMessageId, clientMessageId]);
    expect(server.messages.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
    expect(message.id).toBe(server.messages[0].id);
    await new Promise((r) => setTimeout(r, 200));
    expect(server.received).toHaveLength(2);
    expect(connection.pendingCount).toBe(0);
  });

  it('keeps what the visitor wrote while the server was down and sends each message once after it is back', async () => {
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    await server.close();
    await until(() => connection.status === 'reconnecting');
    const ids = [newClientMessageId(), newClientMessageId()];
    const sends = ids.map((clientMessageId, i) => connection.send({ text: `offline ${i}`, clientMessageId }));
    expect(connection.pendingCount).toBe(2);
    await new Promise((r) => setTimeout(r, 150)); // a few failed reconnection attempts
    await server.restart();
    const messages = await Promise.all(sends);
    expect(messages.map((m) => m.text)).toEqual(['offline 0', 'offline 1']);
    expect(server.received.map((p) => p.clientMessageId)).toEqual(ids);
    expect(sessions).toHaveLength(2);
    expect(sessions[1].visitorToken).toBe(sessions[0].visitorToken);
  });

  it('updates the contact from the pre-chat form', async () => {
    const { connection, sessions } = connect();
    await until(() => sessions.length === 1);
    await expect(connection.updateContact({ name: 'Jane', email: 'jane@example.com' })).resolves.toEqual({ name: 'Jane', email: 'jane@example.com' });
    expect(connection.session?.contact?.name).toBe('Jane');
  });

  it('relays the visitor typing and the operator typing', async () => {
    const typing = vi.fn();
    const { connection, sessions } = connect({ typing });
    await until(() => sessions.length === 1);
    const seen = new Promise<unknown>((resolve) => server.sockets()[0].on('typing', resolve));
    connection.setTyping(true);
    await expect(seen).resolves.toEqual({ on: true });
    server.sockets()[0].emit('typing', { on: true });
    await until(() => typing.mock.calls.length === 1);
    expect(typing).toHaveBeenCalledWith(true);
  });
});
