import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsOptional, IsPositive, IsString, Matches, MaxLength, MinLength, IsBoolean, Max, Min } from 'class-validator';

/** The most characters a widget message may carry; the config can only lower it. */
export const WIDGET_TEXT_LIMIT = 65_536;

export class WidgetSendDto {
  @IsOptional() @IsString() @MaxLength(WIDGET_TEXT_LIMIT, { message: `text must be at most ${WIDGET_TEXT_LIMIT} characters` }) text?: string;
  @IsString() @Matches(/^[A-Za-z0-9-]{8,64}$/, { message: 'clientMessageId must be 8 to 64 letters, digits or dashes' }) clientMessageId: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @IsPositive({ each: true }) attachments?: number[];
  /** The payload of the button the visitor pressed; `text` is its title. */
  @IsOptional() @IsString() @Matches(/^[\x21-\x7e]{1,64}$/, { message: 'button must be 1 to 64 printable ASCII characters' }) button?: string;
}

export class WidgetHistoryDto {
  @IsOptional() @IsInt() @IsPositive() before?: number;
}

export class WidgetContactDto {
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email?: string;
  /** Read with the inbox's phone country and stored in E.164 (a 400-like error naming `phone` when it is no number). */
  @IsOptional() @IsString() @MaxLength(40) phone?: string;
}

export class WidgetCsatDto {
  @IsInt() @IsPositive() conversationId: number;
  @IsInt({ message: 'score must be a whole number from 1 to 5' }) @Min(1, { message: 'score must be a whole number from 1 to 5' }) @Max(5, { message: 'score must be a whole number from 1 to 5' }) score: number;
  @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

export class WidgetTypingDto {
  @IsBoolean() on: boolean;
}
