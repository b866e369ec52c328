import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, inbox, withFakeApi } from '../../testing/app';
import ChannelInboxForm from './ChannelInboxForm.vue';

const api = withFakeApi();

const created = inbox({ id: 5, type: 'instagram', name: 'Instagram DMs', settings: { webhookUrl: 'https://inbox.example/webhooks/meta/5', verifyToken: 'verify-token-5', humanAgent: true } });

function mountForm(channel: 'telegram' | 'whatsapp-cloud' | 'instagram', answer = created) {
  const { bodies, record } = bodyRecorder();
  const { wrapper } = api.mount(ChannelInboxForm, { 'POST /api/inboxes': record('create', { inbox: answer }) }, { props: { channel }, global: { stubs: { teleport: true } } });
  return { wrapper, bodies };
}

describe('the messenger connection form', () => {
  it('connects an Instagram account with the Human Agent feature when it is ticked', async () => {
    const { wrapper, bodies } = mountForm('instagram');
    expect(wrapper.text()).toContain('Meta approved the Human Agent permission for this app');
    await wrapper.get('[name="name"]').setValue('Instagram DMs');
    await wrapper.get('[name="accountId"]').setValue(' 17841400000000001 ');
    await wrapper.get('[name="accessToken"]').setValue('EAAG-token');
    await wrapper.get('[name="appSecret"]').setValue('0123456789abcdef');
    await wrapper.get('[name="humanAgent"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({ type: 'instagram', name: 'Instagram DMs', instagram: { accountId: '17841400000000001', accessToken: 'EAAG-token', appSecret: '0123456789abcdef', humanAgent: true } });
    expect(wrapper.get('[data-verify-token]').text()).toBe('verify-token-5');
  });

  it('leaves the feature off unless ticked, and offers it for Instagram only', async () => {
    const instagram = mountForm('instagram');
    expect((instagram.wrapper.get('[name="humanAgent"]').element as HTMLInputElement).checked).toBe(false);
    await instagram.wrapper.get('[name="name"]').setValue('Instagram DMs');
    await instagram.wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(instagram.bodies.create).toMatchObject({ instagram: { humanAgent: false } });
    instagram.wrapper.unmount();
    const cloud = mountForm('whatsapp-cloud');
    expect(cloud.wrapper.find('[name="humanAgent"]').exists()).toBe(false);
  });

  it('connects a Telegram bot by its token, in the mode picked or the server’s choice, and says how it listens', async () => {
    const bot = inbox({ id: 6, type: 'telegram', name: 'Shop bot', settings: { mode: 'polling', botId: 42, botUsername: 'shop_bot' } });
    const { wrapper, bodies } = mountForm('telegram', bot);
    expect(wrapper.text()).toContain('create it with @BotFather');
    await wrapper.get('[name="name"]').setValue('Shop bot');
    await wrapper.get('[name="botToken"]').setValue(' 123456789:AAF-token ');
    await wrapper.get('[name="mode"]').setValue('polling');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({ type: 'telegram', name: 'Shop bot', telegram: { botToken: '123456789:AAF-token', mode: 'polling' } });
    expect(wrapper.get('[data-telegram-connected]').text()).toBe('@shop_bot is connected (Long polling). Write to the bot to try it.');
    wrapper.unmount();

    const automatic = mountForm('telegram', bot);
    await automatic.wrapper.get('[name="name"]').setValue('Shop bot');
    await automatic.wrapper.get('[name="botToken"]').setValue('123456789:AAF-token');
    await automatic.wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(automatic.bodies.create).toEqual({ type: 'telegram', name: 'Shop bot', telegram: { botToken: '123456789:AAF-token' } });
  });
});
