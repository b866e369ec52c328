import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '../api/http';
import type { ContactDetailsDto, DuplicateContactDto } from '../api/types';
import { useAttributesStore } from '../stores/attributes';
import { useContactPanelStore } from '../stores/contact-panel';
import { useConversationsStore } from '../stores/conversations';
import { useRealtimeStore } from '../stores/realtime';
import { useSessionStore } from '../stores/session';
import { useToastsStore } from '../stores/toasts';
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
  blockedAt: null,
  createdAt: new Date().toISOString(),
  identities: [],
  ...over,
});

/** The panel for conversation 5 of Anna, held by `assigneeId`; `more` answers further requests. */
async function mountPanel(assigneeId: number | null, status: 'assigned' | 'closed' = 'assigned', more: Parameters<typeof fakeFetch>[0] = {}) {
  http.setBaseUrl('http://inbox.test');
  const bodies: unknown[] = [];
  const routes = fakeFetch({
    'PATCH /api/contacts/31': (_url, init) => {
      const changes = JSON.parse(String(init?.body));
      bodies.push(changes);
      return { contact: anna(changes) };
    },
    ...more,
  });
  vi.stubGlobal('fetch', routes.fn);
  const mounted = mountWithApp(ContactPanel, { global: { stubs: { teleport: true } } });
  wrapper = mounted.wrapper;
  const store = useConversationsStore();
  store.current = conversation({ id: 5, assigneeId, status, contact: { id: 31, name: 'Anna', email: null, phone: null } });
  const panel = useContactPanelStore();
  panel.contact = anna();
  await nextTick();
  return { wrapper: mounted.wrapper, store, panel, bodies, calls: routes.calls, fetch: routes.fn };
}

/** Anna's other record, written by a Telegram bot: the same phone, no name. */
const fromTelegram = (): ContactDetailsDto =>
  anna({ id: 40, name: null, identities: [{ inboxId: 3, channel: 'telegram', inboxName: 'Support bot', externalId: 'tg-1' }] });
/** One more, by e-mail. */
const byMail = (): DuplicateContactDto => ({ ...anna({ id: 41, name: 'A. Koval', phone: null, email: 'anna@example.com' }), match: { field: 'email', verified: false } });

/** The panel with conversation 5 opened through the store, so the duplicates come from GET …/duplicates. */
async function mountWithDuplicates(assigneeId: number | null, more: Parameters<typeof fakeFetch>[0] = {}) {
  const mounted = await mountPanel(assigneeId, 'assigned', {
    'GET /api/conversations/5': () => ({ conversation: conversation({ id: 5, assigneeId, contact: { id: 31, name: 'Anna', email: 'anna@example.com', phone: '+380441234567' } }), contact: anna({ email: 'anna@example.com' }) }),
    'GET /api/contacts/31/history': () => ({ items: [] }),
    'GET /api/contacts/31/duplicates': () => ({ items: [fromTelegram(), byMail()] }),
    ...more,
  });
  mounted.store.currentId = 5;
  await mounted.store.reloadCurrent();
  await flushPromises();
  return mounted;
}

const duplicate = (w: VueWrapper, id: number) => w.find(`[data-duplicate="${id}"]`);
const dialog = () => document.body.querySelector<HTMLElement>('[role=dialog]');

const field = (w: VueWrapper, name: string) => w.find(`[data-contact-field="${name}"]`);

describe('ContactPanel', () => {
  it('names a contact without a name as the list does, avatar included', async () => {
    const { wrapper, panel } = await mountPanel(ME.id);
    panel.contact = anna({ id: 40, name: null, email: null, phone: null });
    await nextTick();
    expect(wrapper.find('[data-contact-name]').text()).toBe('Visitor #40');
    expect(wrapper.find('.head .avatar').text()).toBe('V');
  });

  it('says a contact is blocked as spam, and lets a supervisor unblock them', async () => {
    const { wrapper, panel, calls } = await mountPanel(ME.id, 'assigned', { 'DELETE /api/contacts/31/block': () => ({ contact: anna() }) });
    panel.contact = anna({ blockedAt: '2026-12-01T10:00:00Z' });
    await nextTick();
    expect(wrapper.get('[data-contact-blocked]').text()).toContain('Blocked as spam since');
    // An operator sees it, and cannot undo it.
    expect(wrapper.find('[data-unblock]').exists()).toBe(false);
    useSessionStore().user = { ...ME, role: 'supervisor' };
    await nextTick();
    await wrapper.get('[data-unblock]').trigger('click');
    await flushPromises();
    expect(calls).toContain('DELETE /api/contacts/31/block');
    expect(wrapper.find('[data-contact-blocked]').exists()).toBe(false);
  });

  it('shows the custom attributes a bot collected', async () => {
    const { wrapper, panel } = await mountPanel(ME.id);
    panel.contact = anna({ attributes: { orderNumber: 'A-1234', order_status: 'shipped', nested: { x: 1 } } });
    await nextTick();
    expect(wrapper.findAll('[data-attribute]').map((dt) => `${dt.text()}=${dt.element.nextElementSibling?.textContent}`)).toEqual(['orderNumber=A-1234', 'order_status=shipped']);
  });

  it('edits the defined custom attributes with an input of their type and shows the server’s refusal', async () => {
    const at = new Date().toISOString();
    const patched: unknown[] = [];
    const stored: Record<string, unknown> = { username: 'anna_k' };
    const { wrapper, panel } = await mountPanel(ME.id, 'assigned', {
      'PATCH /api/contacts/31/attributes': (_url, init) => {
        const { attributes } = JSON.parse(String(init?.body)) as { attributes: Record<string, unknown> };
        if (attributes.tier === 'silver') return new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'attributes.tier must be one of: gold' }), { status: 400, headers: { 'content-type': 'application/json' } });
        patched.push(attributes);
        Object.assign(stored, attributes);
        return { contact: anna({ attributes: { ...stored } }) };
      },
    });
    useAttributesStore().items = [
      { id: 1, target: 'contact', key: 'tier', label: 'Tier', type: 'list', options: ['gold', 'silver'], required: true, description: null, createdAt: at },
      { id: 2, target: 'contact', key: 'vip', label: 'VIP', type: 'checkbox', options: null, required: false, description: null, createdAt: at },
    ];
    panel.contact = anna({ attributes: { ...stored } });
    await flushPromises();
    const tier = wrapper.find('[data-attribute-field="tier"]');
    expect(tier.text()).toContain('Required: not filled');
    // A channel's own attribute is shown beside the defined ones, as it is.
    expect(wrapper.findAll('[data-attribute]').map((dt) => dt.text())).toEqual(['username']);
    await tier.find('[data-edit]').trigger('click');
    await wrapper.find('[data-attribute-field="tier"] select').setValue('silver');
    await wrapper.find('[data-attribute-field="tier"] form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-attribute-field="tier"] [role="alert"]').text()).toContain('attributes.tier must be one of: gold');
    await wrapper.find('[data-attribute-field="tier"] select').setValue('gold');
    await wrapper.find('[data-attribute-field="tier"] form').trigger('submit');
    await flushPromises();
    await wrapper.find('[data-attribute-field="vip"] input[type="checkbox"]').setValue(true);
    await flushPromises();
    expect(patched).toEqual([{ tier: 'gold' }, { vip: true }]);
    expect(wrapper.find('[data-attribute-field="tier"]').text()).toContain('gold');
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
  it('lists the possible duplicates with what each shares and where it was seen', async () => {
    const { wrapper } = await mountWithDuplicates(ME.id);
    expect(wrapper.find('[data-duplicates]').text()).toContain('Possible duplicates');
    const telegram = duplicate(wrapper, 40);
    expect(telegram.text()).toContain('+380441234567');
    expect(telegram.findAll('[data-match]').map((m) => m.text())).toEqual(['Same phone']);
    expect(telegram.find('.channel-icon').exists()).toBe(true);
    const mail = duplicate(wrapper, 41);
    expect(mail.text()).toContain('A. Koval');
    expect(mail.findAll('[data-match]').map((m) => m.text())).toEqual(['Same e-mail']);
    expect(mail.find('.channel-icon').exists()).toBe(false);
    // Found through a typed address only: said before anyone merges.
    expect(mail.find('[data-unverified]').text()).toBe('Unverified');
    expect(telegram.find('[data-unverified]').exists()).toBe(false);
  });

  it('offers no merge to whom may not edit the contact', async () => {
    const { wrapper, panel } = await mountWithDuplicates(ME.id + 1);
    expect(panel.duplicates).toHaveLength(2);
    expect(wrapper.find('[data-duplicates]').exists()).toBe(false);
    expect(wrapper.find('[data-merge]').exists()).toBe(false);
  });

  it('merges a duplicate into the shown contact once confirmed, and then shows the survivor', async () => {
    const survivor = anna({
      email: 'anna@example.com',
      identities: [
        { inboxId: 1, channel: 'webchat', inboxName: 'Website chat', externalId: 'w-1' },
        { inboxId: 3, channel: 'telegram', inboxName: 'Support bot', externalId: 'tg-1' },
      ],
    });
    let merged = false;
    const bodies: unknown[] = [];
    const { wrapper, panel, calls, fetch } = await mountWithDuplicates(ME.id, {
      'POST /api/contacts/31/merge': (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        merged = true;
        return { contact: survivor };
      },
      'GET /api/contacts/31/history': () => ({ items: merged ? [conversation({ id: 12, status: 'closed', contact: { id: 31, name: 'Anna', email: null, phone: null } })] : [] }),
      'GET /api/contacts/31/duplicates': () => ({ items: merged ? [byMail()] : [fromTelegram(), byMail()] }),
    });
    // The answer waits until the test has seen the button busy.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (init?.method === 'POST') await held;
      return fetch(input, init);
    });

    await duplicate(wrapper, 40).find('[data-merge]').trigger('click');
    expect(dialog()?.textContent).toContain('+380441234567’s conversations and channels move to this contact. This cannot be undone.');
    expect(bodies).toEqual([]);
    const confirm = () => wrapper.find('[data-confirm-merge]');
    await confirm().trigger('click');
    await flushPromises();
    expect(confirm().attributes('disabled')).toBeDefined();
    expect(confirm().text()).toBe('Merging…');

    answer();
    await flushPromises();
    expect(bodies).toEqual([{ contactId: 40 }]);
    expect(dialog()).toBeNull();
    expect(panel.contact).toEqual(survivor);
    expect(wrapper.findAll('.identities .ident-name').map((n) => n.text())).toEqual(['Website chat', 'Support bot']);
    expect(wrapper.findAll('.history-item')).toHaveLength(1);
    expect(duplicate(wrapper, 40).exists()).toBe(false);
    expect(duplicate(wrapper, 41).exists()).toBe(true);
    expect(calls.filter((c) => c === 'GET /api/contacts/31/duplicates')).toHaveLength(2);
    expect(useToastsStore().items.map((t) => [t.kind, t.text])).toEqual([['success', '+380441234567 merged into this contact.']]);
  });

  it('keeps the confirmation open with the server\'s reason when it refuses, and changes nothing', async () => {
    const { wrapper, panel, fetch } = await mountWithDuplicates(ME.id);
    const reason = 'Both contacts have an open conversation in inbox Website chat: close one first';
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) =>
      init?.method === 'POST' ? new Response(JSON.stringify({ statusCode: 409, error: 'Conflict', message: reason }), { status: 409 }) : fetch(input, init),
    );
    const before = panel.contact;
    await duplicate(wrapper, 40).find('[data-merge]').trigger('click');
    await wrapper.find('[data-confirm-merge]').trigger('click');
    await flushPromises();
    expect(dialog()?.querySelector('[role=alert]')?.textContent).toBe(reason);
    expect(wrapper.find('[data-confirm-merge]').attributes('disabled')).toBeUndefined();
    expect(wrapper.find('[data-confirm-merge]').text()).toBe('Merge');
    expect(panel.contact).toBe(before);
    expect(panel.duplicates.map((d) => d.id)).toEqual([40, 41]);
    expect(useToastsStore().items).toEqual([]);
  });

  it('shows the survivor when another operator merges the shown contact away', async () => {
    const survivor = anna({ id: 40, name: 'Anna Koval', identities: [{ inboxId: 3, channel: 'telegram', inboxName: 'Support bot', externalId: 'tg-1' }] });
    const { wrapper, store, panel, calls } = await mountWithDuplicates(ME.id, {
      'GET /api/contacts/40/history': () => ({ items: [conversation({ id: 12, status: 'closed', contact: { id: 40, name: 'Anna Koval', email: null, phone: null } })] }),
      'GET /api/contacts/40/duplicates': () => ({ items: [] }),
    });
    store.setItems([conversation({ id: 5, contact: { id: 31, name: 'Anna', email: null, phone: null } }), conversation({ id: 6 })]);
    const other = store.items[1];
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });

    // Contacts this panel does not show or list: nothing to fetch.
    const asked = calls.length;
    socket.serverEmit('contact.merged', { contactId: 77, contact: anna({ id: 78, name: 'Somebody' }) });
    await flushPromises();
    expect(calls.length).toBe(asked);
    expect(field(wrapper, 'name').text()).toContain('Anna');

    socket.serverEmit('contact.merged', { contactId: 31, contact: survivor });
    await flushPromises();
    expect(panel.contact?.id).toBe(40);
    expect(field(wrapper, 'name').text()).toContain('Anna Koval');
    expect(wrapper.findAll('.history-item')).toHaveLength(1);
    expect(wrapper.find('[data-duplicates]').exists()).toBe(false);
    expect(calls.slice(asked)).toEqual(expect.arrayContaining(['GET /api/contacts/40/history', 'GET /api/contacts/40/duplicates']));
    expect(store.items[0].contact).toEqual({ id: 40, name: 'Anna Koval', email: null, phone: '+380441234567' });
    expect(store.current?.contact?.id).toBe(40);
    expect(store.items[1]).toBe(other);
  });
});
