import { ApiProperty } from '@nestjs/swagger';
import { API_TOKEN_SCOPES, type ApiTokenScope } from './api-token.policy';

/** A token as the list shows it: never its secret. */
export class ApiTokenDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters of the secret, to tell tokens apart', example: 'inb_Xb3k' }) secretStart: string;
  @ApiProperty({ enum: API_TOKEN_SCOPES, isArray: true }) scopes: ApiTokenScope[];
  @ApiProperty({ type: [Number], description: 'Empty: every inbox' }) teamIds: number[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Within a minute' }) lastUsedAt: string | null;
  @ApiProperty({ type: 'integer' }) createdById: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
