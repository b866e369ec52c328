import { HttpStatus, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiExtraModels, ApiResponse, getSchemaPath, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';

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
 * Every value of a string union, as the `enum` of an @ApiProperty: the
 * compiler refuses a list that misses a value or adds one.
 */
export const valuesOf =
  <T extends string>() =>
  <const A extends readonly T[]>(...values: A & ([T] extends [A[number]] ? unknown : never)): A =>
    values;
