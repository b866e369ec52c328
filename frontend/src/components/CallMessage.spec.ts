import type { VueWrapper } from '@vue/test-utils';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallSummary } from '../api/types';
import { message, mountWithApp } from '../testing/app';
import MessageItem from './MessageItem.vue';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
});

const summary = (over: Partial<CallSummary>): CallSummary => ({
  id: 5, inboxId: 2, direction: 'in', state: 'ended', outcome: 'answered', from: '+4930100003', to: '+4940111222', agentId: 3,
  startedAt: '2026-12-01T10:00:00Z', answeredAt: '2026-12-01T10:00:20Z', endedAt: '2026-12-01T10:01:02Z',
  waitSeconds: 20, talkSeconds: 42, recording: null, transcription: null, callback: false, ...over,
});

function mountCall(call: CallSummary | null) {
  wrapper = mountWithApp(MessageItem, { props: { message: message({ id: 1, conversationId: 1, kind: 'call', text: null, payload: { call } }) } }).wrapper;
  return wrapper;
}

describe('a call in the thread', () => {
  it('shows how it ended, the wait and the talk time', () => {
    const w = mountCall(summary({}));
    expect(w.find('[data-call-label]').text()).toBe('Answered');
    expect(w.find('[data-call-wait]').text()).toBe('20 s');
    expect(w.find('[data-call-talk]').text()).toBe('42 s');
    expect(w.find('[data-call-recording]').exists()).toBe(false);
  });

  it('shows where a live call stands, and a call just arriving', () => {
    expect(mountCall(summary({ state: 'queued', outcome: null, talkSeconds: null, waitSeconds: null })).find('[data-call-label]').text()).toBe('Waiting in the queue');
    wrapper?.unmount();
    expect(mountCall(null).find('[data-call-label]').text()).toBe('Incoming call');
  });

  it('asks for a callback after a voicemail, shows its transcription, and plays the recording through the authenticated proxy', async () => {
    const fetched: Array<{ url: string; auth: string | undefined }> = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      fetched.push({ url, auth: (init?.headers as Record<string, string> | undefined)?.authorization });
      return new Response(new Blob(['mp3']), { status: 200, headers: { 'content-type': 'audio/mpeg' } });
    });
    URL.createObjectURL = vi.fn(() => 'blob:recording-1');
    URL.revokeObjectURL = vi.fn();
    const w = mountCall(summary({ outcome: 'voicemail', talkSeconds: null, callback: true, transcription: 'Call me back', recording: { url: '/api/voice/calls/5/recording', durationSeconds: 12 } }));
    expect(w.find('[data-call-label]').text()).toBe('Voicemail');
    expect(w.find('.callback').exists()).toBe(true);
    expect(w.find('[data-call-transcription]').text()).toBe('Call me back');
    expect(w.find('audio').exists()).toBe(false);
    await w.find('[data-call-recording]').trigger('click');
    await flushPromises();
    expect(fetched.map((f) => f.url)).toEqual(['/api/voice/calls/5/recording']);
    expect(w.find('audio').attributes('src')).toBe('blob:recording-1');
  });
});
