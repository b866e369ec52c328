import { DECORATORS, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from './openapi';

/**
 * Endpoints whose success is no JSON body: no content (204), files and
 * pages, and the health check, which answers 200 or 503 with its own shape.
 */
const NOT_JSON = new Set([
  'get /api/health',
  'get /api/attachments/{key}/{name}',
  'get /api/voice/calls/{id}/recording',
  'get /api/reports/export',
  'get /csat/{token}',
  'post /csat/{token}',
]);

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  const operations: Array<{ name: string; operation: OperationObject }> = [];

  beforeAll(async () => {
    document = await describeApi();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const operation = item[method];
        if (operation) operations.push({ name: `${method} ${path}`, operation });
      }
    }
  });

  it('is built without a database or a port, with every controller in it', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/conversations', '/api/inboxes/{id}', '/api/reports/summary']));
  });

  it('describes what every endpoint answers, so the frontend types are generated and not guessed', () => {
    const undescribed = operations
      .filter(({ name, operation }) => {
        const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
        if (success.some(([status]) => status === '204') || NOT_JSON.has(name)) return false;
        return !success.some(([, response]) => (response as ResponseObject).content?.['application/json']?.schema);
      })
      .map(({ name }) => name);
    expect(undescribed).toEqual([]);
  });

  it('names every schema an answer refers to', () => {
    const refs = [...JSON.stringify(document.paths).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((name) => !document.components?.schemas?.[name])).toEqual([]);
  });

  it('marks a field required exactly when class-validator requires it (no @IsOptional), in every validated DTO', () => {
    // describeApi has loaded every module, so every request DTO (bodies, queries, nested objects) is in the storage.
    const storage = getMetadataStorage();
    const mismatched: string[] = [];
    const undocumented: string[] = [];
    let compared = 0;
    for (const target of storage.validationMetadatas.keys()) {
      if (typeof target !== 'function') continue;
      const rules = storage.getTargetValidationMetadatas(target, '', true, false);
      const documented = new Set(((Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, target.prototype) as string[] | undefined) ?? []).map((key) => key.slice(1)));
      for (const property of new Set(rules.map((rule) => rule.propertyName))) {
        const described = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target.prototype, property) as { required?: boolean } | undefined;
        if (!described) {
          // The socket payloads of the widget are validated the same way but are no part of the REST document (docs/api.md describes them).
          if (!target.name.startsWith('Widget')) undocumented.push(`${target.name}.${property}`);
          continue;
        }
        compared++;
        const optional = rules.some((rule) => rule.propertyName === property && rule.type === ValidationTypes.CONDITIONAL_VALIDATION);
        if ((described.required !== false) === optional) mismatched.push(`${target.name}.${property}: OpenAPI says ${optional ? 'required' : 'optional'}`);
      }
      for (const property of documented) if (!rules.some((rule) => rule.propertyName === property)) undocumented.push(`${target.name}.${property} (described, never validated)`);
    }
    expect(compared).toBeGreaterThan(200);
    expect(mismatched).toEqual([]);
    expect(undocumented).toEqual([]);
  });
});
