import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { ATTRIBUTE_FILTER } from './attribute.policy';

const ATTRIBUTE_FILTER_MESSAGE = 'attr must be key:value (an attribute key, a colon, at most 200 characters), at most 5 of them';

/** `attr=order_id:42` (repeatable, all must match): conversations whose own or whose contact's custom attribute has that value. */
export function AttributeFilters(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], example: ['order_id:1042'], description: 'key:value; the conversation’s or its contact’s custom attribute equals the value (a number as written, a checkbox as true or false); repeat for more, all must match' }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value])),
    IsArray({ message: ATTRIBUTE_FILTER_MESSAGE }),
    ArrayMaxSize(5, { message: ATTRIBUTE_FILTER_MESSAGE }),
    IsString({ each: true, message: ATTRIBUTE_FILTER_MESSAGE }),
    Matches(ATTRIBUTE_FILTER, { each: true, message: ATTRIBUTE_FILTER_MESSAGE }),
  );
}

