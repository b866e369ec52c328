import type { BusinessHours } from './business-hours.policy';
import type { LocalizedText } from './language.policy';

/** One automatic message: kept while switched off, so an admin can turn it back on. */
export interface AutomaticText {
  enabled: boolean;
  text: LocalizedText;
}

/** An inbox's automation settings (docs/automation.md), stored on the inbox. */
export interface InboxAutomation {
  /** The language of the texts when the customer's has no version (before falling back to English). */
  defaultLanguage?: string;
  /** On the first customer message of a new conversation, inside business hours. */
  greeting?: AutomaticText;
  /** Without it the inbox is always open. */
  businessHours?: BusinessHours;
  /** Instead of the greeting when a conversation opens outside business hours; `{{next_opening}}` says when. */
  afterHours?: AutomaticText;
  /** The first place in the queue a customer is told, and on messengers once more when it becomes 1: `{{queue.position}}`, `{{expected_wait}}`. */
  queueMessage?: AutomaticText;
  /** When an operator closes the conversation. */
  goodbye?: AutomaticText;
  /** Closes an assigned conversation after this long without the customer answering, with its own message. */
  autoClose?: AutomaticText & { afterMinutes: number };
  /** The satisfaction survey after a close; `text` replaces the built-in question. */
  csat?: { enabled: boolean; text?: LocalizedText };
}

/** PATCH of the settings: each section given replaces that one, `null` removes it, the rest stay. */
export function mergeAutomation(current: InboxAutomation, patch: { [K in keyof InboxAutomation]?: InboxAutomation[K] | null }): InboxAutomation {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as InboxAutomation;
}
