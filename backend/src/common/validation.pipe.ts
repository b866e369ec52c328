import { type ArgumentMetadata, BadRequestException, type ValidationError, ValidationPipe } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidatorOptions } from 'class-validator';
import { prepareJson } from './json-limits';
import { messageTextCeiling } from './message-text';

/** What the integer columns hold (ids are positive ones): a number past it would fail in the database, not here. */
export const INT32_MAX = 2 ** 31 - 1;
export const INT32_MIN = -(2 ** 31);

/** A 400 lists this many problems at most: a body of 100,000 unknown fields must not come back a hundred times larger. */
const PROBLEMS_LISTED = 10;

export interface RequestLimits {
  /** MESSAGE_MAX_CHARS: the longest text of a message. */
  messageMaxChars: number;
}

export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      text.startsWith(error.property) ? `${field}${text.slice(error.property.length)}` : `${field}: ${text}`,
    );
    return [...own, ...describeValidationErrors(error.children ?? [], field)];
  });
}

function badRequest(errors: ValidationError[]): BadRequestException {
  const problems = describeValidationErrors(errors);
  const listed = problems.length > PROBLEMS_LISTED ? [...problems.slice(0, PROBLEMS_LISTED), `and ${problems.length - PROBLEMS_LISTED} more`] : problems;
  return new BadRequestException(listed);
}

/** An object class-transformer built from a DTO class (or a nested one), as opposed to a free-form object, an array or a value. */
function isDto(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype !== Object.prototype && prototype !== null;
}

/** Whether null is a value of its own for this field (clears it, removes a section): its OpenAPI description says `nullable`. */
function acceptsNull(dto: object, field: string): boolean {
  const described = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto, field) as { nullable?: boolean } | undefined;
  return described?.nullable === true;
}

/**
 * Null in a field means "not given", as a missing field does, so it gets
 * the field's default and the field's own rules: an optional field is left
 * out, a required one is reported missing. (@IsOptional lets null through,
 * and no service expects it.) Fields documented as nullable keep it.
 */
function forgetNulls(dto: Record<string, unknown>): void {
  let defaults: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(dto)) {
    if (value === null && !acceptsNull(dto, field)) {
      defaults ??= new (dto.constructor as new () => Record<string, unknown>)();
      if (defaults[field] === undefined) delete dto[field];
      else dto[field] = defaults[field];
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) if (isDto(item)) forgetNulls(item);
  }
}

/** A field (`automation.greeting.text.en`) and what is wrong with it. */
type Problem = [field: string, problem: string];

function tooLong(value: unknown, max: number, path: string): Problem[] {
  if (typeof value === 'string') return value.length > max ? [[path, `must be at most ${max} characters`]] : [];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([language, text]) => tooLong(text, max, `${path}.${language}`));
  }
  return [];
}

function outOfRange(value: number, path: string): Problem[] {
  if (value > INT32_MAX) return [[path, `must be at most ${INT32_MAX}`]];
  if (value < INT32_MIN) return [[path, `must be at least ${INT32_MIN}`]];
  return [];
}

/**
 * What a DTO's decorators cannot say: message texts against
 * MESSAGE_MAX_CHARS, and every number of a DTO field (ids, counts,
 * seconds) within the 32-bit integers the columns hold. Free-form objects
 * (a bot's flow, custom attributes) are left to their own checks.
 */
function limitProblems(dto: Record<string, unknown>, messageMaxChars: number, parent = ''): Problem[] {
  return Object.entries(dto).flatMap(([field, value]) => {
    const path = parent ? `${parent}.${field}` : field;
    const ceiling = messageTextCeiling(dto, field);
    if (ceiling !== undefined) return tooLong(value, Math.min(ceiling, messageMaxChars), path);
    const items: Array<[string, unknown]> = Array.isArray(value) ? value.map((item, i) => [`${path}.${i}`, item]) : [[path, value]];
    return items.flatMap(([at, item]) => (typeof item === 'number' ? outOfRange(item, at) : isDto(item) ? limitProblems(item, messageMaxChars, at) : []));
  });
}

function asValidationErrors(problems: Problem[]): ValidationError[] {
  return problems.map(([field, problem]): ValidationError => ({ property: field, constraints: { limit: `${field} ${problem}` }, children: [] }));
}

/**
 * Every number in a route's path is a row id: a positive 32-bit integer.
 * Checked here, before ParseIntPipe, so the answer names the parameter and
 * an id past the column's range never reaches a query.
 */
function rowId(value: unknown, name: string | undefined): number {
  if (typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= INT32_MAX) return Number(value);
  throw new BadRequestException(`${name ?? 'id'} must be a whole number from 1 to ${INT32_MAX}`);
}

/**
 * Rejects unknown fields and wrong types with a 400 that names each field;
 * reads null as not given; holds message texts to MESSAGE_MAX_CHARS and
 * numbers to the columns' range.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor(private readonly limits: RequestLimits) {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: badRequest });
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' && metadata.metatype === Number) return Promise.resolve(rowId(value, metadata.data));
    return super.transform(value, metadata);
  }

  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    if (!isDto(object)) return super.validate(object, options);
    forgetNulls(object);
    const errors = await super.validate(object, options);
    return errors.length > 0 ? errors : asValidationErrors(limitProblems(object, this.limits.messageMaxChars));
  }
}

/** The same checks for payloads that do not come through a controller (socket events), which hold their texts to the limit themselves. */
export async function parsePayload<T extends object>(dto: new () => T, payload: unknown): Promise<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new BadRequestException('payload must be an object');
  }
  const nesting = prepareJson(payload, 'payload');
  if (nesting) throw new BadRequestException(nesting);
  const instance = plainToInstance(dto, payload);
  forgetNulls(instance as Record<string, unknown>);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  const problems = describeValidationErrors(errors.length > 0 ? errors : asValidationErrors(limitProblems(instance as Record<string, unknown>, Number.POSITIVE_INFINITY)));
  if (problems.length > 0) throw new BadRequestException(problems.slice(0, PROBLEMS_LISTED).join('; '));
  return instance;
}
