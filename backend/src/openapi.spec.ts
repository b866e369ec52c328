import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
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
});
