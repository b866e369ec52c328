import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, inbox, withFakeApi } from '../../testing/app';
import ChannelInboxForm from './ChannelInboxForm.vue';

const api = withFakeApi();

const created = inbox({ id: 5, type: 'instagram', name: 'Instagram DMs', settings: { webhookUrl: 'https://inbox.example/webhooks/meta/5', verifyToken: 'verify-token-5', humanAgent: true } });

function mountForm(channel: 'whatsapp-cloud' | 'instagram') {
  const { bodies, record } = bodyRecorder();
  const { wrapper } = api.mount(ChannelInboxForm, { 'POST /api/inboxes': record('create', { inbox: created }) }, { props: { channel }, global: { stubs: { teleport: true } } });
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
});
