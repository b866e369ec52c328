/** What the e-mail endpoints answer. */
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

export class EmailCheckPassed {
  @ApiProperty({ enum: [true] }) ok: true;
}

export class EmailCheckFailed {
  @ApiProperty({ enum: [false] }) ok: false;
  @ApiProperty({ description: 'What the server said, for the admin' }) error: string;
  @ApiProperty({ enum: ['temporary', 'rate-limited', 'auth', 'permanent'], description: 'auth: wrong user or password' }) code: 'temporary' | 'rate-limited' | 'auth' | 'permanent';
}

const emailCheck = { oneOf: [{ $ref: getSchemaPath(EmailCheckPassed) }, { $ref: getSchemaPath(EmailCheckFailed) }] };

/** A login to each server with the given settings. */
@ApiExtraModels(EmailCheckPassed, EmailCheckFailed)
export class EmailConnectionTestAnswer {
  @ApiProperty(emailCheck) imap: EmailCheckPassed | EmailCheckFailed;
  @ApiProperty(emailCheck) smtp: EmailCheckPassed | EmailCheckFailed;
}

/** A received mail's whole body. */
export class EmailOriginalAnswer {
  @ApiProperty({ type: String, nullable: true, description: 'Sanitized HTML; inline images point at our copies' }) html: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The full text part' }) text: string | null;
}
