import { applyDecorators, HttpStatus, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';

/**
 * One field of an answer: a DTO class, `[Class]` for a list of them, or a
 * schema (`{ type: 'string' }`); `nullable()` and `optional()` wrap any of these.
 */
export type AnswerField = Type<unknown> | [Type<unknown>] | SchemaObject | Modified;

interface Modified {
  field: Exclude<AnswerField, Modified>;
  nullable?: true;
  optional?: true;
}

export const nullable = (field: Exclude<AnswerField, Modified>): Modified => ({ field, nullable: true });
export const optional = (field: Exclude<AnswerField, Modified>): Modified => ({ field, optional: true });

/**
 * What an endpoint answers, in the OpenAPI document: a DTO class, or the
 * `{key: …}` object most endpoints wrap their DTOs in. The status is the
 * route's own (201 for a POST unless @HttpCode says otherwise), so this goes
 * above the route decorator and @HttpCode, where both are already applied.
 *
 * The frontend's API types are generated from these (docs/api.md).
 */
export function ApiAnswer(answer: Type<unknown> | Record<string, AnswerField>, description = ''): MethodDecorator {
  return (target, key, descriptor) => {
    const method = descriptor.value as object;
    const verb = Reflect.getMetadata(METHOD_METADATA, method) as RequestMethod | undefined;
    if (verb === undefined) throw new Error(`@ApiAnswer on ${target.constructor.name}.${String(key)} must be above its route decorator`);
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, method) as number | undefined) ?? (verb === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
    const models = new Set<Type<unknown>>();
    const schema = typeof answer === 'function' ? refTo(answer, models) : objectOf(answer, models);
    ApiExtraModels(...models)(target.constructor);
    ApiResponse({ status, description, schema })(target, key, descriptor);
  };
}

function objectOf(fields: Record<string, AnswerField>, models: Set<Type<unknown>>): SchemaObject {
  const properties: Record<string, SchemaObject | ReferenceObject> = {};
  const required: string[] = [];
  for (const [name, given] of Object.entries(fields)) {
    const modified = isModified(given) ? given : { field: given };
    const schema = schemaOf(modified.field, models);
    properties[name] = !modified.nullable ? schema : '$ref' in schema ? { nullable: true, allOf: [schema] } : { ...schema, nullable: true };
    if (!modified.optional) required.push(name);
  }
  return { type: 'object', properties, required };
}

function schemaOf(field: Exclude<AnswerField, Modified>, models: Set<Type<unknown>>): SchemaObject | ReferenceObject {
  if (Array.isArray(field)) return { type: 'array', items: refTo(field[0], models) };
  if (typeof field === 'function') return refTo(field, models);
  return field;
}

function refTo(model: Type<unknown>, models: Set<Type<unknown>>): ReferenceObject {
  models.add(model);
  return { $ref: getSchemaPath(model) };
}

const isModified = (field: AnswerField): field is Modified => typeof field === 'object' && !Array.isArray(field) && 'field' in field;

/**
 * A success that is no JSON (a file, a CSV, a page), in each media type
 * given: text as a string, anything else as bytes.
 */
export const ApiContent = (mediaTypes: readonly string[], description: string, status: number = HttpStatus.OK): MethodDecorator =>
  ApiResponse({ status, description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } }])) });

/** A multipart upload of one file in the field `file` (`FileInterceptor('file')`). */
export const ApiUpload = (): MethodDecorator =>
  applyDecorators(ApiConsumes('multipart/form-data'), ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } }));

/**
 * Every value of a string union, as the `enum` of an @ApiProperty: the
 * compiler refuses a list that misses a value or adds one.
 */
export const valuesOf =
  <T extends string>() =>
  <const A extends readonly T[]>(...values: A & ([T] extends [A[number]] ? unknown : never)): A =>
    values;

/** Every error answer (http-exception.filter.ts); the OpenAPI document gives it to every 4xx and 5xx (openapi-access.ts). */
export class ErrorAnswer {
  @ApiProperty({ example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found', description: 'The reason phrase of the status' }) error: string;
  @ApiProperty({ example: 'Conversation 7 not found', description: 'What went wrong; for a 400, the field at fault first' }) message: string;
}
