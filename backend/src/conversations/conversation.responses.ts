/**
 * The shapes REST and the /agents socket send for conversations and
 * messages, as classes so the OpenAPI document (and the frontend's types
 * generated from it) describes them; ConversationPresenter builds them.
 */
import type { ChannelType, DeliveryStatus, MessageKind } from '@inbox/connectors';
import { ApiProperty } from '@nestjs/swagger';
import { CHANNEL_TYPES } from '../channels/channel-types';
import { valuesOf } from '../common/api-answer';
import { CONVERSATION_STATUSES, type ConversationStatus } from './conversation.entity';
import type { MessageDirection, SenderType } from './message.entity';
import { LabelRef } from '../labels/label.responses';
import { PRIORITIES, type Priority } from './priority.policy';
import { SLA_TARGETS, type SlaTarget } from '../sla/sla.entities';

const MESSAGE_KINDS = valuesOf<MessageKind>()('text', 'image', 'file', 'audio', 'video', 'location', 'contact', 'sticker', 'call', 'event');
const DELIVERY_STATUSES = valuesOf<DeliveryStatus>()('pending', 'sent', 'delivered', 'read', 'failed');
const SENDER_TYPES = valuesOf<SenderType>()('contact', 'agent', 'bot', 'system');
const DIRECTIONS = valuesOf<MessageDirection>()('in', 'out');

const kind = { enum: MESSAGE_KINDS, enumName: 'MessageKind' };
const senderType = { enum: SENDER_TYPES, enumName: 'SenderType' };
const direction = { enum: DIRECTIONS, enumName: 'MessageDirection' };
const isoTime = { type: String, format: 'date-time' };
const id = { type: 'integer' } as const;

export class AttachmentDto {
  @ApiProperty(id) id: number;
  @ApiProperty() fileName: string;
  @ApiProperty() mimeType: string;
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size: number;
  @ApiProperty({ description: 'Behind the operator’s token (or the visitor’s, in the widget)' }) url: string;
}

/** A quoted message: who wrote it and the start of its text. */
export class MessageQuote {
  @ApiProperty(id) id: number;
  @ApiProperty(senderType) senderType: SenderType;
  @ApiProperty({ type: String, nullable: true }) senderName: string | null;
  @ApiProperty(kind) kind: MessageKind;
  @ApiProperty({ type: String, nullable: true, description: 'Cut to 200 characters; null for a message without text (an image, a file)' }) text: string | null;
}

export class MessageDto {
  @ApiProperty(id) id: number;
  @ApiProperty(id) conversationId: number;
  @ApiProperty(id) inboxId: number;
  @ApiProperty(direction) direction: MessageDirection;
  @ApiProperty(senderType) senderType: SenderType;
  @ApiProperty({ type: 'integer', nullable: true }) senderId: number | null;
  @ApiProperty({ type: String, nullable: true }) senderName: string | null;
  @ApiProperty(kind) kind: MessageKind;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'What the channel adds (buttons, a location, a call, an e-mail’s headers)' })
  payload: Record<string, unknown> | null;
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' }) status: DeliveryStatus;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() private: boolean;
  @ApiProperty() edited: boolean;
  @ApiProperty({ type: String, nullable: true }) clientMessageId: string | null;
  @ApiProperty({ type: MessageQuote, nullable: true, description: 'The message this one answers, as much as a quote shows' }) replyTo: MessageQuote | null;
  @ApiProperty(isoTime) createdAt: string;
}

export class ConversationInboxRef {
  @ApiProperty(id) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CHANNEL_TYPES, enumName: 'ChannelType' }) type: ChannelType;
}

export class ConversationContactRef {
  @ApiProperty(id) id: number;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

/** The list's preview: `senderType` tells an automatic message (system, bot) from an operator's reply. */
export class LastMessagePreview {
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty(direction) direction: MessageDirection;
  @ApiProperty(senderType) senderType: SenderType;
  @ApiProperty(kind) kind: MessageKind;
  @ApiProperty(isoTime) createdAt: string;
}

/** The SLA target due soonest (docs/sla.md): the badge is green until `amberAt`, amber until `dueAt`, red after. */
export class ConversationSla {
  @ApiProperty({ enum: SLA_TARGETS, enumName: 'SlaTarget' }) target: SlaTarget;
  @ApiProperty({ ...isoTime, nullable: true, description: 'Null while paused (snoozed, under a policy whose snoozed time does not count)' }) amberAt: string | null;
  @ApiProperty({ ...isoTime, nullable: true, description: 'Null while paused' }) dueAt: string | null;
}

export class ConversationDto {
  @ApiProperty(id) id: number;
  @ApiProperty(id) inboxId: number;
  @ApiProperty({ type: ConversationInboxRef, nullable: true }) inbox: ConversationInboxRef | null;
  @ApiProperty({ type: ConversationContactRef, nullable: true }) contact: ConversationContactRef | null;
  @ApiProperty({ enum: CONVERSATION_STATUSES, enumName: 'ConversationStatus' }) status: ConversationStatus;
  @ApiProperty({ type: 'integer', nullable: true }) assigneeId: number | null;
  @ApiProperty({ description: 'It takes one of its operator’s slots (assigned), or would (otherwise): false only for calls of a voice inbox whose calls take none' })
  takesSlot: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) teamId: number | null;
  @ApiProperty({ enum: PRIORITIES, enumName: 'Priority', description: 'The queue serves urgent, then high, normal and low, each longest waiting first' }) priority: Priority;
  @ApiProperty({ type: String, nullable: true }) language: string | null;
  @ApiProperty(isoTime) createdAt: string;
  @ApiProperty({ ...isoTime, nullable: true, description: 'When it (last) entered the queue: the queue’s waiting time counts from here' }) queuedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Offer mode: the operator it is offered to' }) offeredTo: number | null;
  @ApiProperty({ ...isoTime, nullable: true }) offerExpiresAt: string | null;
  @ApiProperty({ ...isoTime, nullable: true, description: 'Snoozed: when it wakes by itself; null when it waits for the customer only (and when not snoozed)' })
  snoozedUntil: string | null;
  @ApiProperty({ ...isoTime, nullable: true }) lastMessageAt: string | null;
  @ApiProperty({ ...isoTime, nullable: true }) firstAssignedAt: string | null;
  @ApiProperty({ ...isoTime, nullable: true }) firstAgentReplyAt: string | null;
  @ApiProperty({ ...isoTime, nullable: true }) closedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 5 }) csatScore: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The customer’s comment with their rating' }) csatComment: string | null;
  @ApiProperty({ type: LastMessagePreview, nullable: true }) lastMessage: LastMessagePreview | null;
  @ApiProperty({ type: ConversationSla, nullable: true, description: 'Null when no SLA target runs' }) sla: ConversationSla | null;
  @ApiProperty({ type: [LabelRef], description: 'By name' }) labels: LabelRef[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Custom attributes (keys of conversation attribute definitions, and any a bot set)' }) attributes: Record<string, unknown>;
}

/** One entry of a conversation's event log (assigned, transferred, closed, csat…). */
export class ConversationEventDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) conversationId: number;
  @ApiProperty({ example: 'assigned' }) type: string;
  @ApiProperty({ type: 'integer', nullable: true }) agentId: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Who did it (an operator, a supervisor); null for the system' }) actorId: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) data: Record<string, unknown> | null;
  @ApiProperty(isoTime) createdAt: string;
}
