import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiProperty, DECORATORS } from '@nestjs/swagger';
import { describe, expect, it } from 'vitest';
import { ApiAnswer, ApiContent, ApiUpload, nullable, optional, valuesOf } from './api-answer';

class ThingDto {
  @ApiProperty() name: string;
}

@Controller('things')
class ThingsController {
  @ApiAnswer({ items: [ThingDto], nextCursor: nullable({ type: 'integer' }) })
  @Get()
  list() {}

  @ApiAnswer({ thing: ThingDto, note: optional({ type: 'string' }), parent: nullable(ThingDto) })
  @Post()
  create() {}

  @ApiAnswer(ThingDto)
  @Post('check')
  @HttpCode(200)
  check() {}

  @ApiContent(['text/csv'], 'A table')
  @ApiContent(['application/octet-stream', 'audio/mpeg'], 'Part of the file', 206)
  @Get('export')
  export() {}

  @ApiUpload()
  @Post('upload')
  upload() {}
}

const responses = (method: keyof ThingsController) => Reflect.getMetadata(DECORATORS.API_RESPONSE, ThingsController.prototype[method]) as Record<string, { schema: unknown }>;

describe(ApiAnswer.name, () => {
  it('takes the route’s own status: 200 for a GET, 201 for a POST, @HttpCode when given', () => {
    expect(Object.keys(responses('list'))).toEqual(['200']);
    expect(Object.keys(responses('create'))).toEqual(['201']);
    expect(Object.keys(responses('check'))).toEqual(['200']);
  });

  it('describes the wrapping object: lists, nullable and optional fields, references to the DTOs', () => {
    expect(responses('list')['200'].schema).toEqual({
      type: 'object',
      properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ThingDto' } }, nextCursor: { type: 'integer', nullable: true } },
      required: ['items', 'nextCursor'],
    });
    expect(responses('create')['201'].schema).toEqual({
      type: 'object',
      properties: {
        thing: { $ref: '#/components/schemas/ThingDto' },
        note: { type: 'string' },
        parent: { nullable: true, allOf: [{ $ref: '#/components/schemas/ThingDto' }] },
      },
      required: ['thing', 'parent'],
    });
  });

  it('answers with a DTO itself when given a class, and registers it as a model', () => {
    expect(responses('check')['200'].schema).toEqual({ $ref: '#/components/schemas/ThingDto' });
    expect(Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, ThingsController)).toContain(ThingDto);
  });

  it('refuses to sit below the route decorator, where the status is not known yet', () => {
    expect(() => {
      class Misplaced {
        @Get()
        @ApiAnswer(ThingDto)
        get() {}
      }
      return Misplaced;
    }).toThrow(/must be above its route decorator/);
  });
});

describe(ApiContent.name, () => {
  it('describes a text media type as a string and any other as bytes, at the status given (200 unless told)', () => {
    expect(responses('export')).toEqual({
      200: { description: 'A table', content: { 'text/csv': { schema: { type: 'string' } } } },
      206: { description: 'Part of the file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'audio/mpeg': { schema: { type: 'string', format: 'binary' } } } },
    });
  });
});

describe(ApiUpload.name, () => {
  it('takes multipart form data with a required binary `file`', () => {
    const upload = ThingsController.prototype.upload;
    expect(Reflect.getMetadata(DECORATORS.API_CONSUMES, upload)).toEqual(['multipart/form-data']);
    expect(Reflect.getMetadata(DECORATORS.API_PARAMETERS, upload)).toEqual([
      expect.objectContaining({ in: 'body', schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } }),
    ]);
  });
});

describe('valuesOf', () => {
  it('returns every value of the union, and the compiler (tsc -p backend) refuses a list missing one or adding one', () => {
    expect(valuesOf<'a' | 'b'>()('a', 'b')).toEqual(['a', 'b']);
    // @ts-expect-error 'b' is missing
    valuesOf<'a' | 'b'>()('a');
    // @ts-expect-error 'c' is no value of the union
    valuesOf<'a' | 'b'>()('a', 'b', 'c');
  });
});
