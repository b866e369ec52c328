import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsPositive, IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { macroActionsProblem, type MacroAction } from './macro-actions';
import { MacroActionDto } from './macro.responses';
import { MACRO_SCOPES, type MacroScope } from './macro.policy';

/** The whole action list, checked by the one rule of its shape (macro-actions.ts): the 400 names the action and its field. */
function ValidMacroActions() {
  return ValidateBy({
    name: 'validMacroActions',
    validator: {
      validate: (value) => macroActionsProblem(value) === null,
      defaultMessage: (args) => macroActionsProblem(args?.value) ?? 'actions are not valid',
    },
  });
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** null in an action's field means not given, as everywhere (docs/security.md); actions are plain objects, which the pipe leaves to their own check. */
const actionNullsDropped = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((action) => (isRecord(action) ? Object.fromEntries(Object.entries(action).filter(([, field]) => field !== null)) : action)) : value;

export class CreateMacroDto {
  @ApiProperty() @Transform(trimmed) @IsString({ message: 'name must be a text' }) @MinLength(1, { message: 'name must not be empty' }) @MaxLength(120, { message: 'name must be at most 120 characters' }) name: string;
  @ApiProperty({ enum: MACRO_SCOPES, enumName: 'MacroScope' }) @IsIn(MACRO_SCOPES, { message: `scope must be one of: ${MACRO_SCOPES.join(', ')}` }) scope: MacroScope;
  @ApiPropertyOptional({ description: 'Required for scope team' }) @IsOptional() @IsInt({ message: 'teamId must be a team id' }) @IsPositive({ message: 'teamId must be a team id' }) teamId?: number;
  @ApiProperty({ type: [MacroActionDto], description: 'Done in this order; 1 to 20' }) @Transform(actionNullsDropped) @ValidMacroActions() actions: MacroAction[];
}

export class UpdateMacroDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimmed) @IsString({ message: 'name must be a text' }) @MinLength(1, { message: 'name must not be empty' }) @MaxLength(120, { message: 'name must be at most 120 characters' }) name?: string;
  @ApiPropertyOptional({ type: [MacroActionDto] }) @IsOptional() @Transform(actionNullsDropped) @ValidMacroActions() actions?: MacroAction[];
}

export class ListMacrosDto {
  @ApiPropertyOptional({ description: 'The macros you may change (Settings → Macros) instead of the ones you may run' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'manage must be true or false' })
  manage?: boolean;
}

export class RunMacroDto {
  @ApiPropertyOptional({ description: "The operator's IANA time zone, for a snooze until tomorrow in an inbox without business hours" })
  @IsOptional()
  @IsString({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string;
}
