import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localMessage, mergeMessages, setLocalStatus, upsertLocal } from './state';
import { makeInbox, makeMessage, makeVisitorMessage } from './testing/factories';
import { WidgetView, type ViewHandlers, type ViewState } from './view';

const HOST = 'https://support.acme.test';

function baseState(overrides: Partial<ViewState> = {}): ViewState {
  return {
    open: true,
    status: 'online',
    inbox: makeInbox({ maxUploadBytes: 1024, greeting: 'Hi! Ask us anything.', preChatFields: { name: 'required', email: 'required' } }),
    messages: [],
    unread: 0,
    agentTyping: false,
    preChat: false,
    preChatBusy: false,
    preChatError: null,
    loadingOlder: false,
    conversationClosed: false,
    notice: null,
    ratings: {},
    queue: null,
    ...overrides,
  };
}

describe(WidgetView.name, () => {
  let shadow: ShadowRoot;
  let handlers: { [K in keyof ViewHandlers]: ReturnType<typeof vi.fn> };
  let view: WidgetView;
  const $ = <E extends Element = HTMLElement>(selector: string) => shadow.querySelector<E>(selector);
  const $$ = (selector: string) => Array.from(shadow.querySelectorAll<HTMLElement>(selector));

  beforeEach(() => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    shadow = host.attachShadow({ mode: 'open' });
    handlers = { toggle: vi.fn(), send: vi.fn(), files: vi.fn(), retry: vi.fn(), typing: vi.fn(), preChat: vi.fn(), loadOlder: vi.fn(), rate: vi.fn(), choose: vi.fn() };
    view = new WidgetView(shadow, HOST, handlers as unknown as ViewHandlers);
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows nothing until the server accepted the inbox', () => {
    view.render(baseState({ inbox: null }));
    expect($('.launcher')?.hidden).toBe(true);
    expect($('.panel')?.hidden).toBe(true);
    view.render(baseState({ status: 'disabled' }));
    expect($('.launcher')?.hidden).toBe(true);
  });

  it('renders a message list: the visitor on the right, others on the left with name and time', () => {
    const messages = mergeMessages(
      [],
      [
        makeMessage({ id: 1, senderName: 'Anna', text: 'Hello, how can I help?' }),
        makeMessage({ id: 2, senderName: 'Anna', text: 'Still there?' }),
        makeVisitorMessage('c-1', { id: 3, text: 'Where is my order?' }),
        makeMessage({ id: 4, senderType: 'system', kind: 'event', senderName: null, text: 'Anna left the chat' }),
      ],
    );
    view.render(baseState({ messages }));
    const rows = $$('.items > .row');
    expect(rows.map((r) => r.className)).toEqual(['row out', 'row out', 'row in', 'row sys']);
    expect(rows[0].querySelector('.who')?.textContent).toBe('Anna');
    expect(rows[1].querySelector('.who')).toBeNull(); // same sender in a row: the name once
    expect(rows[2].querySelector('.bubble')?.textContent).toBe('Where is my order?');
    expect(rows[2].querySelector('time')?.getAttribute('datetime')).toBe(messages[2].createdAt);
    expect(rows[2].querySelector('.meta')?.textContent).toContain('Sent');
    expect(rows[3].textContent).toBe('Anna left the chat');
    expect($('.greeting')?.hidden).toBe(true);
  });

  it('shows user-provided text as text, never as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const messages = mergeMessages(
      [],
      [
        makeMessage({ id: 1, text: evil, senderName: '<b onclick=alert(1)>Anna</b>' }),
        makeMessage({ id: 2, text: null, attachments: [{ id: 1, fileName: '<img src=x onerror=alert(1)>.pdf', mimeType: 'application/pdf', size: 10, url: '/a/1' }] }),
      ],
    );
    view.render(baseState({ messages, inbox: makeInbox({ name: '<i>Acme</i>', maxUploadBytes: 1, greeting: evil }) }));
    expect($$('.items img')).toHaveLength(0);
    expect($$('.items script, .items b, .items i')).toHaveLength(0);
    expect($('.items .bubble')?.textContent).toBe(evil);
    expect($('.items .who')?.textContent).toBe('<b onclick=alert(1)>Anna</b>');
    expect($('.file-name')?.textContent).toBe('<img src=x onerror=alert(1)>.pdf');
    expect($('.title')?.textContent).toBe('<i>Acme</i>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('makes links clickable only for http(s), opening in a new tab without an opener', () => {
    view.render(baseState({ messages: mergeMessages([], [makeMessage({ id: 1, text: 'Track it at https://acme.test/t/1 not javascript:alert(1)' })]) }));
    const links = $$('.items .bubble a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://acme.test/t/1');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toContain('noopener');
  });

  it('shows images as thumbnails opening full size and other files as download links, from the widget host', () => {
    const attachments = [
      { id: 1, fileName: 'photo.png', mimeType: 'image/png', size: 2048, url: '/api/attachments/k1/photo.png' },
      { id: 2, fileName: 'invoice.pdf', mimeType: 'application/pdf', size: 1536, url: '/api/attachments/k2/invoice.pdf' },
    ];
    view.render(baseState({ messages: mergeMessages([], [makeMessage({ id: 1, text: null, attachments })]) }));
    const thumb = $<HTMLAnchorElement>('.thumb');
    expect(thumb?.getAttribute('href')).toBe(`${HOST}/api/attachments/k1/photo.png`);
    expect(thumb?.getAttribute('target')).toBe('_blank');
    expect(thumb?.querySelector('img')?.getAttribute('src')).toBe(`${HOST}/api/attachments/k1/photo.png`);
    const file = $<HTMLAnchorElement>('a.file');
    expect(file?.getAttribute('href')).toBe(`${HOST}/api/attachments/k2/invoice.pdf`);
    expect(file?.textContent).toContain('invoice.pdf');
    expect(file?.textContent).toContain('1.5 KB');
  });

  it('shows on top of a reply the message it answers: its author and text, or what it sent', () => {
    const messages = mergeMessages(
      [],
      [
        makeVisitorMessage('c-1', { id: 1, text: 'Where is my order?' }),
        makeMessage({ id: 2, senderName: 'Anna', text: 'It left today', replyTo: { id: 1, senderType: 'contact', senderName: 'Ann', kind: 'text', text: 'Where is my order?' } }),
        makeMessage({ id: 3, senderName: 'Anna', text: 'Nice photo', replyTo: { id: 9, senderType: 'agent', senderName: null, kind: 'image', text: null } }),
      ],
    );
    view.render(baseState({ messages }));
    const quotes = $$('.items > .row .bubble > .quote');
    expect(quotes.map((q) => [q.querySelector('.quote-who')?.textContent, q.querySelector('.quote-text')?.textContent])).toEqual([
      ['You', 'Where is my order?'],
      ['Acme Support', 'Image'],
    ]);
    expect($$('.items > .row')[1].querySelector('.bubble')?.textContent).toBe('YouWhere is my order?It left today');
  });

  it('shows the greeting as the first bubble while the list is empty', () => {
    view.render(baseState());
    expect($('.greeting')?.hidden).toBe(false);
    expect($('.greeting .bubble')?.textContent).toBe('Hi! Ask us anything.');
  });

  it('shows sending, failed with a retry control, and calls retry with the clientMessageId', () => {
    let messages = upsertLocal([], localMessage({ clientMessageId: 'c-9', text: 'hello' }));
    view.render(baseState({ messages }));
    expect($('.items .row.in .meta')?.textContent).toContain('Sending');
    messages = setLocalStatus(messages, 'c-9', 'failed', 'Network is down');
    view.render(baseState({ messages }));
    expect($('.items .row.in .failed')?.textContent).toContain('Network is down');
    $<HTMLButtonElement>('.retry')?.click();
    expect(handlers.retry).toHaveBeenCalledWith('c-9');
  });

  it('redraws a local message in place when it is acknowledged, without duplicating it', () => {
    const local = upsertLocal([], localMessage({ clientMessageId: 'c-1', text: 'hi' }));
    view.render(baseState({ messages: local }));
    const before = $$('.items > .row');
    view.render(baseState({ messages: mergeMessages(local, [makeVisitorMessage('c-1', { id: 5, text: 'hi' })]) }));
    const after = $$('.items > .row');
    expect(after).toHaveLength(1);
    expect(before[0].isConnected).toBe(false); // redrawn (status changed), not duplicated
    expect(after[0].querySelector('.meta')?.textContent).toContain('Sent');
  });

  it('shows the unread badge on the launcher while closed', () => {
    view.render(baseState({ open: false, unread: 3 }));
    expect($('.badge')?.hidden).toBe(false);
    expect($('.badge')?.textContent).toBe('3');
    expect($('.launcher')?.getAttribute('aria-label')).toContain('3');
    view.render(baseState({ open: false, unread: 12 }));
    expect($('.badge')?.textContent).toBe('9+');
    view.render(baseState({ open: true, unread: 0 }));
    expect($('.badge')?.hidden).toBe(true);
  });

  it('shows typing…, the reconnecting banner and a closed conversation', () => {
    view.render(baseState({ agentTyping: true, status: 'reconnecting', conversationClosed: true }));
    expect($('.typing')?.hidden).toBe(false);
    expect($('.typing')?.textContent).toContain('typing…');
    expect($('.banner')?.hidden).toBe(false);
    expect($('.banner')?.textContent).toBe('Reconnecting…');
    view.render(baseState());
    expect($('.typing')?.hidden).toBe(true);
    expect($('.banner')?.hidden).toBe(true);
  });

  it('shows the place in the queue above the composer, with the wait when there is one', () => {
    view.render(baseState({ queue: { conversationId: 7, position: 2, expectedWaitMs: 4 * 60_000 } }));
    const line = $('.queue');
    expect(line?.hidden).toBe(false);
    expect(line?.textContent).toBe('You are number 2 in line · about 4 min');
    expect(line?.getAttribute('role')).toBe('status');
    expect(line?.nextElementSibling?.classList.contains('prechat') || line?.nextElementSibling?.classList.contains('composer')).toBe(true);
    view.render(baseState({ queue: { conversationId: 7, position: 1, expectedWaitMs: null } }));
    expect(line?.textContent).toBe('You are number 1 in line');
    view.render(baseState());
    expect(line?.hidden).toBe(true);
  });

  describe('composer', () => {
    const key = (el: Element, init: KeyboardEventInit) => el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

    it('sends on Enter, keeps Shift+Enter for a new line, ignores blank text', () => {
      view.render(baseState());
      const textarea = $<HTMLTextAreaElement>('textarea')!;
      textarea.value = '   ';
      key(textarea, { key: 'Enter' });
      expect(handlers.send).not.toHaveBeenCalled();
      textarea.value = 'line one';
      key(textarea, { key: 'Enter', shiftKey: true });
      expect(handlers.send).not.toHaveBeenCalled();
      key(textarea, { key: 'Enter' });
      expect(handlers.send).toHaveBeenCalledWith('line one');
      expect(textarea.value).toBe('');
    });

    it('reports typing on input', () => {
      view.render(baseState());
      const textarea = $<HTMLTextAreaElement>('textarea')!;
      textarea.value = 'h';
      textarea.dispatchEvent(new Event('input'));
      expect(handlers.typing).toHaveBeenCalled();
    });

    it('focuses the composer on open and closes on Escape', () => {
      view.render(baseState({ open: false }));
      view.render(baseState({ open: true }));
      expect(shadow.activeElement).toBe($('textarea'));
      key($('textarea')!, { key: 'Escape' });
      expect(handlers.toggle).toHaveBeenCalledWith(false);
    });

    it('opens from the launcher and closes from the header, with aria labels', () => {
      view.render(baseState({ open: false }));
      const launcher = $<HTMLButtonElement>('.launcher')!;
      expect(launcher.getAttribute('aria-label')).toBe('Open chat');
      expect(launcher.getAttribute('aria-expanded')).toBe('false');
      launcher.click();
      expect(handlers.toggle).toHaveBeenLastCalledWith(true);
      view.render(baseState({ open: true }));
      $<HTMLButtonElement>('.close')!.click();
      expect(handlers.toggle).toHaveBeenLastCalledWith(false);
    });

    it('shows a notice such as a file too large', () => {
      view.render(baseState({ notice: '“big.zip” is larger than 1 KB' }));
      expect($('.notice')?.hidden).toBe(false);
      expect($('.notice')?.textContent).toBe('“big.zip” is larger than 1 KB');
    });
  });

  describe('pre-chat form', () => {
    const fill = (name: string, email: string) => {
      $<HTMLInputElement>('#iw-name')!.value = name;
      $<HTMLInputElement>('#iw-email')!.value = email;
      $<HTMLFormElement>('.prechat')!.dispatchEvent(new Event('submit', { cancelable: true }));
    };

    it('replaces the composer and takes the focus', () => {
      view.render(baseState({ open: false, preChat: true }));
      view.render(baseState({ open: true, preChat: true }));
      expect($('.prechat')?.hidden).toBe(false);
      expect($('.composer')?.hidden).toBe(true);
      expect(shadow.activeElement).toBe($('#iw-name'));
    });

    it('shows what is wrong and does not submit invalid input', () => {
      view.render(baseState({ preChat: true }));
      fill('', 'not-an-email');
      expect(handlers.preChat).not.toHaveBeenCalled();
      expect($('#iw-name-error')?.textContent).toBe('Please enter your name');
      expect($('#iw-email-error')?.textContent).toBe('This does not look like an e-mail address');
      expect($('#iw-email')?.getAttribute('aria-invalid')).toBe('true');
    });

    it('submits valid input, trimmed', () => {
      view.render(baseState({ preChat: true }));
      fill(' Jane ', 'jane@example.com');
      expect(handlers.preChat).toHaveBeenCalledWith({ name: 'Jane', email: 'jane@example.com' });
      expect($('#iw-name')?.getAttribute('aria-invalid')).toBe('false');
    });

    it('shows the server’s refusal', () => {
      view.render(baseState({ preChat: true, preChatError: 'email must be an e-mail address' }));
      expect($('.form-error')?.textContent).toBe('email must be an e-mail address');
    });

    it('asks for the fields the inbox names, marks the optional ones, and checks the phone', () => {
      view.render(baseState({ preChat: true, inbox: makeInbox({ preChatFields: { name: 'optional', phone: 'required' } }) }));
      expect($$('.prechat input').map((i) => [i.getAttribute('name'), i.getAttribute('type'), i.hasAttribute('required')])).toEqual([
        ['name', 'text', false],
        ['phone', 'tel', true],
      ]);
      expect($('label[for="iw-name"]')?.textContent).toBe('Name (optional)');
      $<HTMLInputElement>('#iw-phone')!.value = 'call me';
      $<HTMLFormElement>('.prechat')!.dispatchEvent(new Event('submit', { cancelable: true }));
      expect($('#iw-phone-error')?.textContent).toBe('This does not look like a phone number');
      expect(handlers.preChat).not.toHaveBeenCalled();
      $<HTMLInputElement>('#iw-phone')!.value = '+49 30 1234567';
      $<HTMLFormElement>('.prechat')!.dispatchEvent(new Event('submit', { cancelable: true }));
      expect(handlers.preChat).toHaveBeenCalledWith({ phone: '+49 30 1234567' });
    });

    it('keeps what the visitor typed while the fields stay the same', () => {
      view.render(baseState({ preChat: true }));
      $<HTMLInputElement>('#iw-name')!.value = 'Ja';
      view.render(baseState({ preChat: true, preChatBusy: true }));
      expect($<HTMLInputElement>('#iw-name')!.value).toBe('Ja');
      expect($<HTMLButtonElement>('.prechat .primary')!.disabled).toBe(true);
    });
  });

  describe('inbox settings', () => {
    it('sits in the corner the inbox names', () => {
      view.render(baseState({ inbox: makeInbox({ position: 'left' }) }));
      expect($('.iw')?.classList.contains('left')).toBe(true);
      view.render(baseState({ inbox: makeInbox({ position: 'right' }) }));
      expect($('.iw')?.classList.contains('left')).toBe(false);
    });

    it('puts the launcher text beside the icon while closed', () => {
      view.render(baseState({ open: false, inbox: makeInbox({ launcherText: 'Chat with us' }) }));
      expect($('.launcher')?.classList.contains('has-text')).toBe(true);
      expect($('.launcher-text')?.textContent).toBe('Chat with us');
      expect($('.launcher-text')?.hidden).toBe(false);
      view.render(baseState({ open: false, inbox: makeInbox() }));
      expect($('.launcher-text')?.hidden).toBe(true);
      expect($('.launcher')?.classList.contains('has-text')).toBe(false);
    });

    it("shows the operator's name and initial, or only the inbox's name when the inbox hides its operators", () => {
      const messages = mergeMessages([], [makeMessage({ id: 1, senderName: 'Anna', replyTo: { id: 0, senderType: 'agent', senderName: 'Boris', kind: 'text', text: 'earlier' } })]);
      view.render(baseState({ messages, inbox: makeInbox({ name: 'Acme' }) }));
      expect($('.items .who')?.textContent).toBe('Anna');
      expect($('.items .who')?.dataset.initial).toBe('A');
      expect($('.items .quote-who')?.textContent).toBe('Boris');
      view.render(baseState({ messages, inbox: makeInbox({ name: 'Acme', showAgentNames: false }) }));
      expect($('.items .who')?.textContent).toBe('Acme');
      expect($('.items .who')?.dataset.initial).toBeUndefined();
      expect($('.items .quote-who')?.textContent).toBe('Acme');
      expect(shadow.textContent).not.toContain('Anna');
    });

    it("leaves out the operator's initial badge, keeping the name, when the inbox hides the initials", () => {
      const messages = mergeMessages([], [makeMessage({ id: 1, senderName: 'Anna' })]);
      view.render(baseState({ messages, inbox: makeInbox({ showAgentInitials: false }) }));
      expect($('.items .who')?.textContent).toBe('Anna');
      expect($('.items .who')?.dataset.initial).toBeUndefined();
      view.render(baseState({ messages, inbox: makeInbox({ showAgentInitials: true }) }));
      expect($('.items .who')?.dataset.initial).toBe('A');
    });

    it('says when the team is back while the inbox is away', () => {
      view.render(baseState({ inbox: makeInbox({ away: { backAt: null } }) }));
      expect($('.away')?.hidden).toBe(false);
      expect($('.away')?.textContent).toBe('We are away right now; we will answer when we are back.');
      view.render(baseState({ inbox: makeInbox({ away: { backAt: '2030-01-07T12:00:00Z' } }) }));
      expect($('.away')?.textContent).toMatch(/^We are away right now; back Monday, Jan 7, \d{1,2}:\d\d.*\.$/);
      view.render(baseState({ inbox: makeInbox() }));
      expect($('.away')?.hidden).toBe(true);
    });
  });

  it('asks to rate a closed conversation with five stars and a comment, then shows what became of it', () => {
    const survey = makeMessage({
      id: 9,
      senderType: 'system',
      senderName: null,
      text: 'How would you rate our help?',
      payload: { automatic: 'csat', csat: { form: 'widget', conversationId: 77 } },
    });
    view.render(baseState({ messages: mergeMessages([], [survey]) }));
    const stars = $$('.survey .star');
    expect(stars.map((s) => s.getAttribute('aria-label'))).toEqual(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    const send = $<HTMLButtonElement>('.survey button[type="submit"]')!;
    expect(send.disabled).toBe(true);
    stars[3].click();
    expect($$('.survey .star.on')).toHaveLength(4);
    expect(stars[3].getAttribute('aria-pressed')).toBe('true');
    $<HTMLTextAreaElement>('.survey textarea')!.value = 'Fast';
    send.click();
    expect(handlers.rate).toHaveBeenCalledWith(77, 4, 'Fast');

    view.render(baseState({ messages: mergeMessages([], [survey]), ratings: { 77: { outcome: 'recorded' } } }));
    expect($('.survey form')).toBeNull();
    expect($('.survey .rated')?.textContent).toBe('Thank you for your rating!');
    view.render(baseState({ messages: mergeMessages([], [survey]), ratings: { 77: { outcome: 'already-rated' } } }));
    expect($('.survey .rated')?.textContent).toBe('You already rated this conversation. Thank you!');
  });

  it('offers a bot’s buttons under its newest message only, and sends the pressed one', () => {
    const menu = makeMessage({
      id: 11,
      senderType: 'bot',
      senderName: null,
      text: 'How can we help?',
      payload: { automatic: 'bot', buttons: [{ title: 'Order status', payload: 'bot:menu:1' }, { title: 'Talk to a human', payload: 'bot:human' }] },
    });
    view.render(baseState({ messages: mergeMessages([], [menu]) }));
    const choices = $$('.choices .choice');
    expect(choices.map((b) => b.textContent)).toEqual(['Order status', 'Talk to a human']);
    choices[0].click();
    expect(handlers.choose).toHaveBeenCalledWith('Order status', 'bot:menu:1');

    view.render(baseState({ messages: mergeMessages([], [menu, makeVisitorMessage('c-9', { id: 12, text: 'Order status' })]) }));
    expect($$('.choices .choice')).toHaveLength(0);
  });

  it('shows any other automatic message as a plain line', () => {
    view.render(baseState({ messages: mergeMessages([], [makeMessage({ id: 10, senderType: 'system', senderName: null, text: 'We are back Monday', payload: { automatic: 'after_hours' } })]) }));
    expect($('.survey')).toBeNull();
    expect($$('.row.sys .line').map((l) => l.textContent)).toContain('We are back Monday');
  });
});
