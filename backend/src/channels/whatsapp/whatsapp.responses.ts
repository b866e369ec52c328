/** A linked number's connection, as GET /api/inboxes/:id/whatsapp answers and 'whatsapp.state' pushes it. */
import type { WhatsAppWebStatus } from '@inbox/connectors';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { valuesOf } from '../../common/api-answer';

const STATUSES = valuesOf<WhatsAppWebStatus | 'unknown'>()('starting', 'qr', 'authenticated', 'connected', 'disconnected', 'unknown');

export class WhatsAppConnectionDto {
  @ApiProperty({ enum: STATUSES, description: 'unknown: no process has reported on the number yet' }) status: WhatsAppWebStatus | 'unknown';
  @ApiPropertyOptional({ description: 'The code to scan (WhatsApp > Linked devices), while status is qr' }) qr?: string;
  @ApiPropertyOptional({ description: 'The linked number, once connected (E.164 digits without +)' }) phone?: string;
  @ApiPropertyOptional({ description: 'Why it is disconnected' }) reason?: string;
  @ApiProperty({ type: 'integer', description: 'Reconnect attempts since it was last connected' }) attempts: number;
  @ApiProperty({ description: 'This process runs the number’s client' }) here: boolean;
}
