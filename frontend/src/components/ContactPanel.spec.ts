import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '../api/http';
import type { ContactDetailsDto } from '../api/types';
import { useConversationsStore } from '../stores/conversations';
import { useRealtimeStore } from '../stores/realtime';
import { conversation, FakeSocket, fakeFetch, ME, mountWithApp } from '../testing/app';
import ContactPanel from './ContactPanel.vue';

let wrapper: VueWrapper | undefined;

afterEach(() => {
  useRealtimeStore().stop();
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
  http.setBaseUrl('');
});

const anna = (over: Partial<ContactDetailsDto> = {}): ContactDetailsDto => ({
  id: 31,
  name: 'Anna',
  email: null,
  phone: '+380441234567',
  language: null,
  country: null,
  attributes: {},
  createdAt: new Date().toISOString(),
  identities: [],
  ...over,
});

/** The panel for conversation 5 of Anna, held by `assigneeId`. */
async function mountPanel(assigneeId: number | null, status: 'assigned' | 'closed' = 'assigned') {
  http.setBaseUrl('http://inbox.test');
  const bodies: unknown[] = [];
  const routes = fakeFetch({
    'PATCH /api/contacts/31': (_url, init) => {
      const changes = JSON.parse(String(init?.body));
      bodies.push(changes);
      return { contact: anna(changes) };
    },
  });
  vi.stubGlobal('fetch', routes.fn);
  const mounted = mountWithApp(ContactPanel);
  wrapper = mounted.wrapper;
  const store = useConversationsStore();
  store.current = conversation({ id: 5, assigneeId, status, contact: { id: 31, name: 'Anna', email: null, phone: null } });
  store.contact = anna();
  await nextTick();
  return { wrapper: mounted.wrapper, store, bodies, calls: routes.calls };
}

const field = (w: VueWrapper, name: string) => w.find(`[data-contact-field="${name}"]`);

describe('ContactPanel', () => {
  it('shows the custom attributes a bot collected', async () => {
    const { wrapper, store } = await mountPanel(ME.id);
    store.contact = anna({ attributes: { orderNumber: 'A-1234', order_status: 'shipped', nested: { x: 1 } } });
    await nextTick();
    expect(wrapper.findAll('[data-attribute]').map((dt) => `${dt.text()}=${dt.element.nextElementSibling?.textContent}`)).toEqual(['orderNumber=A-1234', 'order_status=shipped']);
  });

  it('lets the operator holding the conversation correct a field in place', async () => {
    const { wrapper, bodies } = await mountPanel(ME.id);
    await field(wrapper, 'name').find('[data-edit]').trigger('click');
    const input = field(wrapper, 'name').find('input');
    expect((input.element as HTMLInputElement).value).toBe('Anna');
    await input.setValue('  Anna Koval ');
    await field(wrapper, 'name').find('form').trigger('submit');
    await flushPromises();
    expect(bodies).toEqual([{ name: 'Anna Koval' }]);
    expect(field(wrapper, 'name').find('input').exists()).toBe(false);
    expect(field(wrapper, 'name').text()).toContain('Anna Koval');
  });

  it('clears an emptied field and leaves an unchanged one alone', async () => {
    const { wrapper, bodies } = await mountPanel(ME.id);
    await field(wrapper, 'phone').find('[data-edit]').trigger('click');
    await field(wrapper, 'phone').find('input').setValue('');
    await field(wrapper, 'phone').find('form').trigger('submit');
    await flushPromises();
    await field(wrapper, 'name').find('[data-edit]').trigger('click');
    await field(wrapper, 'name').find('form').trigger('submit');
    await flushPromises();
    expect(bodies).toEqual([{ phone: null }]);
    expect(field(wrapper, 'phone').find('a').exists()).toBe(false);
  });

  it('keeps the input open with the server\'s reason when it refuses the value, and Esc gives up', async () => {
    const { wrapper } = await mountPanel(ME.id);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'email must be an e-mail address' }), { status: 400 }));
    await field(wrapper, 'email').find('[data-edit]').trigger('click');
    await field(wrapper, 'email').find('input').setValue('anna(at)example');
    await field(wrapper, 'email').find('form').trigger('submit');
    await flushPromises();
    expect(field(wrapper, 'email').find('[role=alert]').text()).toContain('email must be an e-mail address');
    expect(field(wrapper, 'email').find('input').attributes('aria-invalid')).toBe('true');
    await field(wrapper, 'email').find('form').trigger('keydown', { key: 'Escape' });
    expect(field(wrapper, 'email').find('input').exists()).toBe(false);
    expect(field(wrapper, 'email').text()).toContain('—');
  });

  it('offers no editing of someone else\'s or a closed conversation', async () => {
    const { wrapper } = await mountPanel(ME.id + 1);
    expect(wrapper.findAll('[data-edit]')).toHaveLength(0);
    expect(field(wrapper, 'language').exists()).toBe(false);
    const store = useConversationsStore();
    store.current = conversation({ id: 5, assigneeId: ME.id, status: 'closed' });
    await nextTick();
    expect(wrapper.findAll('[data-edit]')).toHaveLength(0);
  });

  it('shows another operator\'s change as it arrives', async () => {
    const { wrapper } = await mountPanel(ME.id + 1);
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    socket.serverEmit('contact.updated', { contact: anna({ id: 99, name: 'Someone else' }) });
    socket.serverEmit('contact.updated', { contact: anna({ name: 'Anna Koval', language: 'uk' }) });
    await nextTick();
    expect(field(wrapper, 'name').text()).toContain('Anna Koval');
    expect(field(wrapper, 'language').text()).toContain('uk');
  });
});
