import { reactive } from 'vue';
import { describe, expect, it } from 'vitest';
import { toForm, type BotDefinitionJson } from './bot-form';
import { connectBranch, flowProblems, flowToGraph, layeredLayout, LAYER_GAP, NODE_GAP } from './bot-graph';

const definition: BotDefinitionJson = {
  start: 'menu',
  steps: {
    menu: { type: 'menu', text: { en: 'How can we help?' }, options: [{ title: { en: 'Order' }, next: 'phone' }, { title: { en: 'Other' }, next: 'human' }] },
    phone: { type: 'collect', field: 'phone', prompt: { en: 'Phone?' }, next: 'thanks', onFail: 'human' },
    thanks: { type: 'message', text: { en: 'Thanks, {{contact.phone}}' }, next: 'human' },
    human: { type: 'handover' },
  },
};

describe('the bot canvas graph', () => {
  it('draws a node per step and an edge per branch, each edge leaving by its branch', () => {
    const { nodes, edges } = flowToGraph(toForm(definition));
    expect(nodes.map((n) => [n.id, n.data.start])).toEqual([
      ['menu', true],
      ['phone', false],
      ['thanks', false],
      ['human', false],
    ]);
    expect(edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual([
      ['menu', 'option:0', 'phone'],
      ['menu', 'option:1', 'human'],
      ['phone', 'next', 'thanks'],
      ['phone', 'onFail', 'human'],
      ['thanks', 'next', 'human'],
    ]);
    expect(nodes[0].data.branches.map((b) => b.handle)).toEqual(['option:0', 'option:1', 'noMatch']);
  });

  it('lays steps out in rows by their distance from the start, unreachable ones in a row below', () => {
    const form = toForm({ ...definition, steps: { ...definition.steps, stray: { type: 'handover' } } });
    expect(layeredLayout(form)).toEqual({
      menu: { x: 0, y: 0 },
      phone: { x: 0, y: LAYER_GAP },
      human: { x: NODE_GAP, y: LAYER_GAP },
      thanks: { x: 0, y: 2 * LAYER_GAP },
      stray: { x: 0, y: 3 * LAYER_GAP },
    });
  });

  it('points a branch at the step an edge was drawn to, leaving the old flow as it was', () => {
    const form = toForm(definition);
    const changed = connectBranch(form, 'menu', 'option:1', 'thanks');
    expect(changed.steps[0].options[1].next).toBe('thanks');
    expect(form.steps[0].options[1].next).toBe('human');
    expect(connectBranch(changed, 'phone', 'onFail', '').steps[1].onFail).toBe('');
    expect(flowToGraph(changed).edges.map((e) => e.id)).toContain('menu/option:1');
  });

  it('connects a branch of the flow the editor holds, a reactive proxy', () => {
    const live = reactive(toForm(definition));
    expect(connectBranch(live, 'thanks', 'next', 'menu').steps[2].next).toBe('menu');
    expect(live.steps[2].next).toBe('human');
  });

  it('has no problems for a complete flow', () => {
    expect(flowProblems(toForm(definition))).toEqual({});
  });

  it('names an unreachable step, a missing branch target, and a variable no step collects', () => {
    const form = toForm({
      start: 'menu',
      steps: {
        menu: { type: 'menu', text: 'Hi {{contact.email}}, {{inbox.name}} here', options: [{ title: 'A', next: 'gone' }] },
        lookup: { type: 'http', url: 'https://x.example/{{contact.attributes.order.id}}', next: 'menu', onError: 'menu', saveAs: 'order' },
      },
    });
    form.steps[0].options.push({ title: [{ language: 'en', text: 'B' }], next: '', keywords: '' });
    expect(flowProblems(form)).toEqual({
      menu: [
        { kind: 'missingBranch', handle: 'option:0', target: 'gone' },
        { kind: 'missingBranch', handle: 'option:1', target: '' },
        { kind: 'notCollected', variable: 'contact.email' },
      ],
      lookup: [{ kind: 'unreachable' }],
    });
  });
});
