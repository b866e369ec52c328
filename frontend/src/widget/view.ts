import type { ConnectionStatus } from './connection';
import { append, h, icon } from './dom';
import { awayLine, formatTime, isInlineImage, queueLine } from './format';
import { PreChatView } from './prechat-view';
import { choicesOf, isFromVisitor, isSystemLine, surveyOf, type ChatMessage } from './state';
import { t, type StringKey } from './strings';
import { attachmentLink, authorName, quoteBlock, textNodes } from './message-parts';
import { surveyRow, type RatingState } from './survey-view';
import type { ContactInfo, InboxInfo, QueuePlace } from './types';

/** Everything the view shows; the controller owns it, the view only draws it. */
export interface ViewState {
  open: boolean;
  status: ConnectionStatus;
  /** Null until the first session: the launcher stays hidden until the server said yes. */
  inbox: InboxInfo | null;
  messages: ChatMessage[];
  unread: number;
  agentTyping: boolean;
  preChat: boolean;
  preChatBusy: boolean;
  preChatError: string | null;
  loadingOlder: boolean;
  conversationClosed: boolean;
  /** A short problem to show above the composer (a file too large…). */
  notice: string | null;
  /** Surveys answered or being answered, by conversation id. */
  ratings: Record<number, RatingState>;
  /** The place in the queue, shown above the composer while the conversation waits for an operator. */
  queue: QueuePlace | null;
}

export interface ViewHandlers {
  toggle(open: boolean): void;
  send(text: string): void;
  files(files: File[]): void;
  retry(clientMessageId: string): void;
  typing(): void;
  preChat(value: ContactInfo): void;
  loadOlder(): void;
  rate(conversationId: number, score: number, comment: string): void;
  /** A button under a bot's message was pressed. */
  choose(title: string, payload: string): void;
}

const HEX_COLOR = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i;

/**
 * The widget's DOM, built once inside the shadow root and then patched on
 * every render: message rows are keyed (by clientMessageId, else id), so an
 * ack or a status change redraws one row and the scroll position holds.
 */
export class WidgetView {
  readonly el: HTMLDivElement;
  private readonly launcher: HTMLButtonElement;
  private readonly badge: HTMLSpanElement;
  private readonly panel: HTMLElement;
  private readonly title: HTMLElement;
  private readonly banner: HTMLDivElement;
  private readonly list: HTMLDivElement;
  private readonly older: HTMLDivElement;
  private readonly greeting: HTMLDivElement;
  private readonly items: HTMLDivElement;
  private readonly closedNote: HTMLDivElement;
  private readonly queue: HTMLDivElement;
  private readonly typing: HTMLDivElement;
  private readonly preChatForm: PreChatView;
  private readonly launcherText: HTMLSpanElement;
  private readonly away: HTMLDivElement;
  private readonly composer: HTMLFormElement;
  private readonly notice: HTMLDivElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly fileInput: HTMLInputElement;
  private readonly dropZone: HTMLDivElement;
  private readonly rows = new Map<string, HTMLElement>();
  private lastKey: string | null = null;
  private wasOpen = false;
  private wasPreChat = false;
  private dragDepth = 0;
  private state: ViewState | null = null;

  constructor(
    private readonly root: ShadowRoot | HTMLElement,
    private readonly host: string,
    private readonly handlers: ViewHandlers,
    /** A preview in another page (Settings → Widget) shows the panel open without taking that page's keyboard focus, or scrolling it. */
    private readonly options: { moveFocus: boolean } = { moveFocus: true },
  ) {
    this.badge = h('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
    this.launcherText = h('span', { class: 'launcher-text', hidden: true });
    this.launcher = h(
      'button',
      { type: 'button', class: 'launcher', 'aria-label': t('openChat'), 'aria-expanded': 'false', 'aria-controls': 'iw-panel', hidden: true },
      icon('chat'),
      icon('close'),
      this.launcherText,
      this.badge,
    );
    this.title = h('strong', { class: 'title', id: 'iw-title' });
    const close = h('button', { type: 'button', class: 'icon-button close', 'aria-label': t('closeChat') }, icon('close'));
    this.banner = h('div', { class: 'banner', role: 'status', hidden: true });
    this.older = h('div', { class: 'older', hidden: true }, t('loadingOlder'));
    this.greeting = h('div', { class: 'row out greeting', hidden: true });
    this.items = h('div', { class: 'items' });
    this.closedNote = h('div', { class: 'row sys', hidden: true }, h('div', { class: 'line' }, t('conversationClosed')));
    this.typing = h('div', { class: 'typing', hidden: true }, h('span', { class: 'dots', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), ` ${t('typing')}`);
    this.list = h(
      'div',
      { class: 'list', role: 'log', 'aria-live': 'polite', 'aria-label': t('messages'), tabindex: '0' },
      this.older,
      this.greeting,
      this.items,
      this.closedNote,
      this.typing,
    );
    this.queue = h('div', { class: 'queue', role: 'status', hidden: true });
    this.preChatForm = new PreChatView((value) => this.handlers.preChat(value));
    this.away = h('div', { class: 'away', role: 'status', hidden: true });
    this.notice = h('div', { class: 'notice', role: 'alert', hidden: true });
    this.textarea = h('textarea', { rows: 1, placeholder: t('placeholder'), 'aria-label': t('placeholder'), maxlength: 65536 });
    this.fileInput = h('input', { type: 'file', hidden: true, tabindex: '-1', 'aria-hidden': 'true' });
    const attach = h('button', { type: 'button', class: 'icon-button attach', 'aria-label': t('attach') }, icon('attach'));
    const send = h('button', { type: 'submit', class: 'icon-button send', 'aria-label': t('send') }, icon('send', true));
    this.composer = h('form', { class: 'composer' }, this.notice, h('div', { class: 'compose-row' }, attach, this.fileInput, this.textarea, send));
    this.dropZone = h('div', { class: 'drop', hidden: true, 'aria-hidden': 'true' }, t('dropHere'));
    this.panel = h(
      'section',
      { class: 'panel', id: 'iw-panel', role: 'dialog', 'aria-labelledby': 'iw-title', hidden: true },
      h('header', { class: 'head' }, h('div', { class: 'head-text' }, this.title, h('span', { class: 'subtitle' }, t('online'))), close),
      this.banner,
      this.away,
      this.list,
      this.queue,
      this.preChatForm.el,
      this.composer,
      this.dropZone,
    );
    this.el = h('div', { class: 'iw' }, this.panel, this.launcher);
    root.appendChild(this.el);

    this.launcher.addEventListener('click', () => this.handlers.toggle(!this.state?.open));
    close.addEventListener('click', () => this.handlers.toggle(false));
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.handlers.toggle(false);
      }
    });
    this.list.addEventListener('scroll', () => {
      if (this.list.scrollTop < 40) this.handlers.loadOlder();
    });
    this.composer.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submitText();
    });
    this.textarea.addEventListener('keydown', (e) => {
      // isComposing: Enter that confirms an IME candidate (Japanese, Chinese…) is not "send".
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.submitText();
      }
    });
    this.textarea.addEventListener('input', () => {
      this.autosize();
      if (this.textarea.value) this.handlers.typing();
    });
    this.textarea.addEventListener('paste', (e) => {
      const files = Array.from(e.clipboardData?.files ?? []);
      if (files.length) {
        e.preventDefault();
        this.handlers.files(files);
      }
    });
    attach.addEventListener('click', () => this.fileInput.click());
    this.fileInput.addEventListener('change', () => {
      const files = Array.from(this.fileInput.files ?? []);
      this.fileInput.value = '';
      if (files.length) this.handlers.files(files);
    });
    this.listenForDrops();
  }

  render(state: ViewState): void {
    const prev = this.state;
    this.state = state;
    const ready = state.inbox !== null && state.status !== 'disabled';
    this.launcher.hidden = !ready;
    if (!ready || !state.inbox) {
      this.panel.hidden = true;
      return;
    }
    const inbox = state.inbox;
    if (inbox.color && HEX_COLOR.test(inbox.color)) this.el.style.setProperty('--iw-accent', inbox.color);
    this.el.classList.toggle('left', inbox.position === 'left');
    this.launcherText.hidden = !inbox.launcherText;
    this.launcherText.textContent = inbox.launcherText ?? '';
    this.launcher.classList.toggle('has-text', !!inbox.launcherText);
    this.away.hidden = !inbox.away;
    this.away.textContent = inbox.away ? awayLine(inbox.away.backAt) : '';
    this.title.textContent = inbox.name;
    this.panel.setAttribute('aria-label', t('chatWith', { name: inbox.name }));

    const label = state.open ? t('closeChat') : state.unread ? `${t('openChat')} (${t('unread', { n: state.unread })})` : t('openChat');
    this.launcher.setAttribute('aria-label', label);
    this.launcher.setAttribute('aria-expanded', String(state.open));
    this.launcher.classList.toggle('is-open', state.open);
    this.badge.hidden = state.open || state.unread === 0;
    this.badge.textContent = state.unread > 9 ? '9+' : String(state.unread);

    const offline = state.status !== 'online';
    this.banner.hidden = !offline;
    this.banner.textContent = offline ? t(state.status === 'reconnecting' ? 'reconnecting' : 'connecting') : '';

    this.older.hidden = !state.loadingOlder;
    this.greeting.hidden = state.messages.length > 0 || !inbox.greeting;
    if (!this.greeting.hidden) {
      this.greeting.replaceChildren(h('div', { class: 'who' }, inbox.name), h('div', { class: 'bubble' }, ...textNodes(inbox.greeting ?? '')));
    }
    this.closedNote.hidden = !state.conversationClosed;
    this.typing.hidden = !state.agentTyping;
    this.queue.hidden = !state.queue;
    this.queue.textContent = state.queue ? queueLine(state.queue) : '';

    this.preChatForm.el.hidden = !state.preChat;
    this.composer.hidden = state.preChat;
    this.preChatForm.render(inbox.preChatFields, state.preChatBusy, state.preChatError);
    this.notice.hidden = !state.notice;
    this.notice.textContent = state.notice ?? '';

    const opening = state.open && !this.wasOpen;
    this.panel.hidden = !state.open;
    this.renderMessages(state, opening || (prev?.agentTyping === false && state.agentTyping));

    if (opening || (state.open && this.wasPreChat && !state.preChat)) this.focusInput(state);
    if (!state.open && this.wasOpen && this.focusInside()) this.launcher.focus();
    this.wasOpen = state.open;
    this.wasPreChat = state.preChat;
  }

  /** Where the keyboard goes when the panel opens: the composer, or the form's first field. */
  private focusInput(state: ViewState): void {
    if (!this.options.moveFocus) return;
    if (state.preChat) this.preChatForm.focus();
    else this.textarea.focus();
  }

  private focusInside(): boolean {
    const active = this.root instanceof ShadowRoot ? this.root.activeElement : this.root.ownerDocument.activeElement;
    return !!active && this.panel.contains(active);
  }

  private submitText(): void {
    const text = this.textarea.value;
    if (!text.trim()) return;
    this.handlers.send(text);
    this.textarea.value = '';
    this.autosize();
  }

  private autosize(): void {
    this.textarea.style.height = 'auto';
    this.textarea.style.height = `${Math.min(this.textarea.scrollHeight, 120)}px`;
  }

  private renderMessages(state: ViewState, stickToBottom: boolean): void {
    const list = this.list;
    const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
    const prevHeight = list.scrollHeight;
    const prevTop = list.scrollTop;
    const firstBefore = this.items.firstElementChild;

    let lastOwn = -1;
    state.messages.forEach((m, i) => {
      if (isFromVisitor(m)) lastOwn = i;
    });
    // A change of the inbox's name or of showing operators (names, initials) redraws every row.
    const authors = [state.inbox?.name, state.inbox?.showAgentNames, state.inbox?.showAgentInitials];
    const keep = new Set<string>();
    let cursor: ChildNode | null = this.items.firstChild;
    state.messages.forEach((m, i) => {
      const before = state.messages[i - 1];
      const showName =
        !isFromVisitor(m) &&
        !isSystemLine(m) &&
        (!before || isFromVisitor(before) || isSystemLine(before) || before.senderName !== m.senderName || before.senderType !== m.senderType);
      const key = rowKey(m);
      keep.add(key);
      const time = formatTime(m.createdAt);
      const survey = surveyOf(m);
      const rating = survey === null ? null : (state.ratings[survey] ?? {});
      // Only the newest message's buttons can be pressed: an older menu is history.
      const offers = i === state.messages.length - 1;
      const sig = JSON.stringify([m.id, m.status, m.text, m.error, m.attachments.map((a) => a.url), m.replyTo, showName, i === lastOwn, time, rating, offers, authors]);
      let row = this.rows.get(key);
      if (!row || row.dataset.sig !== sig) {
        const fresh = this.renderRow(m, showName, i === lastOwn, time, offers);
        fresh.dataset.sig = sig;
        if (row) {
          if (row === cursor) cursor = cursor.nextSibling;
          row.remove();
        }
        row = fresh;
        this.rows.set(key, row);
      }
      if (row === cursor) cursor = cursor.nextSibling;
      else this.items.insertBefore(row, cursor);
    });
    for (const [key, row] of this.rows) {
      if (!keep.has(key)) {
        row.remove();
        this.rows.delete(key);
      }
    }

    const last = state.messages[state.messages.length - 1];
    const lastKey = last ? rowKey(last) : null;
    const ownNew = !!last && lastKey !== this.lastKey && isFromVisitor(last);
    this.lastKey = lastKey;
    const prepended = !!firstBefore && firstBefore.isConnected && this.items.firstElementChild !== firstBefore;
    if (stickToBottom || ownNew || (nearBottom && !prepended)) list.scrollTop = list.scrollHeight;
    else if (prepended) list.scrollTop = prevTop + (list.scrollHeight - prevHeight);
  }

  private renderRow(m: ChatMessage, showName: boolean, isLastOwn: boolean, time: string, offers: boolean): HTMLElement {
    const survey = surveyOf(m);
    if (survey !== null) return surveyRow(m, survey, this.state?.ratings[survey] ?? {}, this.handlers.rate);
    if (isSystemLine(m)) return h('div', { class: 'row sys' }, h('div', { class: 'line' }, m.text ?? ''));
    const own = isFromVisitor(m);
    // Only pictures: no coloured frame around them.
    const media = !m.text && !m.replyTo && m.attachments.length > 0 && m.attachments.every((a) => isInlineImage(a.mimeType) && a.url);
    const bubble = h('div', { class: media ? 'bubble media' : 'bubble' }, m.replyTo && this.state?.inbox && quoteBlock(m.replyTo, this.state.inbox), ...(m.text ? textNodes(m.text) : []));
    if (m.attachments.length) bubble.appendChild(h('div', { class: 'files' }, ...m.attachments.map((a) => attachmentLink(a, this.host))));
    const meta = h('div', { class: 'meta' }, h('time', { datetime: m.createdAt }, time));
    if (own) {
      if (m.status === 'failed' && m.id === null) {
        const retry = h('button', { type: 'button', class: 'retry', 'aria-label': `${t('retry')}: ${m.text ?? m.attachments[0]?.fileName ?? ''}` }, t('retry'));
        retry.addEventListener('click', () => m.clientMessageId && this.handlers.retry(m.clientMessageId));
        append(meta, [' · ', h('span', { class: 'failed' }, m.error ? `${t('notSent')}: ${m.error}` : t('notSent')), ' ', retry]);
      } else if (m.id === null) {
        append(meta, [` · ${t('sending')}`]);
      } else if (isLastOwn) {
        const status: StringKey = m.status === 'read' ? 'read' : m.status === 'delivered' ? 'delivered' : 'sent';
        append(meta, [` · ${t(status)}`]);
      }
    }
    const row = h('div', { class: `row ${own ? 'in' : 'out'}${m.id === null ? ' local' : ''}${m.status === 'failed' ? ' is-failed' : ''}` });
    if (showName && this.state?.inbox) row.appendChild(authorLine(m, this.state.inbox));
    append(row, [bubble, meta]);
    const choices = offers ? choicesOf(m) : [];
    if (choices.length) {
      const buttons = choices.map((c) => {
        const button = h('button', { type: 'button', class: 'choice' }, c.title);
        button.addEventListener('click', () => this.handlers.choose(c.title, c.payload));
        return button;
      });
      row.appendChild(h('div', { class: 'choices', role: 'group', 'aria-label': m.text ?? '' }, ...buttons));
    }
    return row;
  }

  private listenForDrops(): void {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    this.panel.addEventListener('dragenter', (e) => {
      if (!hasFiles(e) || this.state?.preChat) return;
      e.preventDefault();
      this.dragDepth++;
      this.dropZone.hidden = false;
    });
    this.panel.addEventListener('dragover', (e) => {
      if (hasFiles(e) && !this.state?.preChat) e.preventDefault();
    });
    this.panel.addEventListener('dragleave', () => {
      this.dragDepth = Math.max(0, this.dragDepth - 1);
      if (this.dragDepth === 0) this.dropZone.hidden = true;
    });
    this.panel.addEventListener('drop', (e) => {
      this.dragDepth = 0;
      this.dropZone.hidden = true;
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (!files.length || this.state?.preChat) return;
      e.preventDefault();
      this.handlers.files(files);
    });
  }
}

/** Who wrote a reply: the operator's initial (unless the inbox hides it) and name, or the inbox's name when the inbox hides its operators. */
function authorLine(m: ChatMessage, inbox: InboxInfo): HTMLElement {
  const name = authorName(m, inbox);
  const person = m.senderType === 'agent' && inbox.showAgentNames && inbox.showAgentInitials && name;
  // The initial is drawn by CSS (::before), so the line's text stays the name alone.
  return h('div', { class: 'who', 'data-initial': person ? name.charAt(0).toUpperCase() : null }, name);
}

function rowKey(m: ChatMessage): string {
  return m.clientMessageId ? `c:${m.clientMessageId}` : `i:${m.id}`;
}
