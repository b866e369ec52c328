import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { FakeSocket, withFakeApi } from '../testing/app';
import { useRealtimeStore } from '../stores/realtime';
import WhatsAppLink from './WhatsAppLink.vue';

const api = withFakeApi();

describe('WhatsAppLink', () => {
  it('shows the QR code pushed live, then the connected number', async () => {
    const socket = new FakeSocket();
    const { wrapper: page } = api.mount(WhatsAppLink, { 'GET /api/inboxes/4/whatsapp': () => ({ connection: { status: 'starting', attempts: 0 } }) }, { props: { inboxId: 4 } });
    // The socket connects after the page opened.
    useRealtimeStore().start('token', { socket });
    await flushPromises();
    expect(page.get('[data-whatsapp-status]').text()).toBe('Starting…');

    socket.serverEmit('whatsapp.state', { inboxId: 5, state: { status: 'connected', phone: '1', attempts: 0 } });
    socket.serverEmit('whatsapp.state', { inboxId: 4, state: { status: 'qr', qr: '2@abcdef', attempts: 0 } });
    await flushPromises();
    await new Promise((r) => setTimeout(r, 50));
    await flushPromises();
    expect(page.get('[data-whatsapp-qr]').attributes('src')).toMatch(/^data:image\/png;base64,/);

    socket.serverEmit('whatsapp.state', { inboxId: 4, state: { status: 'connected', phone: '15550001234', attempts: 0 } });
    await flushPromises();
    expect(page.find('[data-whatsapp-qr]').exists()).toBe(false);
    expect(page.get('[data-whatsapp-status]').text()).toBe('Connected as +15550001234');
  });
});
