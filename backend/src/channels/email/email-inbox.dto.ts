import { ApiProperty, ApiPropertyOptional, DECORATORS, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A host name or address: nothing that could smuggle a URL, a port or a line break into a connection. */
const HOST = /^[A-Za-z0-9.-]{1,253}$|^\[?[0-9A-Fa-f:.]{2,45}\]?$/;
const HOST_MESSAGE = (field: string) => `${field} must be a host name or IP address, like mail.example.com`;

/**
 * A mailbox as an inbox (`type: 'email'`): SMTP to answer, IMAP to receive
 * (leave imapHost out for an outbound-only inbox). Users and passwords are
 * stored encrypted and never returned.
 */
export class EmailInboxDto {
  @ApiProperty({ example: 'support@example.com', description: 'The address customers write to and see replies from' })
  @IsEmail({ require_tld: false }, { message: 'fromAddress must be an e-mail address' })
  @MaxLength(254)
  fromAddress: string;

  @ApiPropertyOptional({ example: 'Acme Support', description: 'Shown after the operator: "Kate via Acme Support"' })
  @IsOptional() @IsString() @MaxLength(100) @Matches(/^[^\r\n]*$/, { message: 'fromName must be one line' })
  fromName?: string;

  @ApiPropertyOptional({ description: 'Added under every reply, after "-- "' })
  @IsOptional() @IsString() @MaxLength(2000)
  signature?: string;

  @ApiProperty({ example: 'smtp.example.com' }) @IsString() @Matches(HOST, { message: HOST_MESSAGE('smtpHost') }) smtpHost: string;
  @ApiPropertyOptional({ description: '587 (STARTTLS), or 465 with smtpSecure' }) @IsOptional() @IsInt() @Min(1) @Max(65535) smtpPort?: number;
  @ApiPropertyOptional({ description: 'Implicit TLS (port 465); otherwise STARTTLS when the server offers it' }) @IsOptional() @IsBoolean() smtpSecure?: boolean;
  @ApiPropertyOptional({ description: 'Leave out for a relay without AUTH' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(254) smtpUser?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(500) smtpPassword?: string;

  @ApiPropertyOptional({ example: 'imap.example.com', description: 'Leave out for an inbox that only sends' })
  @IsOptional() @IsString() @Matches(HOST, { message: HOST_MESSAGE('imapHost') })
  imapHost?: string;

  @ApiPropertyOptional({ description: '993 (TLS), or 143 with imapSecure false' }) @IsOptional() @IsInt() @Min(1) @Max(65535) imapPort?: number;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() imapSecure?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(254) imapUser?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(500) imapPassword?: string;
  @ApiPropertyOptional({ default: 'INBOX', description: 'The folder that is read' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) folder?: string;
  @ApiPropertyOptional({ description: 'Move imported mail to this folder' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) moveTo?: string;
  @ApiPropertyOptional({ description: 'Flag imported mail as read' }) @IsOptional() @IsBoolean() markSeen?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Also import the mail already in the folder (default: only mail that arrives from now on)' })
  @IsOptional() @IsBoolean()
  importExisting?: boolean;

  @ApiPropertyOptional({ default: true, description: 'false accepts self-signed certificates' }) @IsOptional() @IsBoolean() tlsRejectUnauthorized?: boolean;
}

/** PATCH /api/inboxes/:id `email`: only what changes; a password left out stays, `null` clears an optional field. */
export class UpdateEmailInboxDto extends PartialType(EmailInboxDto) {}
// Documented as nullable, which is also what lets null through the validation pipe.
for (const field of Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, UpdateEmailInboxDto.prototype) as string[]) {
  ApiPropertyOptional({ nullable: true })(UpdateEmailInboxDto.prototype, field.replace(/^:/, ''));
}
