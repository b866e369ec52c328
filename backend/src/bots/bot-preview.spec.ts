import { describe, expect, it } from 'vitest';
import { parseBotDefinition, type BotDefinition } from './bot-definition';
import { parsePreviewTurn, previewTurn } from './bot-preview';

const parsed = parseBotDefinition({
  start: 'menu',
  steps: {
    menu: { type: 'menu', text: 'Pick one', options: [{ title: 'Sales', next: 'sales' }, { title: 'Support', next: 'support' }] },
    sales: { type: 'message', text: 'Sales it is' },
    support: { type: 'handover', text: 'Connecting you' },
  },
});
const definition = (parsed as { definition: BotDefinition }).definition;

describe('a preview turn of a flow', () => {
  it('starts a flow, then follows the chosen button, with the state kept by the caller', () => {
    const start = parsePreviewTurn(undefined, { type: 'start' });
    if ('problem' in start) throw new Error(start.problem);
    const first = previewTurn(definition, start.state, start.input, 'en');
    expect(first.actions).toEqual([{ type: 'send', text: 'Pick one', buttons: [expect.objectContaining({ title: 'Sales' }), expect.objectContaining({ title: 'Support' })] }]);
    const read = parsePreviewTurn(JSON.parse(JSON.stringify(first.state)), { type: 'message', text: 'Sales', buttonData: 'bot:menu:1' });
    if ('problem' in read) throw new Error(read.problem);
    const second = previewTurn(definition, read.state, read.input, 'en');
    expect(second.actions).toEqual([{ type: 'send', text: 'Sales it is' }, { type: 'handover', reason: 'flow' }]);
    expect(second.state.done).toBe(true);
  });

  it('names the field of a bad state or input', () => {
    expect(parsePreviewTurn({ step: 'menu', attempts: -1, collected: {}, language: null, done: false }, { type: 'start' })).toEqual({ problem: expect.stringMatching(/^state\.attempts: /) });
    expect(parsePreviewTurn(null, { type: 'message' })).toEqual({ problem: expect.stringMatching(/^input\.text: /) });
    expect(parsePreviewTurn(null, { type: 'jump' })).toEqual({ problem: expect.stringMatching(/^input\.type: /) });
  });
});
