import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWrites } from './support/operators';
import { connectSocket, connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';

describe('the customer typing, shown to operators watching the conversation', () => {
  let t: TestApp;
  let inboxKey: string;
  let token: string;
  let conversationId: number;
  let visitorToken: string;
  const sockets: Socket[] = [];

  const operatorSocket = async () => {
    const socket = await connectSocket(`${t.url}/agents`, { token });
    sockets.push(socket);
    return socket;
  };
  /** Everything the server sent this socket before answering this request has arrived (one connection keeps order). */
  const drained = (socket: Socket) => socket.emitWithAck('conversation.watch', { conversationId: 999_999 });

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    token = await t.login();
    inboxKey = (await t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'Site' } })).body.inbox.publicKey;
    ({ conversationId, visitorToken } = await customerWrites(t, inboxKey, 'Hello'));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  it('reaches the tab that has the conversation open, and no other', async () => {
    const watcher = await operatorSocket();
    const bystander = await operatorSocket();
    const bystanderSaw: unknown[] = [];
    bystander.on('typing', (payload) => bystanderSaw.push(payload));
    expect(await watcher.emitWithAck('conversation.watch', { conversationId })).toEqual({ watching: conversationId });

    const visitor = await connectVisitor(t.url, inboxKey, visitorToken);
    const typing = nextEvent(watcher, 'typing');
    visitor.socket.emit('typing', { on: true });
    expect(await typing).toEqual({ conversationId, on: true, who: 'contact' });
    await drained(bystander);
    expect(bystanderSaw).toEqual([]);

    // Switching to no conversation leaves the room: the "stopped" goes to nobody.
    const watcherSaw: unknown[] = [];
    watcher.on('typing', (payload) => watcherSaw.push(payload));
    expect(await watcher.emitWithAck('conversation.watch', { conversationId: null })).toEqual({ watching: null });
    // A second tab still watching: once it has the "stopped", the one broadcast to the room is behind us.
    const other = await operatorSocket();
    await other.emitWithAck('conversation.watch', { conversationId });
    const stopped = nextEvent(other, 'typing');
    visitor.socket.emit('typing', { on: false });
    expect(await stopped).toEqual({ conversationId, on: false, who: 'contact' });
    await drained(watcher);
    expect(watcherSaw).toEqual([]);
    visitor.socket.close();
  });

  it('refuses a watch of something that is not a conversation id', async () => {
    const socket = await operatorSocket();
    expect(await socket.emitWithAck('conversation.watch', { conversationId: 'all' })).toEqual({ error: 'conversationId must be a conversation id or null' });
    expect(await socket.emitWithAck('conversation.watch', null)).toEqual({ error: 'conversationId must be a conversation id or null' });
  });
});
