import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook-events';

/** One try of a delivery, as the log shows it. */
export class WebhookAttemptDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer', description: 'The delivery: the payload’s id and X-Inbox-Delivery' }) deliveryId: number;
  @ApiProperty({ example: 'conversation.closed' }) event: string;
  @ApiProperty({ description: 'An admin’s redelivery or test event' }) manual: boolean;
  @ApiProperty({ description: 'Answered 2xx' }) ok: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: no answer (refused address, timeout, connection error)' }) statusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: 'integer' }) latencyMs: number;
  @ApiProperty({ type: String, nullable: true, description: 'The first 500 characters of the answer' }) responseSnippet: string | null;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], nullable: true, description: 'The delivery’s state now (null once it is no longer kept)' })
  deliveryStatus: 'pending' | 'delivered' | 'failed' | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class WebhookDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, enumName: 'WebhookEvent', isArray: true }) events: WebhookEvent[];
  @ApiProperty() includePrivateNotes: boolean;
  @ApiProperty({ description: 'false: paused' }) active: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was paused automatically' }) pausedReason: string | null;
  @ApiProperty({ type: 'integer', description: 'Failed tries since the last success' }) consecutiveFailures: number;
  @ApiProperty({ type: WebhookAttemptDto, nullable: true, description: 'The newest try' }) lastAttempt: WebhookAttemptDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
