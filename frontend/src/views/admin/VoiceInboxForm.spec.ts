import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, inbox, withFakeApi } from '../../testing/app';
import VoiceInboxForm from './VoiceInboxForm.vue';

const api = withFakeApi();

const saved = inbox({ id: 4, type: 'twilio-voice', name: 'Hotline', publicKey: 'k', settings: { phoneNumber: '+4940111222', greeting: 'Hello', recordCalls: true, browserCalling: true } });

function mountForm(props: Record<string, unknown>) {
  const { bodies, record } = bodyRecorder();
  const answer = { inbox: saved };
  const { wrapper } = api.mount(VoiceInboxForm, { 'POST /api/inboxes': record('create', answer), 'PATCH /api/inboxes/4': record('update', answer) }, { props, global: { stubs: { teleport: true } } });
  return { wrapper, bodies };
}

describe('the phone number form', () => {
  it('creates a voice inbox with its number, account and browser-calling key', async () => {
    const { wrapper, bodies } = mountForm({});
    await wrapper.find('input[name="name"]').setValue('Hotline');
    await wrapper.find('input[name="phoneNumber"]').setValue('+49 40 111 222');
    await wrapper.find('input[name="accountSid"]').setValue(' AC0123 ');
    await wrapper.find('input[name="authToken"]').setValue('token');
    await wrapper.find('input[name="apiKeySid"]').setValue('SK0123');
    await wrapper.find('input[name="apiKeySecret"]').setValue('secret');
    await wrapper.find('input[name="recordCalls"]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({
      name: 'Hotline',
      type: 'twilio-voice',
      routingMode: 'auto',
      routing: { callsTakeSlot: true },
      voice: { phoneNumber: '+4940111222', accountSid: 'AC0123', authToken: 'token', apiKeySid: 'SK0123', apiKeySecret: 'secret', settings: { recordCalls: true, transcribeVoicemail: false } },
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('asks for the number and the account before saving', async () => {
    const { wrapper, bodies } = mountForm({});
    await wrapper.find('input[name="name"]').setValue('Hotline');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(bodies.create).toBeUndefined();
    expect(wrapper.find('[role="alert"]').text()).toBe('Enter the number, the account SID and the auth token.');
  });

  it('edits the settings of a saved number, never its credentials, and shows the webhooks to set', async () => {
    const { wrapper, bodies } = mountForm({ inbox: saved });
    expect(wrapper.find('input[name="authToken"]').exists()).toBe(false);
    expect(wrapper.find('[data-webhook="voice"]').text()).toMatch(/\/webhooks\/twilio\/4\/voice$/);
    await wrapper.find('textarea[name="greeting"]').setValue('Welcome to Acme');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({ name: 'Hotline', routingMode: 'auto', routing: { callsTakeSlot: true }, voice: { settings: { greeting: 'Welcome to Acme', recordCalls: true, transcribeVoicemail: false } } });
  });

  it('says whether a call counts against the operator’s limit, showing what the inbox has', async () => {
    const { wrapper, bodies } = mountForm({ inbox: { ...saved, routing: { callsTakeSlot: false } } });
    const box = wrapper.find('input[name="callsTakeSlot"]');
    expect((box.element as HTMLInputElement).checked).toBe(false);
    expect(wrapper.text()).toContain('Calls count against the operator’s chat limit');
    await box.setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(bodies.update).toMatchObject({ routing: { callsTakeSlot: true } });
  });
});
