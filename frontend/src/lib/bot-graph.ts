/**
 * The bot canvas's conversions: a flow (the editor's form, lib/bot-form.ts)
 * as nodes and edges, an edge drawn on the canvas as a change to the flow,
 * the problems each step shows on its node, and where each node sits. The
 * stored definition has no room for positions (the server refuses unknown
 * fields), so the canvas lays the flow out itself, in layers from the start.
 */
import type { BotForm, StepForm } from './bot-form';

/** Where a branch leaves its step: a field (`next`, `noMatch`…) or one menu option or match rule (`option:0`, `rule:1`). */
export type BranchHandle = 'next' | 'noMatch' | 'onFail' | 'onError' | `option:${number}` | `rule:${number}`;

export interface Branch {
  handle: BranchHandle;
  /** The step it leads to; empty when not set. */
  target: string;
  /** Whether the step cannot work without it (an option, a rule, an HTTP outcome, a collect's answer). */
  required: boolean;
}

export type StepProblem = { kind: 'unreachable' } | { kind: 'missingBranch'; handle: BranchHandle; target: string } | { kind: 'notCollected'; variable: string };

export interface GraphNode {
  id: string;
  position: { x: number; y: number };
  data: { index: number; start: boolean; branches: Branch[]; problems: StepProblem[] };
}

export interface GraphEdge {
  id: string;
  source: string;
  sourceHandle: BranchHandle;
  target: string;
}

/** The branches a step of its type has, in the order its node shows them. */
export function branchesOf(step: StepForm): Branch[] {
  switch (step.type) {
    case 'message':
    case 'set':
      return [{ handle: 'next', target: step.next, required: false }];
    case 'menu':
      return [...step.options.map((o, i): Branch => ({ handle: `option:${i}`, target: o.next, required: true })), { handle: 'noMatch', target: step.noMatch, required: false }];
    case 'match':
      return [...step.rules.map((r, i): Branch => ({ handle: `rule:${i}`, target: r.next, required: true })), { handle: 'noMatch', target: step.noMatch, required: false }];
    case 'collect':
      return [
        { handle: 'next', target: step.next, required: true },
        { handle: 'onFail', target: step.onFail, required: false },
      ];
    case 'http':
      return [
        { handle: 'next', target: step.next, required: true },
        { handle: 'onError', target: step.onError, required: true },
      ];
    case 'handover':
      return [];
  }
}

const stepIdOf = (step: StepForm) => step.id.trim();

/** The steps reachable from the start by any branch. */
export function reachableSteps(form: BotForm): Set<string> {
  const byId = new Map(form.steps.map((s) => [stepIdOf(s), s]));
  const seen = new Set<string>();
  const queue = byId.has(form.start) ? [form.start] : [];
  while (queue.length) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const b of branchesOf(byId.get(id) as StepForm)) if (byId.has(b.target)) queue.push(b.target);
  }
  return seen;
}

const VARIABLE = /\{\{\s*([^{}|]*?)\s*(?:\|[^{}]*)?\}\}/g;
const COLLECTED_BY: Record<string, string> = { 'contact.name': 'name', 'contact.email': 'email', 'contact.phone': 'phone', 'contact.attributes.orderNumber': 'orderNumber' };

/** The contact variables a step's texts use. */
function variablesOf(step: StepForm): string[] {
  const texts = [...step.text, ...step.invalidText, ...step.options.flatMap((o) => o.title)].map((r) => r.text);
  if (step.type === 'http') texts.push(step.url);
  return [...new Set(texts.flatMap((t) => [...t.matchAll(VARIABLE)].map((m) => m[1])))];
}

/**
 * A variable some step fills in: a collected field, or an attribute an HTTP
 * step saves (`order.status` under `saveAs: order`). Other variables (the
 * inbox's name, the queue) always have a value, so they are never a problem.
 */
function isCollected(variable: string, form: BotForm): boolean {
  const field = COLLECTED_BY[variable];
  if (field) return form.steps.some((s) => s.type === 'collect' && s.field === field);
  if (!variable.startsWith('contact.attributes.')) return true;
  const key = variable.slice('contact.attributes.'.length);
  return form.steps.some((s) => s.type === 'http' && s.saveAs.trim() !== '' && key.startsWith(`${s.saveAs.trim()}.`));
}

/** What each step's node warns about, by step id; steps without problems are left out. */
export function flowProblems(form: BotForm): Record<string, StepProblem[]> {
  const ids = new Set(form.steps.map(stepIdOf));
  const reachable = reachableSteps(form);
  const problems: Record<string, StepProblem[]> = {};
  for (const step of form.steps) {
    const list: StepProblem[] = [];
    if (!reachable.has(stepIdOf(step))) list.push({ kind: 'unreachable' });
    for (const b of branchesOf(step)) {
      if ((b.target === '' && b.required) || (b.target !== '' && !ids.has(b.target))) list.push({ kind: 'missingBranch', handle: b.handle, target: b.target });
    }
    for (const variable of variablesOf(step)) if (!isCollected(variable, form)) list.push({ kind: 'notCollected', variable });
    if (list.length) problems[stepIdOf(step)] = list;
  }
  return problems;
}

export const LAYER_GAP = 180;
export const NODE_GAP = 260;

/**
 * A layered layout: a step's row is its distance from the start, steps in a
 * row side by side in flow order; steps the start never reaches go in a row
 * below the rest.
 */
export function layeredLayout(form: BotForm): Record<string, { x: number; y: number }> {
  const byId = new Map(form.steps.map((s) => [stepIdOf(s), s]));
  const depth = new Map<string, number>();
  const queue: string[] = byId.has(form.start) ? [form.start] : [];
  if (queue.length) depth.set(form.start, 0);
  while (queue.length) {
    const id = queue.shift() as string;
    for (const b of branchesOf(byId.get(id) as StepForm)) {
      if (byId.has(b.target) && !depth.has(b.target)) {
        depth.set(b.target, (depth.get(id) as number) + 1);
        queue.push(b.target);
      }
    }
  }
  const strayRow = Math.max(-1, ...depth.values()) + 1;
  const used = new Map<number, number>();
  const positions: Record<string, { x: number; y: number }> = {};
  for (const id of byId.keys()) {
    const row = depth.get(id) ?? strayRow;
    const column = used.get(row) ?? 0;
    used.set(row, column + 1);
    positions[id] = { x: column * NODE_GAP, y: row * LAYER_GAP };
  }
  return positions;
}

/** The flow as the canvas draws it: a node per step, an edge per branch that leads to an existing step. */
export function flowToGraph(form: BotForm, positions: Record<string, { x: number; y: number }> = layeredLayout(form)): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const ids = new Set(form.steps.map(stepIdOf));
  const problems = flowProblems(form);
  const nodes = form.steps.map((step, index): GraphNode => {
    const id = stepIdOf(step);
    return { id, position: positions[id] ?? { x: 0, y: 0 }, data: { index, start: id === form.start, branches: branchesOf(step), problems: problems[id] ?? [] } };
  });
  const edges = form.steps.flatMap((step) =>
    branchesOf(step)
      .filter((b) => ids.has(b.target))
      .map((b): GraphEdge => ({ id: `${stepIdOf(step)}/${b.handle}`, source: stepIdOf(step), sourceHandle: b.handle, target: b.target })),
  );
  return { nodes, edges };
}

/**
 * The flow with one branch pointed at `target` (an edge drawn on the canvas),
 * or cleared with an empty target (an edge removed). A new copy: the caller's
 * flow is kept for undo.
 */
export function connectBranch(form: BotForm, source: string, handle: BranchHandle, target: string): BotForm {
  // A JSON copy: the form may be a reactive proxy, which structuredClone refuses.
  const next = JSON.parse(JSON.stringify(form)) as BotForm;
  const step = next.steps.find((s) => stepIdOf(s) === source);
  if (!step) return next;
  const [kind, index] = handle.split(':') as [string, string | undefined];
  if (kind === 'option' && step.options[Number(index)]) step.options[Number(index)].next = target;
  else if (kind === 'rule' && step.rules[Number(index)]) step.rules[Number(index)].next = target;
  else if (kind === 'next' || kind === 'noMatch' || kind === 'onFail' || kind === 'onError') step[kind] = target;
  return next;
}
