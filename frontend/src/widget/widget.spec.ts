import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newestId } from './state';
import { createVisitorStore, tokenKey } from './storage';
import { GOOD_KEY, startFakeWidgetServer, type FakeWidgetServer } from './testing/fake-widget-server';
import { until } from './testing/until';
import { ChatWidget, mountWidget } from './widget';

/**
 * The whole widget (controller, connection, view) in happy-dom against a
 * real socket.io server speaking the `/widget` protocol.
 */
describe(ChatWidget.name, () => {
  let server: FakeWidgetServer;
  let widget: ChatWidget;
  let shadow: ShadowRoot;
  const $ = <E extends Element = HTMLElement>(selector: string) => shadow.querySelector<E>(selector)!;
  const $$ = (selector: string) => Array.from(shadow.querySelectorAll<HTMLElement>(selector));
  const bubbles = () => $$('.items .bubble').map((b) => b.textContent);

  beforeEach(async () => {
    localStorage.clear();
    server = await startFakeWidgetServer();
  });

  afterEach(async () => {
    widget?.stop();
    document.body.replaceChildren();
    await server.close();
  });

  function mount() {
    const host = document.createElement('div');
    document.body.appendChild(host);
    shadow = host.attachShadow({ mode: 'open' });
    widget = new ChatWidget({
      config: { host: server.url, inboxKey: GOOD_KEY },
      root: shadow,
      socketOptions: { reconnectionDelay: 20, reconnectionDelayMax: 50 },
    });
    widget.start();
  }

  async function mountAndOpen() {
    mount();
    await until(() => !$('.launcher').hidden);
    $<HTMLButtonElement>('.launcher').click();
    await until(() => widget.snapshot().open);
  }

  function type(text: string) {
    const textarea = $<HTMLTextAreaElement>('textarea');
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  }

  function attach(file: File) {
    const input = $<HTMLInputElement>('input[type="file"]');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('shows the launcher only once the server accepted the inbox', async () => {
    mount();
    expect($('.launcher').hidden).toBe(true);
    await until(() => !$('.launcher').hidden);
    expect(localStorage.getItem(tokenKey(GOOD_KEY))).toMatch(/^visitor-/);
  });

  it('opens with the greeting, sends on Enter and shows the message as sent', async () => {
    await mountAndOpen();
    expect($('.greeting').textContent).toContain('Hi! How can we help?');
    expect(shadow.activeElement).toBe($('textarea'));
    type('Hello <b>there</b>');
    expect(bubbles()).toEqual(['Hello <b>there</b>']);
    await until(() => ($('.items .row.in .meta').textContent ?? '').includes('Sent'));
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({ text: 'Hello <b>there</b>' });
    expect($('.greeting').hidden).toBe(true);
  });

  it('counts replies that arrive while closed and clears the badge on open', async () => {
    mount();
    await until(() => !$('.launcher').hidden);
    const token = localStorage.getItem(tokenKey(GOOD_KEY))!;
    server.agentSays('Hi there', token);
    server.agentSays('Can I help?', token);
    await until(() => !$('.badge').hidden && $('.badge').textContent === '2');
    $<HTMLButtonElement>('.launcher').click();
    expect($('.badge').hidden).toBe(true);
    expect(createVisitorStore(GOOD_KEY).getSeenId()).toBe(newestId(widget.snapshot().messages));
    server.agentSays('Anything else?', token);
    await until(() => bubbles().length === 3);
    expect(widget.snapshot().unread).toBe(0);
  });

  it('shows the place in the queue as it changes and removes it when an operator takes the chat', async () => {
    await mountAndOpen();
    type('Anyone there?');
    await until(() => server.messages.length === 1);
    const token = localStorage.getItem(tokenKey(GOOD_KEY))!;
    const visitor = server.io.of('/widget').to(token);
    visitor.emit('queue.position', { conversationId: 7, position: 2, expectedWaitMs: 8 * 60_000 });
    await until(() => !$('.queue').hidden);
    expect($('.queue').textContent).toBe('You are number 2 in line · about 8 min');
    visitor.emit('queue.position', { conversationId: 7, position: 1, expectedWaitMs: 4 * 60_000 });
    await until(() => $('.queue').textContent === 'You are number 1 in line · about 4 min');
    visitor.emit('conversation.updated', { conversation: { id: 7, status: 'assigned' } });
    await until(() => $('.queue').hidden === true);
    expect(widget.snapshot().queue).toBeNull();
  });

  it('forgets the place after a reconnect that finds the conversation served meanwhile', async () => {
    await mountAndOpen();
    type('Anyone there?');
    await until(() => server.messages.length === 1);
    const token = localStorage.getItem(tokenKey(GOOD_KEY))!;
    server.io.of('/widget').to(token).emit('queue.position', { conversationId: 7, position: 1, expectedWaitMs: null });
    await until(() => !$('.queue').hidden);
    // Served while the connection was down: the push saying so was missed.
    server.conversationStatus = 'assigned';
    server.io.of('/widget').disconnectSockets(true);
    await until(() => widget.snapshot().status === 'reconnecting');
    await until(() => widget.snapshot().status === 'online');
    await until(() => $('.queue').hidden === true);
  });

  it('sends a pressed bot button as its title with the button’s payload', async () => {
    await mountAndOpen();
    const menu = {
      id: 500,
      conversationId: 7,
      direction: 'out',
      senderType: 'bot',
      senderName: null,
      kind: 'text',
      text: 'How can we help?',
      attachments: [],
      status: 'sent',
      clientMessageId: null,
      createdAt: new Date().toISOString(),
      payload: { automatic: 'bot', buttons: [{ title: 'Order status', payload: 'bot:menu:1' }] },
    };
    server.sockets()[0].emit('message.created', { message: menu });
    await until(() => $$('.choice').length === 1);
    $$('.choice')[0].click();
    await until(() => server.received.length === 1);
    expect(server.received[0]).toMatchObject({ text: 'Order status', button: 'bot:menu:1' });
  });

  it('shows the operator typing until their message arrives', async () => {
    await mountAndOpen();
    server.sockets()[0].emit('typing', { on: true });
    await until(() => !$('.typing').hidden);
    server.agentSays('Here you go', localStorage.getItem(tokenKey(GOOD_KEY))!);
    await until(() => $('.typing').hidden === true);
    expect(bubbles()).toEqual(['Here you go']);
  });

  it('asks for name and e-mail first when the inbox wants it', async () => {
    server.inbox.preChatFields = { name: 'required', email: 'required' };
    await mountAndOpen();
    expect($('.composer').hidden).toBe(true);
    $<HTMLInputElement>('#iw-name').value = 'Jane';
    $<HTMLInputElement>('#iw-email').value = 'jane@example.com';
    $<HTMLFormElement>('.prechat').dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => !$('.composer').hidden);
    expect([...server.contacts.values()]).toEqual([{ name: 'Jane', email: 'jane@example.com' }]);
    expect(shadow.activeElement).toBe($('textarea'));
  });

  it('lets the visitor past a form of optional fields left empty without storing anything', async () => {
    server.inbox.preChatFields = { email: 'optional', phone: 'optional' };
    await mountAndOpen();
    expect($('.composer').hidden).toBe(true);
    $<HTMLFormElement>('.prechat').dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => !$('.composer').hidden);
    expect(server.contacts.size).toBe(0);
  });

  it('sends the phone typed in the form, then lets the visitor write', async () => {
    server.inbox.preChatFields = { phone: 'required' };
    await mountAndOpen();
    $<HTMLInputElement>('#iw-phone').value = '+49 30 1234567';
    $<HTMLFormElement>('.prechat').dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => !$('.composer').hidden);
    expect([...server.contacts.values()]).toEqual([{ phone: '+49 30 1234567' }]);
  });

  it('uploads an attached file and sends it as a message with a download link on the widget host', async () => {
    await mountAndOpen();
    attach(new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' }));
    await until(() => !!shadow.querySelector('a.file'));
    expect($('a.file').getAttribute('href')).toBe(`${server.url}/api/attachments/k1/invoice.pdf`);
    expect(server.received[0]).toMatchObject({ text: '', attachments: [1] });
  });

  it('refuses a file over the inbox limit without uploading it', async () => {
    server.inbox.maxUploadBytes = 4;
    await mountAndOpen();
    attach(new File(['far too big'], 'big.txt', { type: 'text/plain' }));
    expect($('.notice').textContent).toBe('“big.txt” is larger than 4 B');
    expect(server.uploads).toHaveLength(0);
    expect(bubbles()).toEqual([]);
  });

  it('shows a refused send as failed and sends it again on retry with the same clientMessageId', async () => {
    await mountAndOpen();
    server.onSend = () => ({ error: 'Something went wrong on our side; please try again' });
    type('Hello');
    await until(() => !!shadow.querySelector('.retry'));
    expect($('.failed').textContent).toContain('Something went wrong');
    server.onSend = undefined;
    $<HTMLButtonElement>('.retry').click();
    await until(() => ($('.items .row.in .meta').textContent ?? '').includes('Sent'));
    expect(server.received.map((p) => p.clientMessageId)).toEqual([server.received[0].clientMessageId, server.received[0].clientMessageId]);
    expect(bubbles()).toEqual(['Hello']);
  });

  it('shows reconnecting while the server is away and lists nothing twice after it is back', async () => {
    await mountAndOpen();
    const token = localStorage.getItem(tokenKey(GOOD_KEY))!;
    server.agentSays('before', token);
    await until(() => bubbles().length === 1);
    await server.close();
    await until(() => !$('.banner').hidden);
    expect($('.banner').textContent).toBe('Reconnecting…');
    type('written offline');
    await server.restart();
    await until(() => $('.banner').hidden === true && ($('.items .row.in .meta').textContent ?? '').includes('Sent'), 8_000);
    expect(bubbles()).toEqual(['before', 'written offline']);
    expect(server.received).toHaveLength(1);
  });

  it('loads older messages when scrolled to the top', async () => {
    for (let i = 1; i <= 60; i++) server.agentSays(`message ${i}`);
    await mountAndOpen();
    await until(() => bubbles().length === 50);
    $('.list').dispatchEvent(new Event('scroll'));
    await until(() => bubbles().length === 60);
    expect(bubbles()[0]).toBe('message 1');
    $('.list').dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 100));
    expect(bubbles()).toHaveLength(60);
  });

  it('closes on Escape and gives the focus back to the launcher', async () => {
    await mountAndOpen();
    $('textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(widget.snapshot().open).toBe(false);
    expect($('.panel').hidden).toBe(true);
    expect(shadow.activeElement).toBe($('.launcher'));
  });

  describe(mountWidget.name, () => {
    it('mounts once in a shadow root at the end of the body, with its styles inside', async () => {
      const config = { host: server.url, inboxKey: GOOD_KEY };
      widget = mountWidget(config, '.launcher { color: red }')!;
      expect(mountWidget(config, '')).toBeNull(); // the snippet pasted twice
      const hosts = document.querySelectorAll('[data-inbox-widget]');
      expect(hosts).toHaveLength(1);
      const root = hosts[0].shadowRoot!;
      const css = [...root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)), root.querySelector('style')?.textContent ?? ''].join('');
      expect(css).toContain('color: red');
      await until(() => root.querySelector<HTMLElement>('.launcher')?.hidden === false);
      expect(document.body.lastElementChild).toBe(hosts[0]);
    });
  });
});
