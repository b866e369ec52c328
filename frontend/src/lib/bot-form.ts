/**
 * The flow bot editor's conversions: the stored definition (docs/bots.md)
 * as a list of step forms and back. Texts are rows per language; keyword
 * lists are comma-separated lines. The server checks the result as a whole
 * and names the path of anything wrong.
 */
import { fromRows, toRows, type LocalizedRow } from './automation-form';

export const STEP_TYPES = ['message', 'menu', 'collect', 'match', 'set', 'http', 'handover'] as const;
export type StepType = (typeof STEP_TYPES)[number];
export const COLLECTED_FIELDS = ['name', 'phone', 'email', 'orderNumber'] as const;

type Text = string | Record<string, string>;
export type BotDefinitionJson = Record<string, unknown> & { start: string; steps: Record<string, Record<string, unknown>> };

export interface OptionForm {
  title: LocalizedRow[];
  next: string;
  keywords: string;
}

export interface RuleForm {
  keywords: string;
  next: string;
}

/** Every field any step type has; each type reads its own. Empty means "not set". */
export interface StepForm {
  id: string;
  type: StepType;
  text: LocalizedRow[];
  next: string;
  options: OptionForm[];
  noMatch: string;
  field: (typeof COLLECTED_FIELDS)[number];
  invalidText: LocalizedRow[];
  pattern: string;
  onFail: string;
  rules: RuleForm[];
  faq: boolean;
  language: string;
  teamId: string;
  priority: string;
  method: 'GET' | 'POST';
  url: string;
  timeoutMs: string;
  saveAs: string;
  onError: string;
}

export interface FaqForm {
  keywords: string;
  answer: LocalizedRow[];
}

export interface BotForm {
  start: string;
  humanButton: LocalizedRow[];
  humanKeywords: LocalizedRow[];
  steps: StepForm[];
  faq: FaqForm[];
}

const rowsOf = (text: unknown, language: string): LocalizedRow[] =>
  typeof text === 'string' ? [{ language, text }] : toRows(text as Record<string, string> | undefined, language);
const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

/** A step's priority as the editor shows it; a number from a flow saved before priorities had names reads as the server reads it (0 normal, 1–49 high, 50+ urgent). */
function priorityName(value: unknown): string {
  if (typeof value === 'number') return value >= 50 ? 'urgent' : value >= 1 ? 'high' : 'normal';
  return str(value);
}
const list = (line: string) =>
  line
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

export function emptyStep(id: string, type: StepType = 'message', language = 'en'): StepForm {
  return {
    id,
    type,
    text: [{ language, text: '' }],
    next: '',
    options: [],
    noMatch: '',
    field: 'phone',
    invalidText: [{ language, text: '' }],
    pattern: '',
    onFail: '',
    rules: [],
    faq: false,
    language: '',
    teamId: '',
    priority: '',
    method: 'GET',
    url: '',
    timeoutMs: '',
    saveAs: '',
    onError: '',
  };
}

export function toForm(definition: BotDefinitionJson | null, language = 'en'): BotForm {
  if (!definition) return { start: 'start', humanButton: [{ language, text: '' }], humanKeywords: [{ language, text: '' }], steps: [emptyStep('start', 'message', language)], faq: [] };
  const steps = Object.entries(definition.steps).map(([id, s]) => {
    const step = emptyStep(id, s.type as StepType, language);
    step.text = rowsOf(s.text ?? s.prompt, language);
    step.next = str(s.next);
    step.noMatch = str(s.noMatch);
    step.options = ((s.options as Array<Record<string, unknown>>) ?? []).map((o) => ({ title: rowsOf(o.title, language), next: str(o.next), keywords: ((o.keywords as string[]) ?? []).join(', ') }));
    step.field = (s.field as StepForm['field']) ?? 'phone';
    step.invalidText = rowsOf(s.invalidText ?? s.retryText ?? s.noMatchText, language);
    step.pattern = str(s.pattern);
    step.onFail = str(s.onFail);
    step.rules = ((s.rules as Array<Record<string, unknown>>) ?? []).map((r) => ({ keywords: ((r.keywords as string[]) ?? []).join(', '), next: str(r.next) }));
    step.faq = s.faq === true;
    step.language = str(s.language);
    step.teamId = str(s.teamId);
    step.priority = priorityName(s.priority);
    step.method = s.method === 'POST' ? 'POST' : 'GET';
    step.url = str(s.url);
    step.timeoutMs = str(s.timeoutMs);
    step.saveAs = str(s.saveAs);
    step.onError = str(s.onError);
    return step;
  });
  const keywords = (definition.humanKeywords as Record<string, string[]> | undefined) ?? {};
  return {
    start: definition.start,
    humanButton: rowsOf(definition.humanButton, language),
    humanKeywords: Object.keys(keywords).length ? Object.entries(keywords).map(([l, words]) => ({ language: l, text: words.join(', ') })) : [{ language, text: '' }],
    steps,
    faq: ((definition.faq as Array<Record<string, unknown>>) ?? []).map((f) => ({ keywords: ((f.keywords as string[]) ?? []).join(', '), answer: rowsOf(f.answer, language) })),
  };
}

/** A text, or undefined when every row is empty (an optional text left out). */
function text(rows: LocalizedRow[]): Text | undefined {
  const value = fromRows(rows);
  return Object.keys(value).length ? value : undefined;
}

const num = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** Only what is set: the server refuses unknown or empty fields, and names them. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== ''));
}

function stepJson(s: StepForm): Record<string, unknown> {
  const next = s.next || undefined;
  switch (s.type) {
    case 'message':
      return compact({ type: s.type, text: text(s.text), next });
    case 'menu':
      return compact({
        type: s.type,
        text: text(s.text),
        options: s.options.map((o) => compact({ title: text(o.title), next: o.next, keywords: list(o.keywords).length ? list(o.keywords) : undefined })),
        noMatch: s.noMatch || undefined,
        retryText: text(s.invalidText),
      });
    case 'collect':
      return compact({
        type: s.type,
        field: s.field,
        prompt: text(s.text),
        invalidText: text(s.invalidText),
        pattern: s.field === 'orderNumber' ? s.pattern || undefined : undefined,
        next,
        onFail: s.onFail || undefined,
      });
    case 'match':
      return compact({
        type: s.type,
        prompt: text(s.text),
        rules: s.rules.map((r) => ({ keywords: list(r.keywords), next: r.next })),
        faq: s.faq || undefined,
        noMatch: s.noMatch || undefined,
        noMatchText: text(s.invalidText),
      });
    case 'set':
      return compact({ type: s.type, language: s.language || undefined, teamId: num(s.teamId), priority: s.priority || undefined, next });
    case 'http':
      return compact({ type: s.type, method: s.method, url: s.url, timeoutMs: num(s.timeoutMs), saveAs: s.saveAs || undefined, next, onError: s.onError || undefined });
    case 'handover':
      return compact({ type: s.type, text: text(s.text), teamId: num(s.teamId), priority: s.priority || undefined });
  }
}

export function fromForm(form: BotForm): BotDefinitionJson {
  const keywords = Object.fromEntries(form.humanKeywords.filter((r) => r.language.trim() && list(r.text).length).map((r) => [r.language.trim(), list(r.text)]));
  return compact({
    start: form.start,
    steps: Object.fromEntries(form.steps.map((s) => [s.id.trim(), stepJson(s)])),
    humanButton: text(form.humanButton),
    humanKeywords: Object.keys(keywords).length ? keywords : undefined,
    faq: form.faq.length ? form.faq.map((f) => ({ keywords: list(f.keywords), answer: text(f.answer) })) : undefined,
  }) as BotDefinitionJson;
}
