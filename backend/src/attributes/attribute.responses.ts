import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTE_TARGETS, ATTRIBUTE_TYPES, type AttributeTarget, type AttributeType } from './attribute.policy';

export class AttributeDefinitionDto {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ enum: ATTRIBUTE_TARGETS, enumName: 'AttributeTarget' }) target: AttributeTarget;
  @ApiProperty({ example: 'order_id' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ATTRIBUTE_TYPES, enumName: 'AttributeType' }) type: AttributeType;
  @ApiProperty({ type: [String], nullable: true, description: 'The choices of a list' }) options: string[] | null;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
