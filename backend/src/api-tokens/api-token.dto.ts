import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsPositive, IsString, Matches, MaxLength } from 'class-validator';
import { API_TOKEN_SCOPES, type ApiTokenScope } from './api-token.policy';

export class CreateApiTokenDto {
  @ApiProperty({ maxLength: 120, example: 'CRM sync' })
  @IsString()
  @MaxLength(120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiProperty({ enum: API_TOKEN_SCOPES, isArray: true, description: 'read: GET only; conversations, contacts: writes there; admin: admin routes' })
  @IsArray()
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat a scope' })
  @IsIn(API_TOKEN_SCOPES, { each: true, message: `scopes must each be one of: ${API_TOKEN_SCOPES.join(', ')}` })
  scopes: ApiTokenScope[];

  @ApiPropertyOptional({ type: [Number], description: 'Act as an operator of these teams; empty or left out: every inbox' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'teamIds must not repeat a team' })
  @IsInt({ each: true })
  @IsPositive({ each: true })
  teamIds?: number[];

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Refused from then on; left out: never expires' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date or time' })
  expiresAt?: string;
}
