import { z } from 'zod';
import { COLLECTED_FIELDS, type BotDefinition } from './bot-definition';
import { initialBotState, runBot, type BotInput, type BotState, type BotTurn } from './bot-flow.policy';

/**
 * The bot builder's "Test": one turn of a flow that is not saved, for no
 * conversation. The browser keeps the state between turns and sends it back;
 * nothing is stored, sent or called (an HTTP step's call comes back as an
 * action for the preview to show, and the preview answers it).
 */

const botState = z
  .object({
    step: z.string().max(32).nullable(),
    attempts: z.number().int().min(0).max(100),
    collected: z.record(z.enum(COLLECTED_FIELDS), z.string().max(4096)),
    language: z.string().max(35).nullable(),
    done: z.boolean(),
  })
  .strict();

const botInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('message'), text: z.string().max(4096), buttonData: z.string().max(64).optional() }).strict(),
  z.object({ type: z.literal('http-result'), ok: z.boolean() }).strict(),
]);

/** The state and input of a preview turn, or the first problem as `field: message` for a 400. */
export function parsePreviewTurn(state: unknown, input: unknown): { state: BotState; input: BotInput } | { problem: string } {
  const parsedState = state === undefined || state === null ? { success: true as const, data: initialBotState() } : botState.safeParse(state);
  if (!parsedState.success) return { problem: ['state', ...parsedState.error.issues[0].path].join('.') + `: ${parsedState.error.issues[0].message}` };
  const parsedInput = botInput.safeParse(input);
  if (!parsedInput.success) return { problem: ['input', ...parsedInput.error.issues[0].path].join('.') + `: ${parsedInput.error.issues[0].message}` };
  return { state: parsedState.data, input: parsedInput.data };
}

/** One turn as the runner would take it, in the given language; a finished flow that did not hand over hands over, as the runner does. */
export function previewTurn(definition: BotDefinition, state: BotState, input: BotInput, language: string | null): BotTurn {
  const turn = runBot(definition, state, input, { language, defaultLanguage: language, phoneCountry: null });
  if (turn.state.done && !turn.actions.some((a) => a.type === 'handover')) return { ...turn, actions: [...turn.actions, { type: 'handover', reason: 'flow' }] };
  return turn;
}
