/**
 * The events a rule can react to, and the domain events they come from
 * (rule-triggers.ts). A customer writing into a closed conversation opens a
 * new one (conversation created); there is no "reopened" to react to.
 */
export const RULE_EVENTS = [
  'conversation.created',
  'message.customer',
  'message.operator',
  'conversation.assigned',
  'conversation.transferred',
  'conversation.closed',
  'sla.warning',
  'sla.breached',
  'csat.submitted',
  'contact.updated',
] as const;
export type RuleEvent = (typeof RULE_EVENTS)[number];
