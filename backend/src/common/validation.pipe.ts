import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { prepareJson } from './json-limits';

export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      text.startsWith(error.property) ? `${field}${text.slice(error.property.length)}` : `${field}: ${text}`,
    );
    return [...own, ...describeValidationErrors(error.children ?? [], field)];
  });
}

/** Rejects unknown fields and wrong types with a 400 that names each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(describeValidationErrors(errors)),
  });
}

/** The same checks for payloads that do not come through a controller (socket events). */
export async function parsePayload<T extends object>(dto: new () => T, payload: unknown): Promise<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new BadRequestException('payload must be an object');
  }
  const nesting = prepareJson(payload, 'payload');
  if (nesting) throw new BadRequestException(nesting);
  // A null field means "not given", as a missing one: @IsOptional lets null through, and no handler expects it.
  const given = Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== null));
  const instance = plainToInstance(dto, given);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new BadRequestException(describeValidationErrors(errors).join('; '));
  return instance;
}
