import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { message, withFakeApi } from '../testing/app';
import MessageItem from './MessageItem.vue';

const api = withFakeApi();

const mail = message({
  id: 71,
  conversationId: 3,
  text: 'Thank you! Can it come before Friday?',
  payload: {
    subject: 'Re: Parcel arrived damaged [#3]',
    from: { address: 'anna.kowalski@example.org', name: 'Anna Kowalski' },
    messageId: 'c2@mail.example.org',
    references: ['c1@mail.example.org'],
    hasHtml: true,
    quote: { quoted: 'On Mon, Kate wrote:\n> Dear Anna,', signature: 'Anna Kowalski\n+48 600 000 000', position: 'below' },
  },
});

function mountMail(over: Partial<typeof mail> = {}) {
  return api.mount(
    MessageItem,
    { 'GET /api/messages/71/email': () => ({ html: '<p>Thank you! <b>Can it come</b> before Friday?</p><img src="/api/attachments/k1/logo.png">', text: 'full text' }) },
    { props: { message: { ...mail, ...over } } },
  );
}

describe('MessageItem with a received e-mail', () => {
  it('shows the subject and the reply, with quote and signature folded until asked for', async () => {
    const { wrapper } = mountMail();
    expect(wrapper.get('[data-email-subject]').text()).toBe('Re: Parcel arrived damaged [#3]');
    expect(wrapper.get('[data-email-from]').text()).toBe('Anna Kowalski <anna.kowalski@example.org>');
    const shown = wrapper.get('[data-email]').text();
    expect(shown.indexOf('Re: Parcel arrived damaged')).toBeLessThan(shown.indexOf('Thank you! Can it come before Friday?'));
    expect(wrapper.find('[data-quote]').exists()).toBe(false);
    await wrapper.get('[data-toggle-quote]').trigger('click');
    expect(wrapper.get('[data-quote]').text()).toContain('> Dear Anna,');
    expect(wrapper.get('[data-quote]').text()).toContain('+48 600 000 000');
    await wrapper.get('[data-toggle-quote]').trigger('click');
    expect(wrapper.find('[data-quote]').exists()).toBe(false);
  });

  it('loads the original on request into a sandboxed frame that can run no script', async () => {
    const { wrapper, calls } = mountMail();
    expect(calls).toEqual([]);
    await wrapper.get('[data-toggle-original]').trigger('click');
    await flushPromises();
    expect(calls).toEqual(['GET /api/messages/71/email']);
    const frame = wrapper.get('iframe[data-original-html]');
    const sandbox = frame.attributes('sandbox') ?? '';
    expect(sandbox).not.toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    const doc = frame.attributes('srcdoc') ?? '';
    expect(doc).toContain('<b>Can it come</b>');
    expect(doc).toMatch(/Content-Security-Policy" content="default-src 'none'; img-src [^;]+ data:/);
    // Hidden again without asking the server twice.
    await wrapper.get('[data-toggle-original]').trigger('click');
    await wrapper.get('[data-toggle-original]').trigger('click');
    await flushPromises();
    expect(calls).toHaveLength(1);
  });

  it('leaves other channels’ messages alone', () => {
    const { wrapper } = mountMail({ payload: null });
    expect(wrapper.find('[data-email]').exists()).toBe(false);
  });
});
