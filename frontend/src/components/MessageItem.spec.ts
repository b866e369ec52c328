import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentDto } from '../api/types';
import { message, mountWithApp } from '../testing/app';
import MessageItem from './MessageItem.vue';

let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

const attachment = (id: number, fileName: string, mimeType: string): AttachmentDto => ({ id, fileName, mimeType, size: 5120, url: `/api/attachments/key${id}/${fileName}` });

function mountMessage(attachments: AttachmentDto[]) {
  wrapper = mountWithApp(MessageItem, { props: { message: message({ id: 1, conversationId: 1, kind: 'audio', text: null, attachments }) } }).wrapper;
  return wrapper;
}

describe('MessageItem', () => {
  it('tags a bot’s message as automatic, but not the bot’s note for the operator', () => {
    const said = message({ id: 2, conversationId: 1, direction: 'out', senderType: 'bot', senderName: null, text: 'How can we help?', payload: { automatic: 'bot' } });
    wrapper = mountWithApp(MessageItem, { props: { message: said } }).wrapper;
    expect(wrapper.find('[data-automatic-tag]').text()).toBe('automatic');
    expect(wrapper.find('.sender').text()).toBe('Bot');
    wrapper.unmount();
    const note = message({ id: 3, conversationId: 1, direction: 'out', senderType: 'bot', private: true, text: 'Collected by the bot:\nPhone: +1', payload: { automatic: 'bot_summary' } });
    wrapper = mountWithApp(MessageItem, { props: { message: note } }).wrapper;
    expect(wrapper.find('[data-automatic-tag]').exists()).toBe(false);
    expect(wrapper.find('.note-label').exists()).toBe(true);
  });

  it('plays a Telegram voice note in place, loading nothing until it is played', () => {
    const w = mountMessage([attachment(1, 'voice.ogg', 'audio/ogg')]);
    const audio = w.find('audio');
    expect(audio.attributes('src')).toBe('/api/attachments/key1/voice.ogg');
    expect(audio.attributes('controls')).toBeDefined();
    expect(audio.attributes('preload')).toBe('none');
    expect(w.find('.player a[download]').text()).toBe('Download voice.ogg (5.0 KB)');
    expect(w.find('.files').exists()).toBe(false);
  });

  it('plays a video with controls and keeps other files as downloads', () => {
    const w = mountMessage([attachment(2, 'clip.mp4', 'video/mp4'), attachment(3, 'report.pdf', 'application/pdf')]);
    expect(w.find('video').attributes('src')).toBe('/api/attachments/key2/clip.mp4');
    expect(w.find('video').attributes('controls')).toBeDefined();
    expect(w.find('audio').exists()).toBe(false);
    expect(w.findAll('.files a[download]').map((a) => a.attributes('href'))).toEqual(['/api/attachments/key3/report.pdf']);
  });

  it('never plays bytes the server turned into a download', () => {
    const w = mountMessage([attachment(4, 'voice.ogg', 'application/octet-stream')]);
    expect(w.find('audio').exists()).toBe(false);
    expect(w.find('.files a[download]').attributes('href')).toBe('/api/attachments/key4/voice.ogg');
  });
});
