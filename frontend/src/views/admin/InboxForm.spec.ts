import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, inbox, withFakeApi } from '../../testing/app';
import InboxForm from './InboxForm.vue';

const api = withFakeApi();

const saved = inbox({
  id: 9,
  type: 'email',
  name: 'Support mail',
  publicKey: 'k',
  settings: { fromAddress: 'support@acme.example', fromName: 'Acme', smtpHost: 'smtp.acme.example', smtpPort: 587, imapHost: 'imap.acme.example', imapSecure: true },
});

function mountForm(props: Record<string, unknown>) {
  const { bodies, record } = bodyRecorder();
  const { wrapper, calls } = api.mount(
    InboxForm,
    {
      'POST /api/inboxes/email/connection-test': record('test', { imap: { ok: false, error: 'Authentication failed', code: 'auth' }, smtp: { ok: true } }),
      'POST /api/inboxes/9/connection-test': record('testSaved', { imap: { ok: true }, smtp: { ok: true } }),
      'POST /api/inboxes': record('create', { inbox: saved }),
      'PATCH /api/inboxes/9': record('update', { inbox: saved }),
    },
    // The modal teleports to <body>; rendered in place, the wrapper can reach the form.
    { props, global: { stubs: { teleport: true } } },
  );
  return { wrapper, bodies, calls };
}

async function fill(w: VueWrapper, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await w.get(`[name="${name}"]`).setValue(value);
}

describe('InboxForm for a mailbox', () => {
  it('tests the connection with the typed settings and shows each server’s answer', async () => {
    const { wrapper, bodies } = mountForm({ channel: 'email' });
    expect(wrapper.find('[name="greeting"]').exists()).toBe(false);
    await fill(wrapper, { name: 'Support mail', fromAddress: 'support@acme.example', smtpHost: 'smtp.acme.example', smtpPort: '587', imapHost: 'imap.acme.example', imapUser: 'support', imapPassword: 'pw' });
    await wrapper.get('[data-test-connection]').trigger('click');
    await flushPromises();
    expect(bodies.test).toMatchObject({ fromAddress: 'support@acme.example', smtpHost: 'smtp.acme.example', smtpPort: 587, imapUser: 'support', imapPassword: 'pw' });
    expect(wrapper.get('[data-check="smtp"]').text()).toBe('SMTP: connected');
    expect(wrapper.get('[data-check="imap"]').text()).toBe('IMAP: Authentication failed');
  });

  it('creates an e-mail inbox without the fields left empty', async () => {
    const { wrapper, bodies } = mountForm({ channel: 'email' });
    await fill(wrapper, { name: 'Support mail', fromAddress: 'support@acme.example', smtpHost: 'smtp.acme.example' });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({
      type: 'email',
      name: 'Support mail',
      routingMode: 'auto',
      email: { fromAddress: 'support@acme.example', smtpHost: 'smtp.acme.example', smtpSecure: false, imapSecure: true, markSeen: false, importExisting: false },
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('asks for the address and the SMTP server before sending anything', async () => {
    const { wrapper, calls } = mountForm({ channel: 'email' });
    await fill(wrapper, { name: 'Support mail' });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls).toEqual([]);
    expect(wrapper.get('[role="alert"]').text()).toBe('Give the mailbox address and the SMTP server.');
  });

  it('edits a saved mailbox: passwords not typed stay as saved, the test uses the stored credentials', async () => {
    const { wrapper, bodies } = mountForm({ inbox: saved });
    expect((wrapper.get('[name="smtpHost"]').element as HTMLInputElement).value).toBe('smtp.acme.example');
    await wrapper.get('[data-test-connection]').trigger('click');
    await flushPromises();
    expect(bodies.testSaved).toBeNull();
    await fill(wrapper, { signature: 'Kind regards' });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const email = (bodies.update as { email: Record<string, unknown> }).email;
    expect(email).toMatchObject({ signature: 'Kind regards', smtpPort: 587, fromName: 'Acme' });
    expect(email).not.toHaveProperty('smtpPassword');
    expect(email).not.toHaveProperty('imapPassword');
    expect(email).not.toHaveProperty('importExisting');
  });
});

describe('InboxForm for a connected messenger', () => {
  const instagram = inbox({ id: 9, type: 'instagram', name: 'Instagram DMs', publicKey: 'k', settings: { webhookUrl: 'https://inbox.example/webhooks/meta/9', verifyToken: 'verify-token-9', humanAgent: true } });

  it('shows whether an Instagram account has the Human Agent feature and saves a change of it', async () => {
    const { wrapper, bodies } = mountForm({ inbox: instagram });
    const box = wrapper.get('[name="humanAgent"]');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.text()).toContain('Human Agent feature');
    await box.setValue(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({ name: 'Instagram DMs', instagram: { humanAgent: false }, routingMode: 'auto' });
  });

  it('offers no Human Agent feature for another messenger, whose update the API would refuse with it', async () => {
    const { wrapper, bodies } = mountForm({ inbox: { ...instagram, type: 'whatsapp-cloud', name: 'WhatsApp' } });
    expect(wrapper.find('[name="humanAgent"]').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({ name: 'WhatsApp', routingMode: 'auto' });
  });
});
