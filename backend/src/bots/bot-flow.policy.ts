import { readPhoneNumber } from '@inbox/connectors';
import { chooseLanguage } from '../automation/language.policy';
import type { BotDefinition, BotStep, BotText, CollectedField } from './bot-definition';
import { BOT_STRINGS, DEFAULT_HUMAN_KEYWORDS } from './bot-strings';
import type { Priority } from '../conversations/priority.policy';

/**
 * The flow interpreter: (definition, state, input) → (state, actions), no
 * I/O. BotRunner stores the state and carries the actions out (sends,
 * contact updates, the HTTP call, the handover); an HTTP call's outcome comes
 * back as the next input.
 */

/** Where a conversation is in its bot's flow. Stored as JSON with the session. */
export interface BotState {
  /** The step waiting for the customer (menu, collect, match) or for an HTTP answer; null once done. */
  step: string | null;
  /** Bad answers so far at a collect step. */
  attempts: number;
  /** What the customer gave, by field: shown to the operator at the handover. */
  collected: Partial<Record<CollectedField, string>>;
  /** Set by a `set` step; wins over the customer's own language. */
  language: string | null;
  done: boolean;
}

export type BotInput =
  | { type: 'start' }
  /** `buttonData`: the payload of a pressed button, when the channel has buttons. */
  | { type: 'message'; text: string; buttonData?: string }
  | { type: 'http-result'; ok: boolean };

export interface BotButton {
  title: string;
  payload: string;
}

export type HandoverReason = 'flow' | 'customer-asked' | 'collect-failed' | 'no-match' | 'loop';

export type BotAction =
  | { type: 'send'; text: string; buttons?: BotButton[] }
  | { type: 'save'; field: CollectedField; value: string; attribute?: string }
  | { type: 'set'; language?: string; teamId?: number; priority?: Priority; attributes?: Record<string, string | number | boolean>; conversationAttributes?: Record<string, string | number | boolean> }
  | { type: 'label'; labelIds: number[] }
  | { type: 'http'; method: 'GET' | 'POST'; url: string; timeoutMs: number; saveAs?: string }
  | { type: 'handover'; reason: HandoverReason; teamId?: number; priority?: Priority };

export interface BotContext {
  /** The customer's language (conversation, else contact), if known. */
  language: string | null;
  defaultLanguage: string | null;
  /** The country a national phone number is read in (the inbox's default country), if any. */
  phoneCountry: string | null;
}

export interface BotTurn {
  state: BotState;
  actions: BotAction[];
}

export const HUMAN_PAYLOAD = 'bot:human';
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_HTTP_TIMEOUT_MS = 5000;
/** Steps run without waiting for the customer in one turn; more means the flow loops. */
const MAX_HOPS = 50;
const DEFAULT_ORDER_NUMBER = /^[A-Za-z0-9-]{3,32}$/;

export const initialBotState = (): BotState => ({ step: null, attempts: 0, collected: {}, language: null, done: false });

/** The payload of a menu option's button: short enough for Telegram's 64-byte callback data. */
export const optionPayload = (stepId: string, index: number) => `bot:${stepId}:${index + 1}`;

/** Whether this input asks for a human whatever the step ("talk to a human" always works). */
export function wantsHuman(definition: BotDefinition, input: BotInput): boolean {
  if (input.type !== 'message') return false;
  return input.buttonData === HUMAN_PAYLOAD || asksForHuman(input.text, definition.humanKeywords ?? DEFAULT_HUMAN_KEYWORDS);
}

export function runBot(definition: BotDefinition, state: BotState, input: BotInput, context: BotContext): BotTurn {
  const turn = new Turn(definition, state, context);
  if (state.done) return turn.result();
  if (input.type === 'start') return turn.advance(definition.start).result();
  const waiting = state.step !== null ? definition.steps[state.step] : undefined;
  if (input.type === 'http-result') {
    if (waiting?.type !== 'http') return turn.result();
    return turn.advance(input.ok ? waiting.next : waiting.onError).result();
  }
  if (wantsHuman(definition, input)) return turn.handover('customer-asked').result();
  // An HTTP call is under way: what the customer writes meanwhile is stored for the operator, not answered.
  if (!waiting || waiting.type === 'http') return turn.result();
  return turn.answer(state.step as string, waiting, input.text, input.buttonData).result();
}

class Turn {
  private readonly actions: BotAction[] = [];
  private state: BotState;

  constructor(
    private readonly definition: BotDefinition,
    state: BotState,
    private readonly context: BotContext,
  ) {
    this.state = { ...state, collected: { ...state.collected } };
  }

  result(): BotTurn {
    return { state: this.state, actions: this.actions };
  }

  /** Runs steps from `stepId` until one waits for the customer, or the flow hands over. */
  advance(stepId: string | undefined): this {
    let id = stepId;
    for (let hops = 0; ; hops++) {
      if (id === undefined) return this.handover('flow');
      if (hops >= MAX_HOPS) return this.handover('loop');
      const step = this.definition.steps[id];
      this.state.attempts = 0;
      switch (step.type) {
        case 'message':
          this.say(step.text);
          id = step.next;
          continue;
        case 'menu':
          this.say(step.text, this.menuButtons(id, step));
          return this.wait(id);
        case 'collect':
          this.say(step.prompt);
          return this.wait(id);
        case 'match':
          if (step.prompt) this.say(step.prompt);
          return this.wait(id);
        case 'set': {
          const { type: _type, next, labelIds, ...changes } = step;
          if (changes.language) this.state.language = changes.language;
          if (Object.keys(changes).length) this.actions.push({ type: 'set', ...changes });
          if (labelIds) this.actions.push({ type: 'label', labelIds });
          id = next;
          continue;
        }
        case 'http':
          this.actions.push({ type: 'http', method: step.method, url: step.url, timeoutMs: step.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS, ...(step.saveAs ? { saveAs: step.saveAs } : {}) });
          return this.wait(id);
        case 'handover':
          if (step.text) this.say(step.text);
          return this.handover('flow', step.teamId, step.priority);
      }
    }
  }

  /** The customer's message at the step that waits for it. */
  answer(stepId: string, step: BotStep, text: string, buttonData: string | undefined): this {
    if (step.type === 'menu') {
      const chosen = chooseOption(stepId, step, this.menuButtons(stepId, step), text, buttonData);
      if (chosen === 'human') return this.handover('customer-asked');
      if (chosen !== null) return this.advance(step.options[chosen].next);
      if (step.noMatch) return this.advance(step.noMatch);
      this.say(step.retryText ?? BOT_STRINGS.chooseOption, this.menuButtons(stepId, step));
      return this;
    }
    if (step.type === 'collect') {
      const value = validateField(step.field, text, step.pattern, this.context.phoneCountry);
      if (value !== null) {
        this.state.collected[step.field] = value;
        this.actions.push({ type: 'save', field: step.field, value, ...(step.attribute ? { attribute: step.attribute } : {}) });
        return this.advance(step.next);
      }
      const attempts = this.state.attempts + 1;
      if (attempts >= (step.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) return step.onFail ? this.advance(step.onFail) : this.handover('collect-failed');
      this.say(step.invalidText ?? BOT_STRINGS.invalid[step.field]);
      this.state.attempts = attempts;
      return this;
    }
    if (step.type === 'match') {
      const rule = step.rules.find((r) => containsAny(text, r.keywords));
      if (rule) return this.advance(rule.next);
      const faq = step.faq ? (this.definition.faq ?? []).find((entry) => containsAny(text, entry.keywords)) : undefined;
      if (faq) {
        this.say(faq.answer);
        return this;
      }
      if (step.noMatchText) this.say(step.noMatchText);
      if (step.noMatch) return this.advance(step.noMatch);
      if (!step.noMatchText) this.say(BOT_STRINGS.notUnderstood);
      return this;
    }
    return this;
  }

  handover(reason: HandoverReason, teamId?: number, priority?: Priority): this {
    this.actions.push({ type: 'handover', reason, ...(teamId !== undefined ? { teamId } : {}), ...(priority !== undefined ? { priority } : {}) });
    this.state = { ...this.state, step: null, done: true };
    return this;
  }

  private wait(stepId: string): this {
    this.state.step = stepId;
    return this;
  }

  private say(text: BotText, buttons?: BotButton[]): void {
    const words = this.localize(text);
    if (words) this.actions.push({ type: 'send', text: words, ...(buttons?.length ? { buttons } : {}) });
  }

  private localize(text: BotText): string | null {
    if (typeof text === 'string') return text;
    return chooseLanguage(text, [this.state.language, this.context.language], this.context.defaultLanguage)?.text ?? null;
  }

  /** The options as buttons, and "talk to a human" last when the bot offers it. */
  private menuButtons(stepId: string, step: Extract<BotStep, { type: 'menu' }>): BotButton[] {
    const buttons = step.options.map((option, i) => ({ title: this.localize(option.title) ?? String(i + 1), payload: optionPayload(stepId, i) }));
    const human = this.definition.humanButton ? this.localize(this.definition.humanButton) : null;
    return human ? [...buttons, { title: human, payload: HUMAN_PAYLOAD }] : buttons;
  }
}

/**
 * A menu answer: a pressed button of this menu, the number of an option
 * (channels without buttons show numbered lines), an option's title in any
 * of its languages, or one of its keywords in the text.
 */
function chooseOption(stepId: string, step: Extract<BotStep, { type: 'menu' }>, buttons: BotButton[], text: string, buttonData: string | undefined): number | 'human' | null {
  const pick = (index: number) => (buttons[index]?.payload === HUMAN_PAYLOAD ? 'human' : index < step.options.length ? index : null);
  const pressed = buttonData ? /^bot:([^:]+):(\d{1,2})$/.exec(buttonData) : null;
  if (pressed && pressed[1] === stepId) return pick(Number(pressed[2]) - 1);
  const typed = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
  if (typed) return pick(Number(typed[1]) - 1);
  const said = normalize(text);
  const byTitle = step.options.findIndex((o) => (typeof o.title === 'string' ? [o.title] : Object.values(o.title)).some((t) => normalize(t) === said));
  if (byTitle >= 0) return byTitle;
  const byKeyword = step.options.findIndex((o) => o.keywords && containsAny(text, o.keywords));
  return byKeyword >= 0 ? byKeyword : null;
}

/** Lowercase words separated by single spaces, punctuation gone: "Talk to a HUMAN!" → "talk to a human". */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether one of the keywords (a word or a phrase) appears in the text as whole words. */
function containsAny(text: string, keywords: string[]): boolean {
  const said = ` ${normalize(text)} `;
  return keywords.some((keyword) => {
    const word = normalize(keyword);
    return word !== '' && said.includes(` ${word} `);
  });
}

export function asksForHuman(text: string, lists: Record<string, string[]>): boolean {
  return Object.values(lists).some((keywords) => containsAny(text, keywords));
}

/** The stored form of a valid answer, or null: it is asked again. */
export function validateField(field: CollectedField, text: string, pattern?: string, phoneCountry: string | null = null): string | null {
  const value = text.trim();
  switch (field) {
    case 'name':
      return /^\p{L}[\p{L}\p{M} .'’-]{0,99}$/u.test(value) && value.replace(/[^\p{L}]/gu, '').length >= 2 ? value.replace(/\s+/g, ' ') : null;
    case 'phone': {
      const reading = readPhoneNumber(value, phoneCountry);
      return 'e164' in reading ? reading.e164 : null;
    }
    case 'email':
      return /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/.test(value) && value.length <= 254 ? value.toLowerCase() : null;
    case 'orderNumber':
      return (pattern ? new RegExp(`^(?:${pattern})$`) : DEFAULT_ORDER_NUMBER).test(value) ? value : null;
  }
}

/**
 * A message with buttons for a channel that has none: numbered lines the
 * customer answers with a digit (chooseOption reads it back).
 */
export function numberedText(text: string, buttons: BotButton[]): string {
  return [text, '', ...buttons.map((b, i) => `${i + 1}. ${b.title}`)].join('\n');
}
