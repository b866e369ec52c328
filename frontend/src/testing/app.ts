import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { afterEach, vi } from 'vitest';
import { http } from '../api/http';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { AgentDto, ConversationDto, InboxDto, MessageDto } from '../api/types';
import { createAppI18n } from '../app/i18n';
import { useQuickRepliesStore } from '../stores/quickReplies';
import { useSessionStore } from '../stores/session';
import { EXAMPLE_QUICK_REPLIES } from './quick-replies';

/** The operator the component tests run as. */
export const ME: AgentDto = {
  id: 7,
  email: 'olga@example.com',
  name: 'Olga',
  role: 'agent',
  status: 'online',
  maxChats: 5,
  openChats: 1,
  languages: ['en'],
  segments: [],
  skills: [],
  level: 'regular',
  teams: [],
  onCall: false,
  disconnectedAt: null,
  active: true,
};

/** Mounts a component with a fresh store, English texts and an in-memory router, logged in as ME. */
export function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  localStorage.clear();
  const pinia: Pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().setUser(ME);
  // Components load quick replies on mount: from the examples, never the network.
  useQuickRepliesStore().useSource({ persisted: true, list: async (locale) => EXAMPLE_QUICK_REPLIES[locale] ?? EXAMPLE_QUICK_REPLIES.en });
  const i18n = createAppI18n('en');
  const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/', component: { render: () => null } },
      { path: '/inbox/:id?', name: 'inbox', component: { render: () => null } },
      { path: '/mentions', name: 'mentions', component: { render: () => null } },
      { path: '/admin/inboxes', name: 'admin-inboxes', component: { render: () => null } },
      { path: '/admin/inboxes/:id/widget', name: 'admin-inbox-widget', component: { render: () => null } },
    ] });
  const wrapper = mount(component, {
    ...options,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router], ...(options.global ?? {}) },
  } as ComponentMountingOptions<C>);
  return { wrapper, pinia, router };
}

let seq = 0;

/** An inbox as the API sends it: give what the test is about. */
export function inbox(over: Partial<InboxDto> & Pick<InboxDto, 'id' | 'type' | 'name'>): InboxDto {
  return { publicKey: `key${over.id}`, settings: {}, teamId: null, routingMode: 'auto', routing: {}, automation: {}, createdAt: new Date().toISOString(), widgetSnippet: null, active: true, ...over };
}

/** A conversation as the API sends it; override what the test is about. */
export function conversation(over: Partial<ConversationDto> = {}): ConversationDto {
  const id = over.id ?? ++seq;
  const at = new Date(Date.now() - 60_000).toISOString();
  return {
    id,
    inboxId: 1,
    inbox: { id: 1, name: 'Website chat', type: 'webchat' },
    contact: { id: 1000 + id, name: `Customer ${id}`, email: null, phone: null },
    status: 'assigned',
    assigneeId: ME.id,
    takesSlot: true,
    teamId: null,
    priority: 'normal',
    language: null,
    createdAt: at,
    queuedAt: null,
    offeredTo: null,
    offerExpiresAt: null,
    snoozedUntil: null,
    lastMessageAt: at,
    firstAssignedAt: at,
    firstAgentReplyAt: null,
    closedAt: null,
    csatScore: null,
    csatComment: null,
    lastMessage: { text: `Question ${id}`, direction: 'in', senderType: 'contact', kind: 'text', createdAt: at },
    labels: [],
    attributes: {},
    sla: null,
    ...over,
  };
}

export function message(over: Partial<MessageDto> & { id: number; conversationId: number }): MessageDto {
  return {
    inboxId: 1,
    direction: 'in',
    senderType: 'contact',
    senderId: null,
    senderName: 'Customer',
    kind: 'text',
    text: `Message ${over.id}`,
    payload: null,
    attachments: [],
    status: 'sent',
    error: null,
    private: false,
    edited: false,
    clientMessageId: null,
    createdAt: new Date().toISOString(),
    replyTo: null,
    ...over,
  };
}

/** A stand-in for the `/agents` socket: the test plays the server with `serverEmit`. */
export class FakeSocket {
  connected = false;
  readonly sent: { event: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, ((...args: any[]) => void)[]>();

  on(event: string, listener: (...args: any[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }
  off(event: string, listener?: (...args: any[]) => void) {
    this.handlers.set(event, listener ? (this.handlers.get(event) ?? []).filter((l) => l !== listener) : []);
    return this;
  }
  emit(event: string, payload?: unknown) {
    this.sent.push({ event, payload });
    return this;
  }
  connects = 0;
  connect() {
    this.connects++;
    return this;
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  serverEmit(event: string, payload?: unknown) {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const l of this.handlers.get(event) ?? []) l(payload);
  }
}

/** Answers fetch calls by path from a table (a route may answer with a Response of its own: a refusal); unknown paths are a 404. Records what was asked. */
export function fakeFetch(routes: Record<string, (url: URL, init?: RequestInit) => unknown>) {
  const calls: string[] = [];
  const fn = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://inbox.test');
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    const route = Object.entries(routes).find(([pattern]) => new RegExp(`^${pattern}$`).test(`${init?.method ?? 'GET'} ${url.pathname}`));
    if (!route) return new Response(JSON.stringify({ statusCode: 404, error: 'Not Found', message: `no route ${url.pathname}` }), { status: 404 });
    const answer = route[1](url, init);
    if (answer instanceof Response) return answer;
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fn, calls };
}

/**
 * Mounts through `fetch` routes (fakeFetch) against http://inbox.test, and after
 * each test unmounts and takes the stub and the base URL away again.
 */
export function withFakeApi() {
  let mounted: { unmount(): void } | undefined;
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
    vi.unstubAllGlobals();
    http.setBaseUrl('');
  });
  return {
    mount<C extends Component>(component: C, routes: Record<string, (url: URL, init?: RequestInit) => unknown>, options: ComponentMountingOptions<C> = {}) {
      http.setBaseUrl('http://inbox.test');
      const fake = fakeFetch(routes);
      vi.stubGlobal('fetch', fake.fn);
      const { wrapper } = mountWithApp(component, options);
      mounted = wrapper;
      return { wrapper, calls: fake.calls };
    },
  };
}

/** Fake routes that keep the JSON body each request sent, under the name the test gives the route, and answer with `answer`. */
export function bodyRecorder() {
  const bodies: Record<string, unknown> = {};
  const record = (key: string, answer: unknown) => (_url: URL, init?: RequestInit) => {
    bodies[key] = init?.body ? JSON.parse(String(init.body)) : null;
    return answer;
  };
  return { bodies, record };
}
