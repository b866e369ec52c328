import { ApiProperty } from '@nestjs/swagger';

/** A label as a conversation carries it. */
export class LabelRef {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ example: '#2f80ed' }) color: string;
}

export class LabelDto extends LabelRef {
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: 'integer', description: 'Conversations that carry it (open and closed)' }) conversations: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}
