import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http } from '../../api/http';
import type { QuickReplyDto } from '../../api/types';
import { fakeFetch, mountWithApp } from '../../testing/app';
import QuickRepliesView from './QuickRepliesView.vue';

const hello: QuickReplyDto = {
  id: 3,
  scope: 'global',
  teamId: null,
  agentId: null,
  shortcut: 'hello',
  title: 'Greeting',
  content: 'Hello {{contact.name}}!',
  language: null,
  usageCount: 1234,
  attachments: [],
  updatedAt: new Date().toISOString(),
};
const refund: QuickReplyDto = { ...hello, id: 4, scope: 'team', teamId: 2, shortcut: 'refund', title: 'Refund', usageCount: 0 };

afterEach(() => {
  vi.unstubAllGlobals();
  http.setBaseUrl('');
});

function mountView() {
  http.setBaseUrl('http://inbox.test');
  const bodies: Record<string, unknown> = {};
  const routes = fakeFetch({
    'GET /api/quick-replies': () => ({ items: [hello, refund] }),
    'GET /api/teams': () => ({ items: [{ id: 2, name: 'Billing' }] }),
    'POST /api/quick-replies': (_url, init) => {
      bodies.create = JSON.parse(String(init?.body));
      return { quickReply: { ...hello, id: 5, shortcut: 'bye' } };
    },
    'PATCH /api/quick-replies/3': (_url, init) => {
      bodies.update = JSON.parse(String(init?.body));
      return { quickReply: hello };
    },
    'DELETE /api/quick-replies/4': () => null,
    'POST /api/quick-replies/3/attachments': () => ({ quickReply: { ...hello, attachments: [{ key: 'k1', fileName: 'manual.pdf', mimeType: 'application/pdf', size: 2048 }] } }),
    'DELETE /api/quick-replies/3/attachments/k1': () => ({ quickReply: hello }),
  });
  vi.stubGlobal('fetch', routes.fn);
  return { wrapper: mountWithApp(QuickRepliesView).wrapper, bodies, calls: routes.calls };
}

describe('QuickRepliesView', () => {
  it('lists the replies the admin may change, with their list and use count', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    expect(calls).toContain('GET /api/quick-replies?manage=true');
    const rows = wrapper.findAll('[data-quick-reply]').map((r) => r.findAll('td').slice(0, 4).map((c) => c.text()));
    expect(rows).toEqual([
      ['/hello', 'Greeting', 'Everyone', '1,234'],
      ['/refund', 'Refund', 'Billing', '0'],
    ]);
    wrapper.unmount();
  });

  it('creates a team reply, edits one and deletes one', async () => {
    const { wrapper, bodies, calls } = mountView();
    await flushPromises();
    await wrapper.get('[name="scope"]').setValue('team');
    await wrapper.get('[name="teamId"]').setValue('2');
    await wrapper.get('[name="shortcut"]').setValue('bye');
    await wrapper.get('[name="title"]').setValue('Goodbye');
    await wrapper.get('[name="content"]').setValue('Bye {{contact.name | friend}}!');
    await wrapper.get('[data-quick-reply-form]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({ scope: 'team', teamId: 2, shortcut: 'bye', title: 'Goodbye', content: 'Bye {{contact.name | friend}}!' });

    await wrapper.get('[data-quick-reply="hello"] button').trigger('click');
    expect((wrapper.get('[name="content"]').element as HTMLTextAreaElement).value).toBe('Hello {{contact.name}}!');
    await wrapper.get('[name="title"]').setValue('Hi');
    await wrapper.get('[data-quick-reply-form]').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({ shortcut: 'hello', title: 'Hi', content: 'Hello {{contact.name}}!' });

    await wrapper.get('[data-quick-reply="refund"] [data-delete]').trigger('click');
    await flushPromises();
    expect(calls).toContain('DELETE /api/quick-replies/4');
    wrapper.unmount();
  });

  it('adds files to a saved reply and removes them', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    expect(wrapper.find('[data-quick-reply-files]').exists()).toBe(false);
    await wrapper.get('[data-quick-reply="hello"] button').trigger('click');
    const input = wrapper.get('[data-quick-reply-files] input[type=file]');
    Object.defineProperty(input.element, 'files', { value: [new File(['%PDF'], 'manual.pdf', { type: 'application/pdf' })], configurable: true });
    await input.trigger('change');
    await flushPromises();
    expect(calls).toContain('POST /api/quick-replies/3/attachments');
    expect(wrapper.get('[data-file="manual.pdf"]').text()).toContain('2 KB');
    await wrapper.get('[data-file="manual.pdf"] button').trigger('click');
    await flushPromises();
    expect(calls).toContain('DELETE /api/quick-replies/3/attachments/k1');
    expect(wrapper.find('[data-file]').exists()).toBe(false);
    wrapper.unmount();
  });
});
