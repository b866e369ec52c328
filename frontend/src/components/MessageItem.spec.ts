import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentDto } from '../api/types';
import type { ThreadMessage } from '../lib/merge';
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
    expect(wrapper.find('[data-automatic-tag]').text()).toBe('Automatic');
    expect(wrapper.find('.sender').text()).toBe('Bot');
    wrapper.unmount();
    const note = message({ id: 3, conversationId: 1, direction: 'out', senderType: 'bot', private: true, text: 'Collected by the bot:\nPhone: +1', payload: { automatic: 'bot_summary' } });
    wrapper = mountWithApp(MessageItem, { props: { message: note } }).wrapper;
    expect(wrapper.find('[data-automatic-tag]').exists()).toBe(false);
    expect(wrapper.find('.note-label').exists()).toBe(true);
  });

  it('labels every automatic message "Automatic" in a look of its own, never as the operator’s reply', () => {
    for (const rule of ['greeting', 'queue', 'after_hours', 'goodbye', 'auto_close', 'csat']) {
      const automatic = message({ id: 20, conversationId: 1, direction: 'out', senderType: 'system', senderName: null, text: `The ${rule} text`, payload: { automatic: rule } });
      wrapper = mountWithApp(MessageItem, { props: { message: automatic, replyable: true } }).wrapper;
      const row = wrapper.get('[data-message-id="20"]');
      expect(row.attributes('data-automatic'), rule).toBe(rule);
      expect(row.get('[data-automatic-tag]').text(), rule).toBe('Automatic');
      expect(row.classes(), rule).not.toContain('msg');
      expect(row.text(), rule).not.toMatch(/\bYou\b|Operator/);
      wrapper.unmount();
    }
    const bot = message({ id: 21, conversationId: 1, direction: 'out', senderType: 'bot', senderName: null, text: 'Choose a topic', payload: { automatic: 'bot' } });
    wrapper = mountWithApp(MessageItem, { props: { message: bot } }).wrapper;
    expect(wrapper.get('.msg').classes()).toContain('automatic');
    expect(wrapper.get('[data-automatic-tag]').text()).toBe('Automatic');
    wrapper.unmount();
    const operator = message({ id: 22, conversationId: 1, direction: 'out', senderType: 'agent', senderName: 'Olga', text: 'It ships today.' });
    wrapper = mountWithApp(MessageItem, { props: { message: operator } }).wrapper;
    expect(wrapper.get('.msg').classes()).not.toContain('automatic');
    expect(wrapper.find('[data-automatic-tag]').exists()).toBe(false);
  });

  it('plays a Telegram voice note in place, loading nothing until it is played', () => {
    const w = mountMessage([attachment(1, 'voice.ogg', 'audio/ogg')]);
    const audio = w.find('audio');
    expect(audio.attributes('src')).toBe('/api/attachments/key1/voice.ogg');
    expect(audio.attributes('controls')).toBeDefined();
    expect(audio.attributes('preload')).toBe('none');
    expect(w.find('.player a[download]').text()).toBe('Download voice.ogg (5 KB)');
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

  it('shows on top of a reply whom it answers and the start of their text, or what they sent', () => {
    const reply = message({ id: 5, conversationId: 1, text: 'Yes, that one', replyTo: { id: 4, senderType: 'agent', senderName: 'Olga', kind: 'text', text: 'Is it order A-1042?' } });
    wrapper = mountWithApp(MessageItem, { props: { message: reply } }).wrapper;
    const quote = wrapper.get('.bubble [data-quote]');
    expect(quote.find('.quoted-sender').text()).toBe('Olga');
    expect(quote.find('.quoted-text').text()).toBe('Is it order A-1042?');
    wrapper.unmount();
    const aboutPhoto = message({ id: 7, conversationId: 1, direction: 'out', senderType: 'agent', replyTo: { id: 6, senderType: 'contact', senderName: null, kind: 'image', text: null } });
    wrapper = mountWithApp(MessageItem, { props: { message: aboutPhoto } }).wrapper;
    expect(wrapper.get('[data-quote] .quoted-sender').text()).toBe('Customer');
    expect(wrapper.get('[data-quote] .quoted-text').text()).toBe('Image');
    wrapper.unmount();
    wrapper = mountWithApp(MessageItem, { props: { message: message({ id: 8, conversationId: 1 }) } }).wrapper;
    expect(wrapper.find('[data-quote]').exists()).toBe(false);
  });

  it('asks to be shown the quoted message when its quote is clicked', async () => {
    const reply = message({ id: 5, conversationId: 1, replyTo: { id: 4, senderType: 'contact', senderName: 'Anna', kind: 'text', text: 'Hi' } });
    wrapper = mountWithApp(MessageItem, { props: { message: reply } }).wrapper;
    await wrapper.get('[data-quote]').trigger('click');
    expect(wrapper.emitted('show-quoted')).toEqual([[4]]);
  });

  it('offers Reply on what the customer and operators said, quoting it', async () => {
    const long = 'x'.repeat(250);
    wrapper = mountWithApp(MessageItem, { props: { replyable: true, message: message({ id: 9, conversationId: 1, senderName: 'Anna', text: long }) } }).wrapper;
    const reply = wrapper.get('[data-reply]');
    expect(reply.attributes('aria-label')).toBe('Reply');
    await reply.trigger('click');
    expect(wrapper.emitted('reply')).toEqual([[{ id: 9, senderType: 'contact', senderName: 'Anna', kind: 'text', text: 'x'.repeat(200) }]]);
    wrapper.unmount();
    wrapper = mountWithApp(MessageItem, { props: { replyable: true, message: message({ id: 10, conversationId: 1, direction: 'out', senderType: 'agent', senderName: 'Olga' }) } }).wrapper;
    expect(wrapper.find('[data-reply]').exists()).toBe(true);
  });

  it('offers no Reply on notes, events, a bot’s words, a message still sending, nor where the operator cannot write', () => {
    const cases: Array<[ThreadMessage, boolean]> = [
      [message({ id: 11, conversationId: 1, direction: 'out', senderType: 'agent', private: true, text: 'Check the courier' }), true],
      [message({ id: 12, conversationId: 1, direction: 'out', senderType: 'system', kind: 'event', senderName: null, text: 'Assigned to Olga' }), true],
      [message({ id: 14, conversationId: 1, direction: 'out', senderType: 'bot', senderName: null, text: 'How can we help?' }), true],
      [{ ...message({ id: -1, conversationId: 1, direction: 'out', senderType: 'agent', status: 'pending' }), localId: 'local-1' }, true],
      [message({ id: 13, conversationId: 1 }), false],
    ];
    for (const [m, replyable] of cases) {
      wrapper = mountWithApp(MessageItem, { props: { message: m, replyable } }).wrapper;
      expect(wrapper.find('[data-message-id]').exists(), `message ${m.id}`).toBe(true);
      expect(wrapper.find('[data-reply]').exists(), `message ${m.id}`).toBe(false);
      wrapper.unmount();
    }
    wrapper = undefined;
  });
});
