import { describe, expect, it } from 'vitest';
import { parseBotDefinition, type BotDefinition } from './bot-definition';
import { asksForHuman, HUMAN_PAYLOAD, initialBotState, numberedText, optionPayload, runBot, validateField, type BotState } from './bot-flow.policy';

function definition(input: unknown): BotDefinition {
  const parsed = parseBotDefinition(input);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed.definition;
}

const support = definition({
  start: 'welcome',
  humanButton: { en: 'Talk to a human', ru: 'Позвать оператора' },
  faq: [{ keywords: ['opening hours', 'open'], answer: 'We are open 9 to 18.' }],
  steps: {
    welcome: { type: 'message', text: { en: 'Hi!', ru: 'Привет!' }, next: 'menu' },
    menu: {
      type: 'menu',
      text: { en: 'How can we help?', ru: 'Чем помочь?' },
      options: [
        { title: { en: 'Order status', ru: 'Статус заказа' }, next: 'ask_phone', keywords: ['order', 'parcel'] },
        { title: 'Questions', next: 'questions' },
      ],
    },
    ask_phone: { type: 'collect', field: 'phone', prompt: 'Your phone, please?', next: 'lookup', maxAttempts: 2 },
    lookup: { type: 'http', url: 'https://orders.example/lookup', saveAs: 'order', next: 'priority', onError: 'sorry' },
    priority: { type: 'set', priority: 5, teamId: 3, attributes: { source: 'bot' }, next: 'human' },
    sorry: { type: 'handover', text: 'Our system is slow; a colleague will help.' },
    human: { type: 'handover', text: 'Connecting you to a colleague.' },
    questions: { type: 'match', prompt: 'Ask away.', rules: [{ keywords: ['refund'], next: 'human' }], faq: true },
  },
});

const context = { language: 'en', defaultLanguage: null, phoneCountry: null };

/** Runs the inputs one after the other from a fresh start; returns the last turn and every action. */
function play(def: BotDefinition, ...inputs: Array<string | { button: string } | { http: boolean }>) {
  let turn = runBot(def, initialBotState(), { type: 'start' }, context);
  const all = [...turn.actions];
  for (const input of inputs) {
    const next =
      typeof input === 'string'
        ? { type: 'message' as const, text: input }
        : 'button' in input
          ? { type: 'message' as const, text: '', buttonData: input.button }
          : { type: 'http-result' as const, ok: input.http };
    turn = runBot(def, turn.state, next, context);
    all.push(...turn.actions);
  }
  return { ...turn, all };
}

describe('runBot', () => {
  it('greets and offers the menu with its buttons and the human button, then waits at the menu', () => {
    const { state, actions } = play(support);
    expect(actions).toEqual([
      { type: 'send', text: 'Hi!' },
      {
        type: 'send',
        text: 'How can we help?',
        buttons: [
          { title: 'Order status', payload: 'bot:menu:1' },
          { title: 'Questions', payload: 'bot:menu:2' },
          { title: 'Talk to a human', payload: HUMAN_PAYLOAD },
        ],
      },
    ]);
    expect(state).toMatchObject({ step: 'menu', done: false });
  });

  it('speaks the customer’s language', () => {
    const turn = runBot(support, initialBotState(), { type: 'start' }, { language: 'ru-RU', defaultLanguage: 'en', phoneCountry: null });
    expect(turn.actions.map((a) => a.type === 'send' && a.text)).toEqual(['Привет!', 'Чем помочь?']);
  });

  it('takes a menu answer as a pressed button, a typed number, a title or a keyword', () => {
    for (const answer of [{ button: optionPayload('menu', 0) }, '1', ' order STATUS ', 'where is my parcel?']) {
      expect(play(support, answer).state.step).toBe('ask_phone');
    }
    expect(play(support, '2').state.step).toBe('questions');
  });

  it('asks again when the menu answer matches nothing', () => {
    const { state, actions } = play(support, 'bananas');
    expect(state.step).toBe('menu');
    expect(actions).toEqual([expect.objectContaining({ type: 'send', text: 'Please choose one of the options.', buttons: expect.any(Array) })]);
  });

  it('asks for the phone again after an invalid one, then saves it normalized and calls the endpoint', () => {
    const bad = play(support, '1', 'my phone is secret');
    expect(bad.state).toMatchObject({ step: 'ask_phone', attempts: 1 });
    expect(bad.actions).toEqual([{ type: 'send', text: expect.stringContaining('does not look like a phone number') }]);
    const good = play(support, '1', 'nope', '+44 (20) 7946-0958');
    expect(good.actions).toEqual([
      { type: 'save', field: 'phone', value: '+442079460958' },
      { type: 'http', method: 'GET', url: 'https://orders.example/lookup', timeoutMs: 5000, saveAs: 'order' },
    ]);
    expect(good.state).toMatchObject({ step: 'lookup', collected: { phone: '+442079460958' } });
  });

  it('reads a national phone in the country the context names', () => {
    const asked = play(support, '1').state;
    const national = { type: 'message' as const, text: '020 7946 0958' };
    expect(runBot(support, asked, national, { ...context, phoneCountry: 'GB' }).actions[0]).toEqual({ type: 'save', field: 'phone', value: '+442079460958' });
    expect(runBot(support, asked, national, context).state).toMatchObject({ step: 'ask_phone', attempts: 1 });
  });

  it('hands over after too many bad answers when the step names no other way', () => {
    const { state, actions } = play(support, '1', 'x', 'y');
    expect(actions).toEqual([{ type: 'handover', reason: 'collect-failed' }]);
    expect(state).toMatchObject({ done: true, step: null });
  });

  it('puts labels on as a label action of their own, after the other changes of the step', () => {
    const flow = definition({
      start: 'tag',
      steps: { tag: { type: 'set', teamId: 2, labelIds: [4, 9], next: 'only' }, only: { type: 'set', labelIds: [5], next: 'bye' }, bye: { type: 'handover' } },
    });
    expect(runBot(flow, initialBotState(), { type: 'start' }, context).actions).toEqual([
      { type: 'set', teamId: 2 },
      { type: 'label', labelIds: [4, 9] },
      { type: 'label', labelIds: [5] },
      { type: 'handover', reason: 'flow' },
    ]);
  });

  it('follows the HTTP answer: success goes on, a failure takes its own branch', () => {
    const ok = play(support, '1', '+4915112345678', { http: true });
    expect(ok.actions).toEqual([
      { type: 'set', priority: 'high', teamId: 3, attributes: { source: 'bot' } },
      { type: 'send', text: 'Connecting you to a colleague.' },
      { type: 'handover', reason: 'flow' },
    ]);
    const failed = play(support, '1', '+4915112345678', { http: false });
    expect(failed.actions).toEqual([
      { type: 'send', text: 'Our system is slow; a colleague will help.' },
      { type: 'handover', reason: 'flow' },
    ]);
  });

  it('does not answer while the HTTP call runs, and ignores a stray HTTP answer', () => {
    const waiting = play(support, '1', '+4915112345678');
    expect(runBot(support, waiting.state, { type: 'message', text: 'hello?' }, context).actions).toEqual([]);
    expect(play(support, { http: true }).actions).toEqual([]);
  });

  it('hands over at any step on a keyword in any language, or the human button', () => {
    expect(play(support, 'I want to talk to a HUMAN please').actions).toEqual([{ type: 'handover', reason: 'customer-asked' }]);
    expect(play(support, '1', 'оператор').actions).toEqual([{ type: 'handover', reason: 'customer-asked' }]);
    expect(play(support, '3').actions).toEqual([{ type: 'handover', reason: 'customer-asked' }]);
    expect(play(support, '1', '+4915112345678', { button: HUMAN_PAYLOAD }).actions).toEqual([{ type: 'handover', reason: 'customer-asked' }]);
  });

  it('answers FAQ entries and keyword rules at a match step', () => {
    const faq = play(support, '2', 'when are you open?');
    expect(faq.actions).toEqual([{ type: 'send', text: 'We are open 9 to 18.' }]);
    expect(faq.state.step).toBe('questions');
    expect(play(support, '2', 'I need a refund').actions.at(-1)).toEqual({ type: 'handover', reason: 'flow' });
    expect(play(support, '2', 'what is the meaning of life').actions).toEqual([{ type: 'send', text: expect.stringContaining('did not understand') }]);
  });

  it('does nothing once done', () => {
    const done: BotState = { ...initialBotState(), done: true };
    expect(runBot(support, done, { type: 'message', text: '1' }, context)).toEqual({ state: done, actions: [] });
  });

  it('hands over when the flow ends without a handover step, and when it loops', () => {
    const ends = definition({ start: 'a', steps: { a: { type: 'message', text: 'Bye' } } });
    expect(play(ends).actions).toEqual([{ type: 'send', text: 'Bye' }, { type: 'handover', reason: 'flow' }]);
    const loops = definition({ start: 'a', steps: { a: { type: 'set', priority: 1, next: 'b' }, b: { type: 'set', priority: 2, next: 'a' } } });
    expect(play(loops).actions.at(-1)).toEqual({ type: 'handover', reason: 'loop' });
  });
});

describe(validateField.name, () => {
  it('accepts and normalizes good answers', () => {
    expect(validateField('name', '  Anna   Maria ')).toBe('Anna Maria');
    expect(validateField('phone', '+7 (495) 123-45-67')).toBe('+74951234567');
    expect(validateField('email', 'Anna@Example.COM')).toBe('anna@example.com');
    expect(validateField('orderNumber', 'A-12345')).toBe('A-12345');
    expect(validateField('orderNumber', 'ORD123', 'ORD\\d{3}')).toBe('ORD123');
  });

  it('reads a national phone in the inbox’s country, and without one asks for the country code', () => {
    expect(validateField('phone', '030 123456', undefined, 'DE')).toBe('+4930123456');
    expect(validateField('phone', '(415) 555-0100', undefined, 'US')).toBe('+14155550100');
    expect(validateField('phone', '030 123456')).toBeNull();
    expect(validateField('phone', '+49 30 123456', undefined, 'US')).toBe('+4930123456');
  });

  it('refuses bad ones', () => {
    expect(validateField('name', '12345')).toBeNull();
    expect(validateField('phone', '12')).toBeNull();
    expect(validateField('phone', 'call me')).toBeNull();
    // A possible length but no such area code; a German number too short.
    expect(validateField('phone', '+1 555 010 0000')).toBeNull();
    expect(validateField('phone', '030 12', undefined, 'DE')).toBeNull();
    expect(validateField('email', 'anna@')).toBeNull();
    expect(validateField('orderNumber', 'no spaces allowed')).toBeNull();
    expect(validateField('orderNumber', 'ORD12', 'ORD\\d{3}')).toBeNull();
  });
});

describe('menus without buttons', () => {
  it('become numbered lines', () => {
    expect(numberedText('Pick one', [{ title: 'A', payload: 'x' }, { title: 'B', payload: 'y' }])).toBe('Pick one\n\n1. A\n2. B');
  });

  it('keyword lists match whole words only', () => {
    expect(asksForHuman('humanity is great', { en: ['human'] })).toBe(false);
    expect(asksForHuman('Human!', { en: ['human'] })).toBe(true);
  });
});
