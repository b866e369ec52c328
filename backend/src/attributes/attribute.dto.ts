import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ATTRIBUTE_KEY, ATTRIBUTE_TARGETS, ATTRIBUTE_TYPES, type AttributeTarget, type AttributeType } from './attribute.policy';

const KEY_MESSAGE = 'key must be lowercase letters, digits or _, starting with a letter (at most 64)';
const OPTIONS_MESSAGE = 'options must be a list of 1 to 100 texts of at most 100 characters';

class AttributeDefinitionFields {
  @ApiProperty({ maxLength: 100, example: 'Order number' })
  @IsString({ message: 'label must not be blank' })
  @Matches(/\S/, { message: 'label must not be blank' })
  @MaxLength(100)
  label: string;

  @ApiPropertyOptional({ type: [String], maxItems: 100, description: 'The choices of a list; required for a list, refused for other types' })
  @IsOptional()
  @IsArray({ message: OPTIONS_MESSAGE })
  @ArrayMinSize(1, { message: OPTIONS_MESSAGE })
  @ArrayMaxSize(100, { message: OPTIONS_MESSAGE })
  @IsString({ each: true, message: OPTIONS_MESSAGE })
  @MaxLength(100, { each: true, message: OPTIONS_MESSAGE })
  options?: string[];

  @ApiPropertyOptional({ default: false, description: 'Whoever edits a record’s attributes must give it a value (docs/operators.md)' })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
}

export class CreateAttributeDefinitionDto extends AttributeDefinitionFields {
  @ApiProperty({ enum: ATTRIBUTE_TARGETS, enumName: 'AttributeTarget' })
  @IsIn(ATTRIBUTE_TARGETS, { message: `target must be one of: ${ATTRIBUTE_TARGETS.join(', ')}` })
  target: AttributeTarget;

  @ApiProperty({ example: 'order_id', description: 'Unique per target; fixed once created' })
  @IsString({ message: KEY_MESSAGE })
  @Matches(ATTRIBUTE_KEY, { message: KEY_MESSAGE })
  key: string;

  @ApiProperty({ enum: ATTRIBUTE_TYPES, enumName: 'AttributeType', description: 'Fixed once created: stored values keep their type' })
  @IsIn(ATTRIBUTE_TYPES, { message: `type must be one of: ${ATTRIBUTE_TYPES.join(', ')}` })
  type: AttributeType;
}

/** The label, the options of a list, required and the description; key, target and type stay. */
export class UpdateAttributeDefinitionDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString({ message: 'label must not be blank' })
  @Matches(/\S/, { message: 'label must not be blank' })
  @MaxLength(100)
  label?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 100 })
  @IsOptional()
  @IsArray({ message: OPTIONS_MESSAGE })
  @ArrayMinSize(1, { message: OPTIONS_MESSAGE })
  @ArrayMaxSize(100, { message: OPTIONS_MESSAGE })
  @IsString({ each: true, message: OPTIONS_MESSAGE })
  @MaxLength(100, { each: true, message: OPTIONS_MESSAGE })
  options?: string[];

  @ApiPropertyOptional() @IsOptional() @IsBoolean() required?: boolean;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true, description: 'null clears it' }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
}

/** New values of some attributes; the others stay. */
export class SetAttributesDto {
  @ApiProperty({
    type: 'object',
    // OpenAPI 3.0 has no null type: null is allowed through the string branch (nullable needs a type beside it).
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }] },
    example: { order_id: 1042, delivery_date: '2026-12-24', vip: true },
    description: 'Keys of attribute definitions; a value of the definition’s type, or null (or "") to remove it',
  })
  @IsObject({ message: 'attributes must be an object of attribute keys and values' })
  attributes: Record<string, unknown>;
}
