import type { VueWrapper } from '@vue/test-utils';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conversation, mountWithApp } from '../testing/app';
import CallButton from './CallButton.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
});

function serve(routes: Record<string, { status: number; body: unknown }>) {
  const asked: Array<{ path: string; body: unknown }> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    asked.push({ path: url, body: init?.body ? JSON.parse(String(init.body)) : null });
    const route = routes[url] ?? { status: 404, body: { message: 'not found' } };
    return new Response(JSON.stringify(route.body), { status: route.status, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

const call = { id: 3, inboxId: 4, direction: 'out', state: 'dialing', outcome: null, to: '+4930100011', from: '+4940111222' };

describe('the call button', () => {
  it('is there only when the customer can be phoned', () => {
    wrapper = mountWithApp(CallButton, { props: { conversation: conversation({ contact: { id: 1, name: 'A', email: null, phone: null } }) } }).wrapper;
    expect(wrapper.find('[data-action="call"]').exists()).toBe(false);
  });

  it('places the call from the conversation’s phone inbox and says the browser will ring', async () => {
    const asked = serve({
      '/api/conversations/7/call': { status: 201, body: { call } },
      '/api/voice/token': { status: 201, body: { token: 'jwt', identity: 'agent-1', expiresAt: '2026-12-01T10:15:00Z' } },
    });
    wrapper = mountWithApp(CallButton, { props: { conversation: conversation({ id: 7, inbox: { id: 4, name: 'Hotline', type: 'twilio-voice' } }) } }).wrapper;
    await wrapper.find('[data-action="call"]').trigger('click');
    await flushPromises();
    expect(asked).toEqual([
      { path: '/api/conversations/7/call', body: { inboxId: 4 } },
      { path: '/api/voice/token', body: { inboxId: 4 } },
    ]);
    expect(wrapper.find('[data-call-status]').text()).toMatch(/^Calling \+4930100011 · your side rings in this tab/);
  });

  it('falls back to the operator’s phone without browser calling', async () => {
    serve({ '/api/conversations/8/call': { status: 201, body: { call } }, '/api/voice/token': { status: 409, body: { message: 'no API key' } } });
    wrapper = mountWithApp(CallButton, { props: { conversation: conversation({ id: 8, contact: { id: 1, name: 'A', email: null, phone: '+4930100011' } }) } }).wrapper;
    await wrapper.find('[data-action="call"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-call-status]').text()).toBe('Calling +4930100011 · your side rings on your phone');
  });
});
