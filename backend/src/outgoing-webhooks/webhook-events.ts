/**
 * Every event a subscription may ask for (docs/integrations.md has a
 * payload of each). `version` is that of the payloads: a change that could
 * break a receiver comes as a new version, never in place.
 */
export const WEBHOOK_EVENTS = [
  'conversation.created',
  'conversation.assigned',
  'conversation.transferred',
  'conversation.closed',
  'message.created',
  'message.updated',
  'contact.created',
  'contact.updated',
  'contact.merged',
  'csat.submitted',
  'review.created',
  'agent.status_changed',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** What "send a test event" sends; nobody subscribes to it. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** What an automation rule's send-webhook action sends, to the one subscription it names (whatever events that subscribes to). */
export const WEBHOOK_RULE_EVENT = 'automation.rule';

export const WEBHOOK_PAYLOAD_VERSION = 1;

/**
 * Deliveries of one lane reach a subscription one after the other, in the
 * order their events happened: a conversation's events (its messages and
 * survey answer included), a contact's, an operator's. Test events have a
 * lane of their own.
 */
export const laneOf = {
  conversation: (id: number) => `conversation:${id}`,
  contact: (id: number) => `contact:${id}`,
  agent: (id: number) => `agent:${id}`,
  test: 'test',
};

/** The envelope every delivery's body is (version 1). */
export interface WebhookEnvelope {
  id: number;
  event: WebhookEvent | typeof WEBHOOK_TEST_EVENT | typeof WEBHOOK_RULE_EVENT;
  version: typeof WEBHOOK_PAYLOAD_VERSION;
  occurredAt: string;
  data: Record<string, unknown>;
}
