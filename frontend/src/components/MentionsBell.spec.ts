import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useMentionsStore } from '../stores/mentions';
import { useRealtimeStore } from '../stores/realtime';
import { useSessionStore } from '../stores/session';
import { FakeSocket, ME, mountWithApp, withFakeApi } from '../testing/app';
import MentionsView from '../views/MentionsView.vue';
import MentionsBell from './MentionsBell.vue';

const mention = (id: number, conversationId = 7) => ({
  id,
  conversationId,
  messageId: 100 + id,
  authorId: 2,
  authorName: 'Hanna Holder',
  contactName: 'Anna',
  excerpt: `@olga question ${id}`,
  createdAt: '2026-12-07T06:00:00.000Z',
  readAt: null,
});

describe('mentions', () => {
  const api = withFakeApi();

  it('the bell counts a pushed mention at once and raises a system notification with who wrote it', async () => {
    const shown: Array<[string, NotificationOptions | undefined]> = [];
    vi.stubGlobal(
      'Notification',
      Object.assign(
        function (this: object, title: string, options?: NotificationOptions) {
          shown.push([title, options]);
        },
        { permission: 'granted' },
      ),
    );
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    const { wrapper } = mountWithApp(MentionsBell);
    useSessionStore().setUser(ME);
    expect(wrapper.find('[data-mentions-count]').exists()).toBe(false);
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket, texts: { newConversation: (n) => n, body: (p) => p, mentioned: (name) => `${name} mentioned you` } });
    socket.serverEmit('mention.created', { mention: mention(1) });
    await flushPromises();
    expect(wrapper.find('[data-mentions-count]').text()).toBe('1');
    expect(shown).toEqual([['Hanna Holder mentioned you', { body: '@olga question 1', tag: 'inbox-mention' }]]);
    useRealtimeStore().stop();
    wrapper.unmount();
    vi.restoreAllMocks();
  });

  it('the Mentions view lists the unread ones and marks one read', async () => {
    const read: string[] = [];
    const { wrapper } = api.mount(MentionsView, {
      'GET /api/mentions': () => ({ items: [mention(2), mention(1), { ...mention(0), readAt: '2026-12-07T05:00:00.000Z' }] }),
      'POST /api/mentions/\\d+/read': (url) => {
        read.push(url.pathname);
        return { mention: { ...mention(2), readAt: '2026-12-07T06:05:00.000Z' } };
      },
    });
    await flushPromises();
    expect(wrapper.findAll('[data-mention]').map((li) => li.attributes('data-mention'))).toEqual(['2', '1']);
    expect(wrapper.find('[data-mention="2"]').text()).toContain('in the conversation with Anna');
    await wrapper.find('[data-mention="2"] [data-read-mention]').trigger('click');
    await flushPromises();
    expect(read).toEqual(['/api/mentions/2/read']);
    expect(useMentionsStore().unread.map((m) => m.id)).toEqual([1]);
    expect(wrapper.findAll('[data-mention]').map((li) => li.attributes('data-mention'))).toEqual(['1']);
  });
});
