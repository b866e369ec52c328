/**
 * The shapes the backend sends (REST and the /agents socket share them),
 * named for the app: each is the backend's own description, generated into
 * ./schema.d.ts from its OpenAPI document (`npm run api:types`, docs/api.md).
 */
import type { Query } from './openapi';
import type { components } from './schema';

type Schemas = components['schemas'];

export type ChannelType = Schemas['ChannelType'];
export type ConversationStatus = Schemas['ConversationStatus'];
export type DeliveryStatus = Schemas['DeliveryStatus'];
export type MessageKind = Schemas['MessageKind'];
export type AgentRole = Schemas['AgentRole'];
export type AgentStatus = Schemas['AgentStatus'];
export type AgentLevel = Schemas['AgentLevel'];
export type RoutingMode = Schemas['RoutingMode'];
export type QuickReplyScope = Schemas['QuickReplyScope'];

export type AttachmentDto = Schemas['AttachmentDto'];
/** The message a reply answers, as shown on top of the reply (the quoted message is in the same conversation). */
export type MessageQuote = Schemas['MessageQuote'];
export type MessageDto = Schemas['MessageDto'];
export type ConversationDto = Schemas['ConversationDto'];
/** One conversation GET /api/search found (newest first, one per conversation). */
export type SearchHit = Schemas['SearchHit'];

export type ContactDetailsDto = Schemas['ContactDetailsDto'];
/** GET /api/contacts/:id/duplicates: another contact and the address it shares; unverified when no channel vouched for it on both. */
export type DuplicateContactDto = Schemas['DuplicateContactDto'];

export type TeamDto = Schemas['TeamDto'];
export type ApiTokenDto = Schemas['ApiTokenDto'];
export type ApiTokenScope = ApiTokenDto['scopes'][number];
/** A label in the catalogue (GET /api/labels), with how many conversations carry it. */
export type LabelDto = Schemas['LabelDto'];
/** A private note that named the operator with `@` (GET /api/mentions, the `mention.created` push). */
export type MentionDto = Schemas['MentionDto'];
/** An admin-defined custom attribute of contacts or conversations (GET /api/attribute-definitions). */
export type AttributeDefinitionDto = Schemas['AttributeDefinitionDto'];
/** A label as a conversation carries it. */
export type LabelRef = Schemas['LabelRef'];
/** An admin's SLA policy (GET /api/sla-policies; docs/sla.md). */
export type SlaPolicyDto = Schemas['SlaPolicyDto'];
/** A conversation's SLA target due soonest: `dueAt` null while paused. */
export type ConversationSla = NonNullable<Schemas['ConversationDto']['sla']>;
/** The `sla.warning` and `sla.breached` pushes. */
export interface SlaAlert {
  conversationId: number;
  inboxId: number;
  assigneeId: number | null;
  target: ConversationSla['target'];
  policyId: number;
  dueAt: string;
}
export type AgentDto = Schemas['AgentDto'];

export type BotDto = Schemas['BotDto'];
/** Shown once: the external bot's API token and the key its webhook requests are signed with. */
export type BotCredentials = Schemas['BotCredentials'];

/** Outgoing webhooks (Settings → Integrations): a subscription, one try in its log, the events it may ask for. */
export type WebhookDto = Schemas['WebhookDto'];
export type WebhookAttemptDto = Schemas['WebhookAttemptDto'];
export type WebhookEvent = Schemas['WebhookEvent'];

export type QuickReplyDto = Schemas['QuickReplyDto'];

export type InboxDto = Schemas['InboxDto'];
/** One automatic message: texts per language (`{en: 'Hello'}`), kept while switched off. */
export type AutomaticText = Schemas['AutomaticTextDto'];

/** A phone call as its message shows it (`payload.call`), kept up to date by the server's callbacks. */
export type CallSummary = Schemas['CallSummary'];

/** The conversation list's tabs (GET /api/conversations `view`). */
export type ConversationView = NonNullable<Query<'/api/conversations', 'get'>['view']>;
export type SnoozeBody = Schemas['SnoozeDto'];
export type MacroDto = Schemas['MacroDto'];
export type MacroAction = Schemas['MacroActionDto'];
export type MacroActionType = Schemas['MacroActionType'];
export type MacroScope = Schemas['MacroScope'];
export type MacroPreview = Schemas['MacroPreviewDto'];
export type AutomationRuleDto = Schemas['AutomationRuleDto'];
export type AutomationRuleVersionDto = Schemas['AutomationRuleVersionDto'];
export type RuleEvent = Schemas['RuleEvent'];
export type RuleAction = Schemas['RuleActionDto'];
export type RuleActionType = Schemas['RuleActionType'];
export type RuleCondition = Schemas['RuleConditionDto'];
export type RuleConditionField = Schemas['RuleConditionField'];
export type RuleTry = Schemas['RuleTryDto'];
export type AutomationRuleInput = Schemas['CreateAutomationRuleDto'];
