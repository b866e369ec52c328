import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsPositive, IsString, Max, Min } from 'class-validator';
import { AttributeFilters } from '../attributes/attribute-filters.decorator';
import type { ChannelType } from '@inbox/connectors';
import { CHANNEL_TYPES } from '../channels/channel-types';
import { MessageText } from '../common/message-text';
import { CONVERSATION_STATUSES, type ConversationStatus } from './conversation.entity';
import { PRIORITIES, type Priority } from './priority.policy';
import type { ConversationOrder, ConversationView } from './conversations.service';

const CONVERSATION_VIEWS: ConversationView[] = ['mine', 'queue', 'snoozed', 'all'];
const CONVERSATION_ORDERS: ConversationOrder[] = ['due'];

export class ListConversationsDto {
  @ApiPropertyOptional({ enum: CONVERSATION_VIEWS, default: 'mine', description: 'snoozed: the ones you snoozed' })
  @IsOptional()
  @IsIn(CONVERSATION_VIEWS, { message: `view must be one of: ${CONVERSATION_VIEWS.join(', ')}` })
  view: ConversationView = 'mine';
  @ApiPropertyOptional({ enum: CONVERSATION_STATUSES }) @IsOptional() @IsIn(CONVERSATION_STATUSES) status?: ConversationStatus;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() inboxId?: number;
  @ApiPropertyOptional({ enum: CHANNEL_TYPES, description: "Only conversations of inboxes of this type" })
  @IsOptional()
  @IsIn(CHANNEL_TYPES, { message: `channel must be one of: ${CHANNEL_TYPES.join(', ')}` })
  channel?: ChannelType;
  @ApiPropertyOptional({ description: 'Only conversations carrying this label (its id)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'label must be a label id' })
  @IsPositive({ message: 'label must be a label id' })
  label?: number;
  @AttributeFilters() attr?: string[];
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @Type(() => Number) @IsInt() @IsPositive() cursor?: number;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit: number = 50;
  @ApiPropertyOptional({ enum: CONVERSATION_ORDERS, description: 'due: the SLA target due soonest first, then those without one (one page: no cursor)' })
  @IsOptional()
  @IsIn(CONVERSATION_ORDERS, { message: `order must be one of: ${CONVERSATION_ORDERS.join(', ')}` })
  order?: ConversationOrder;
}

/** What an operator or supervisor changes on a conversation itself. */
export class UpdateConversationDto {
  @ApiProperty({ enum: PRIORITIES, enumName: 'Priority' })
  @IsIn(PRIORITIES, { message: `priority must be one of: ${PRIORITIES.join(', ')}` })
  priority: Priority;
}

export class ListMessagesDto {
  @ApiPropertyOptional({ description: 'Only messages with a smaller id' }) @IsOptional() @Type(() => Number) @IsInt() @IsPositive() before?: number;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit: number = 50;
}

export class SendMessageDto {
  @ApiPropertyOptional({ maxLength: 65536, description: 'At most MESSAGE_MAX_CHARS characters' }) @IsOptional() @IsString() @MessageText(65_536) text?: string;
  @ApiPropertyOptional({ description: 'An internal note the customer never sees' }) @IsOptional() @IsBoolean() private?: boolean;
  @ApiPropertyOptional({ type: [Number], description: 'Ids from POST /api/conversations/:id/attachments' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @IsPositive({ each: true }) attachments?: number[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @IsPositive() quickReplyId?: number;
  @ApiPropertyOptional({ description: 'A message of this conversation the reply answers: the customer sees it quoted where the channel can (Telegram, WhatsApp)' })
  @IsOptional()
  @IsInt({ message: 'replyToMessageId must be a message id' })
  @IsPositive({ message: 'replyToMessageId must be a message id' })
  replyToMessageId?: number;
}
