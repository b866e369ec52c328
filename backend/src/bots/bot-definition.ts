import { z } from 'zod';
import { LANGUAGE_TAG } from '../automation/language.policy';
import { templateProblems } from '../automation/message-template.policy';
import { PRIORITIES, priorityFromNumber } from '../conversations/priority.policy';

/**
 * The JSON document a flow bot is made of (docs/bots.md): named steps, one
 * of them the start. Validated as a whole when saved, so the interpreter
 * never meets a dangling `next` or an unknown step kind.
 */

const STEP_ID = /^[a-z0-9_-]{1,32}$/i;
const ATTRIBUTE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_TEXT = 4096;

const stepRef = z.string().regex(STEP_ID, 'must be a step id (letters, digits, _ or -, at most 32)');
const keywords = z.array(z.string().trim().min(1).max(100)).max(50);

export const COLLECTED_FIELDS = ['name', 'phone', 'email', 'orderNumber'] as const;
export type CollectedField = (typeof COLLECTED_FIELDS)[number];

const matchRule = z.object({ keywords: keywords.min(1), next: stepRef }).strict();

/** One of the four names; a number (0–100) from a flow saved before priorities had names means what it meant then. */
const botPriority = z.union([z.enum(PRIORITIES), z.number().int().min(0).max(100).transform(priorityFromNumber)]);

const botAttributes = z.record(z.string().regex(ATTRIBUTE_NAME), z.union([z.string().max(500), z.number(), z.boolean()]));

const setStep = z
  .object({
    type: z.literal('set'),
    language: z.string().regex(LANGUAGE_TAG).optional(),
    teamId: z.number().int().positive().optional(),
    priority: botPriority.optional(),
    attributes: botAttributes.optional(),
    /** Custom attributes of the conversation; defined ones are held to their type (attribute.policy.ts). */
    conversationAttributes: botAttributes.optional(),
    /** Labels (ids) put on the conversation, beside those it carries; one deleted since is skipped. */
    labelIds: z.array(z.number().int().positive()).min(1).max(20).optional(),
    next: stepRef.optional(),
  })
  .strict();

export const HTTP_TIMEOUT_MAX_MS = 10_000;
const httpStep = z
  .object({
    type: z.literal('http'),
    method: z.enum(['GET', 'POST']).default('GET'),
    /** May use the template variables; the host must be one the bot allows (`allowedHosts`). */
    url: z.string().min(1).max(2000),
    /** POST: the JSON body sent, with the contact's fields and attributes. */
    timeoutMs: z.number().int().min(100).max(HTTP_TIMEOUT_MAX_MS).optional(),
    /** The answer's JSON object is merged into the contact's attributes under this prefix (`order.status`...). */
    saveAs: z.string().regex(ATTRIBUTE_NAME).optional(),
    next: stepRef,
    onError: stepRef,
  })
  .strict();

/**
 * A flow's schema for texts of at most `maxText` characters (what the bot
 * says is a message: MESSAGE_MAX_CHARS, and never more than 4096).
 */
function flowSchema(maxText: number) {
  const template = z
    .string()
    .min(1)
    .max(maxText, `must be at most ${maxText} characters`)
    .superRefine((text, ctx) => {
      for (const name of templateProblems(text)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown variable {{${name}}}` });
    });

  /** `{"en": "Hello", "ru": "Здравствуйте"}`, or one string for every language. */
  const localized = z.union([template, z.record(z.string().regex(LANGUAGE_TAG, 'must be a language tag such as en or pt-BR'), template)]).refine(
    (text) => typeof text === 'string' || Object.keys(text).length > 0,
    'needs at least one language',
  );

  const messageStep = z.object({ type: z.literal('message'), text: localized, next: stepRef.optional() }).strict();

  const menuOption = z.object({ title: localized, next: stepRef, keywords: keywords.optional() }).strict();
  const menuStep = z
    .object({ type: z.literal('menu'), text: localized, options: z.array(menuOption).min(1).max(10), noMatch: stepRef.optional(), retryText: localized.optional() })
    .strict();

  const collectStep = z
    .object({
      type: z.literal('collect'),
      field: z.enum(COLLECTED_FIELDS),
      prompt: localized,
      /** Said when an answer does not pass; the prompt again when absent. */
      invalidText: localized.optional(),
      /** Order numbers: the shape they must have (a regular expression); letters, digits and dashes, 3 to 32, when absent. */
      pattern: z
        .string()
        .max(200)
        .refine((source) => {
          try {
            new RegExp(source);
            return true;
          } catch {
            return false;
          }
        }, 'must be a valid regular expression')
        .optional(),
      /** The custom attribute an order number is stored under (`orderNumber` when absent). */
      attribute: z.string().regex(ATTRIBUTE_NAME).optional(),
      maxAttempts: z.number().int().min(1).max(10).optional(),
      next: stepRef,
      /** Where to go after `maxAttempts` bad answers; a handover when absent. */
      onFail: stepRef.optional(),
    })
    .strict();

  const matchStep = z
    .object({
      type: z.literal('match'),
      prompt: localized.optional(),
      rules: z.array(matchRule).max(50).default([]),
      /** Try the bot's FAQ entries too: a hit answers and waits here for the next question. */
      faq: z.boolean().optional(),
      noMatch: stepRef.optional(),
      noMatchText: localized.optional(),
    })
    .strict();

  const handoverStep = z
    .object({ type: z.literal('handover'), text: localized.optional(), teamId: z.number().int().positive().optional(), priority: botPriority.optional() })
    .strict();

  const step = z.discriminatedUnion('type', [messageStep, menuStep, collectStep, matchStep, setStep, httpStep, handoverStep]);

  const faqEntry = z.object({ keywords: keywords.min(1), answer: localized }).strict();

  return z
    .object({
      start: stepRef,
      steps: z.record(stepRef, step).refine((steps) => Object.keys(steps).length > 0 && Object.keys(steps).length <= 200, 'must have 1 to 200 steps'),
      /** Words that hand over at any step, per language; the built-in lists when absent. */
      humanKeywords: z.record(z.string().regex(LANGUAGE_TAG), keywords).optional(),
      /** The "talk to a human" button offered with every menu; none when absent. */
      humanButton: localized.optional(),
      faq: z.array(faqEntry).max(200).optional(),
    })
    .strict()
    .superRefine((definition, ctx) => {
      const known = new Set(Object.keys(definition.steps));
      if (!known.has(definition.start)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['start'], message: `no step "${definition.start}"` });
      const check = (ref: string | undefined, path: (string | number)[]) => {
        if (ref !== undefined && !known.has(ref)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['steps', ...path], message: `no step "${ref}"` });
      };
      for (const [id, s] of Object.entries(definition.steps)) {
        for (const key of ['next', 'noMatch', 'onFail', 'onError'] as const) check((s as Record<string, unknown>)[key] as string | undefined, [id, key]);
        if (s.type === 'menu') s.options.forEach((o, i) => check(o.next, [id, 'options', i, 'next']));
        if (s.type === 'match') s.rules.forEach((r, i) => check(r.next, [id, 'rules', i, 'next']));
        if (s.type === 'http' && !/^https?:\/\//i.test(s.url)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['steps', id, 'url'], message: 'must start with http:// or https://' });
        }
      }
    });
}

export type BotDefinition = z.infer<ReturnType<typeof flowSchema>>;
export type BotStep = BotDefinition['steps'][string];
export type BotText = string | Record<string, string>;

const schemas = new Map<number, ReturnType<typeof flowSchema>>();

/**
 * A version saved before priorities had names carries numbers (0–100) in
 * its set and handover steps; read, they mean what they meant then
 * (`priorityFromNumber`). Saved versions are never rewritten.
 */
export function withNamedPriorities(definition: BotDefinition): BotDefinition {
  const named = (step: BotStep): BotStep => {
    if ((step.type !== 'set' && step.type !== 'handover') || typeof (step.priority as unknown) !== 'number') return step;
    return { ...step, priority: priorityFromNumber(step.priority as unknown as number) };
  };
  return { ...definition, steps: Object.fromEntries(Object.entries(definition.steps).map(([id, step]) => [id, named(step)])) };
}

/**
 * A valid definition, or the first problem as `path: message`
 * (`steps.menu.options.0.next: no step "x"`) for a 400. `maxText` is
 * MESSAGE_MAX_CHARS; 4096 is the most any text may have.
 */
export function parseBotDefinition(input: unknown, maxText = MAX_TEXT): { definition: BotDefinition } | { problem: string } {
  const limit = Math.min(maxText, MAX_TEXT);
  const schema = schemas.get(limit) ?? flowSchema(limit);
  schemas.set(limit, schema);
  const parsed = schema.safeParse(input);
  if (parsed.success) return { definition: parsed.data };
  const issue = parsed.error.issues[0];
  const path = ['definition', ...issue.path].join('.');
  return { problem: `${path}: ${issue.message}` };
}
