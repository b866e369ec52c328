import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http } from '../api/http';
import { conversation, fakeFetch, FakeSocket, ME, message } from '../testing/app';
import { useConversationsStore } from './conversations';
import { useMessagesStore } from './messages';
import { useRealtimeStore } from './realtime';
import { useSessionStore } from './session';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('realtime catch-up after a network drop', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    useSessionStore().setUser(ME);
    http.setBaseUrl('http://inbox.test');
  });
  afterEach(() => {
    useRealtimeStore().stop();
    vi.unstubAllGlobals();
    http.setBaseUrl('');
  });

  it('refetches the list and the open conversation and merges by id: nothing missed, nothing twice', async () => {
    const open = conversation({ id: 1 });
    // While offline: a new conversation arrived, and five messages in the open one (more than a page of 2).
    const server = {
      conversations: [conversation({ id: 2 }), open],
      messages: [1, 2, 3, 4, 5, 6, 7].map((id) => message({ id, conversationId: 1 })),
    };
    const { fn, calls } = fakeFetch({
      'GET /api/conversations': () => ({ items: server.conversations, nextCursor: null }),
      'GET /api/conversations/1': () => ({ conversation: open, contact: { id: 1001, name: 'Customer 1', identities: [], createdAt: open.createdAt, attributes: {} } }),
      'GET /api/contacts/1001/history': () => ({ items: [open] }),
      'GET /api/conversations/1/messages': (url) => {
        const before = Number(url.searchParams.get('before') ?? Infinity);
        const limit = Number(url.searchParams.get('limit'));
        const page = server.messages.filter((m) => m.id < before).slice(-limit);
        return { items: page };
      },
      'GET /api/auth/me': () => ({ user: ME }),
    });
    vi.stubGlobal('fetch', fn);

    const conversations = useConversationsStore();
    const messages = useMessagesStore();
    conversations.setItems([open]);
    await conversations.open(1);
    // Before the drop we had messages 1 and 2 (as if the page ended there).
    messages.threads[1] = { items: [message({ id: 1, conversationId: 1 }), message({ id: 2, conversationId: 1 })], loaded: true, loading: false, loadingOlder: false, hasOlder: false, error: null };

    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    socket.serverEmit('connect');
    socket.serverEmit('disconnect');
    expect(useRealtimeStore().state).toBe('offline');
    // One message arrives by socket right as we come back; the REST page brings it again.
    socket.serverEmit('connect');
    socket.serverEmit('message.created', { message: server.messages[6] });
    for (let i = 0; i < 10; i++) await flush();

    expect(useRealtimeStore().state).toBe('online');
    expect(conversations.items.map((c) => c.id)).toEqual([2, 1]);
    expect(messages.threads[1].items.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(calls.filter((c) => c.startsWith('GET /api/conversations/1/messages')).length).toBeGreaterThanOrEqual(1);
  });

  it('walks back more than one page when a lot was written meanwhile', async () => {
    const all = Array.from({ length: 120 }, (_, i) => message({ id: i + 1, conversationId: 1 }));
    const { fn } = fakeFetch({
      'GET /api/conversations/1/messages': (url) => {
        const before = Number(url.searchParams.get('before') ?? Infinity);
        const limit = Number(url.searchParams.get('limit'));
        return { items: all.filter((m) => m.id < before).slice(-limit) };
      },
    });
    vi.stubGlobal('fetch', fn);
    const messages = useMessagesStore();
    messages.threads[1] = { items: all.slice(0, 10), loaded: true, loading: false, loadingOlder: false, hasOlder: false, error: null };
    await messages.catchUp(1);
    expect(messages.threads[1].items.map((m) => m.id)).toEqual(all.map((m) => m.id));
  });

  it('ends the session when the socket refuses the token', () => {
    const onUnauthorized = vi.fn();
    const socket = new FakeSocket();
    useRealtimeStore().start('expired', { socket, onUnauthorized });
    socket.serverEmit('connect_error', new Error('The access token is invalid or expired; log in again'));
    expect(onUnauthorized).toHaveBeenCalledWith('The access token is invalid or expired; log in again');
  });

  it('tells the server which conversation the tab shows, again after a reconnect, so the customer\'s typing reaches it', async () => {
    // The reconnect refreshes the list and me: answered here, never by the network.
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/conversations': () => ({ items: [], nextCursor: null }), 'GET /api/auth/me': () => ({ user: ME }) }).fn);
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    const conversations = useConversationsStore();
    const messages = useMessagesStore();
    const watches = () => socket.sent.filter((e) => e.event === 'conversation.watch').map((e) => e.payload);
    socket.serverEmit('connect');
    expect(watches()).toEqual([{ conversationId: null }]);

    conversations.currentId = 3;
    await flush();
    socket.serverEmit('typing', { conversationId: 3, on: true, who: 'contact' });
    expect(messages.customerTyping[3]).toBeTruthy();

    // Another conversation opened: the first one's "stopped" will not come here, so it stops now.
    conversations.currentId = 4;
    await flush();
    expect(messages.customerTyping[3]).toBeFalsy();
    socket.serverEmit('disconnect');
    socket.serverEmit('connect');
    expect(watches()).toEqual([{ conversationId: null }, { conversationId: 3 }, { conversationId: 4 }, { conversationId: 4 }]);
  });
});
