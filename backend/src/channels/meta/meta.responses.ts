/** What the 24-hour window and template endpoints answer (WhatsApp Cloud API, Instagram). */
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** A channel without a customer-service window: replies go at any time. */
export class NoCustomerWindow {
  @ApiProperty({ enum: ['none'] }) rule: 'none';
}

export class CustomerWindowState {
  @ApiProperty({ enum: ['window'] }) rule: 'window';
  @ApiProperty({ description: 'A free-form reply may go now' }) open: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: the customer never wrote' }) closesAt: string | null;
  @ApiProperty({ description: 'The channel has approved templates for when the window is closed' }) templates: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Instagram with the Human Agent feature: an operator’s own reply may still go (tagged) until then; null otherwise' })
  humanAgentUntil: string | null;
}

@ApiExtraModels(NoCustomerWindow, CustomerWindowState)
export class CustomerWindowAnswer {
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(NoCustomerWindow) }, { $ref: getSchemaPath(CustomerWindowState) }] }) window: NoCustomerWindow | CustomerWindowState;
}

/** An approved WhatsApp message template. */
export class MessageTemplate {
  @ApiProperty() name: string;
  @ApiProperty({ example: 'en_US' }) language: string;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ description: 'The body text with its {{1}} placeholders, when Meta gave it' }) body?: string;
}
