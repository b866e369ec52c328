import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsPositive, IsString, Matches, MaxLength } from 'class-validator';
import { LANGUAGE_TAG } from '../automation/language.policy';
import type { ContactChanges } from './contact.policy';

/** PATCH /api/contacts/:id: fields left out stay as they are; null clears one. */
export class UpdateContactDto implements ContactChanges {
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 254, nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '+380 44 123 45 67',
    nullable: true,
    description: 'International (+ and the country code), or national in the default country of the inbox of the contact’s newest conversation (settings.defaultCountry, else DEFAULT_PHONE_COUNTRY); stored in E.164',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, example: 'uk', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag like en or pt-BR' })
  language?: string | null;
}

/** POST /api/contacts/:id/merge: the contact that is merged into :id. */
export class MergeContactDto {
  @ApiProperty({ example: 42, description: 'The other contact of the same person; it is merged into this one' })
  @IsInt({ message: 'contactId must be a contact id' })
  @IsPositive({ message: 'contactId must be a contact id' })
  contactId: number;
}
