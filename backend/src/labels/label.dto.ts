import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsPositive, IsString, Matches, MaxLength } from 'class-validator';
import { LABEL_COLOR } from './label.policy';

/** How many labels one conversation carries at most. */
export const MAX_LABELS_PER_CONVERSATION = 20;

const COLOR_MESSAGE = 'color must be a colour as #rrggbb';

export class CreateLabelDto {
  @ApiProperty({ maxLength: 64, description: 'Unique without regard to case' })
  @IsString({ message: 'name must not be blank' })
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(64)
  name: string;

  @ApiProperty({ example: '#2f80ed' }) @IsString({ message: COLOR_MESSAGE }) @Matches(LABEL_COLOR, { message: COLOR_MESSAGE }) color: string;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
}

export class UpdateLabelDto {
  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString({ message: 'name must not be blank' })
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(64)
  name?: string;

  @ApiPropertyOptional({ example: '#2f80ed' }) @IsOptional() @IsString({ message: COLOR_MESSAGE }) @Matches(LABEL_COLOR, { message: COLOR_MESSAGE }) color?: string;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true, description: 'null clears it' }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
}

/** The whole set of labels a conversation carries from now on. */
export class SetConversationLabelsDto {
  @ApiProperty({ type: [Number], maxItems: MAX_LABELS_PER_CONVERSATION, description: 'Label ids; an empty list removes them all' })
  @IsArray({ message: 'labelIds must be a list of label ids' })
  @ArrayMaxSize(MAX_LABELS_PER_CONVERSATION)
  @IsInt({ each: true, message: 'labelIds must be a list of label ids' })
  @IsPositive({ each: true, message: 'labelIds must be a list of label ids' })
  labelIds: number[];
}
