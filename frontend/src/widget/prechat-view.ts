import { h } from './dom';
import { PRE_CHAT_ORDER, validatePreChat } from './prechat';
import { t, type StringKey } from './strings';
import type { ContactInfo, PreChatField, PreChatFields } from './types';

const INPUTS: Record<PreChatField, { type: string; autocomplete: string }> = {
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
};

/**
 * The pre-chat form: the fields the inbox asks for (rebuilt when they
 * change), each checked on submit with its error under it; what passes goes
 * to `submit`.
 */
export class PreChatView {
  readonly el: HTMLFormElement;
  private readonly fieldsBox: HTMLDivElement;
  private readonly formError: HTMLDivElement;
  private readonly button: HTMLButtonElement;
  private fields: PreChatFields = {};
  private shape = '';
  private busy = false;

  constructor(submit: (value: ContactInfo) => void) {
    this.fieldsBox = h('div', { class: 'fields' });
    this.formError = h('div', { class: 'form-error', role: 'alert', hidden: true });
    this.button = h('button', { type: 'submit', class: 'primary' }, t('start'));
    this.el = h('form', { class: 'prechat', novalidate: true, hidden: true }, h('p', { class: 'intro' }, t('preChatIntro')), this.fieldsBox, this.formError, this.button);
    this.el.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.busy) return;
      const value = (n: PreChatField) => (this.el.elements.namedItem(n) as HTMLInputElement | null)?.value ?? '';
      const result = validatePreChat(this.fields, { name: value('name'), email: value('email'), phone: value('phone') });
      for (const field of PRE_CHAT_ORDER) this.showFieldError(field, result.ok ? undefined : result.errors[field]);
      if (!result.ok) {
        this.el.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      submit(result.value);
    });
  }

  render(fields: PreChatFields, busy: boolean, error: string | null): void {
    const shape = JSON.stringify(PRE_CHAT_ORDER.map((f) => fields[f] ?? ''));
    if (shape !== this.shape) {
      this.shape = shape;
      this.fields = fields;
      this.fieldsBox.replaceChildren(...PRE_CHAT_ORDER.filter((f) => fields[f]).map((f) => this.field(f, fields[f] === 'required')));
    }
    this.busy = busy;
    this.button.disabled = busy;
    this.formError.hidden = !error;
    this.formError.textContent = error ?? '';
  }

  focus(): void {
    this.el.querySelector('input')?.focus();
  }

  private field(name: PreChatField, required: boolean): HTMLElement {
    const input = h('input', { id: `iw-${name}`, name, ...INPUTS[name], required, 'aria-describedby': `iw-${name}-error` });
    input.addEventListener('input', () => this.showFieldError(name, undefined));
    return h(
      'div',
      { class: 'field' },
      h('label', { for: `iw-${name}` }, t(name), required ? null : h('span', { class: 'optional' }, ` (${t('optional')})`)),
      input,
      h('div', { class: 'field-error', id: `iw-${name}-error`, hidden: true }),
    );
  }

  private showFieldError(name: PreChatField, error: StringKey | undefined): void {
    const input = this.el.querySelector<HTMLInputElement>(`#iw-${name}`);
    const message = this.el.querySelector<HTMLElement>(`#iw-${name}-error`);
    if (!input || !message) return;
    input.setAttribute('aria-invalid', String(!!error));
    message.hidden = !error;
    message.textContent = error ? t(error) : '';
  }
}
