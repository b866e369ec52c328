import { DECORATORS, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeApi } from './openapi';

/** Endpoints whose success is no JSON body (besides 204s): files, a CSV and pages. */
const NOT_JSON = new Set([
  'get /api/attachments/{key}/{name}',
  'get /api/voice/calls/{id}/recording',
  'get /api/reports/export',
  'get /csat/{token}',
  'post /csat/{token}',
]);

/** The routes anyone may call; each checks what it is given instead (a signed token, a storage key, the widget's keys). */
const PUBLIC = ['get /api/health', 'post /api/auth/login', 'get /api/attachments/{key}/{name}', 'post /api/widget/uploads', 'get /csat/{token}', 'post /csat/{token}'];

/** Answers of their own shape rather than the shared error: the survey page answers every outcome as a page or `{outcome, csatScore}`, the health check its state. */
const OWN_ERROR_SHAPE = new Set(['get /csat/{token} 404', 'get /csat/{token} 409', 'get /csat/{token} 410', 'post /csat/{token} 404', 'post /csat/{token} 409', 'post /csat/{token} 410', 'get /api/health 503']);

const statuses = (operation: OperationObject) => Object.keys(operation.responses);
const schemaOf = (response: unknown, type = 'application/json') => (response as ResponseObject).content?.[type]?.schema as { $ref?: string; type?: string; format?: string } | undefined;

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
    // class-validator lists its targets only in this (private) map.
    const targets = (storage as unknown as { validationMetadatas: Map<unknown, unknown> }).validationMetadatas.keys();
    const mismatched: string[] = [];
    const undocumented: string[] = [];
    let compared = 0;
    for (const target of targets) {
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

  it('gives every operation a summary', () => {
    expect(operations.filter(({ operation }) => !operation.summary?.trim()).map(({ name }) => name)).toEqual([]);
  });

  it('describes every success body by its media type: JSON by schema, files as bytes, CSV and pages as text; only a 204 has none', () => {
    const bodiless = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status, response]) => /^2\d\d$/.test(status) && status !== '204' && !Object.values((response as ResponseObject).content ?? {}).some((media) => media.schema))
        .map(([status]) => `${name} ${status}`),
    );
    expect(bodiless).toEqual([]);
    const byName = new Map(operations.map(({ name, operation }) => [name, operation]));
    expect(schemaOf(byName.get('get /api/attachments/{key}/{name}')?.responses[200], 'application/octet-stream')).toEqual({ type: 'string', format: 'binary' });
    expect(schemaOf(byName.get('get /api/reports/export')?.responses[200], 'text/csv')).toEqual({ type: 'string' });
    expect(statuses(byName.get('delete /api/teams/{id}')!)).toContain('204');
    const upload = byName.get('post /api/conversations/{id}/attachments')?.requestBody as { content: Record<string, { schema: { required: string[]; properties: Record<string, unknown> } }> };
    expect(upload.content['multipart/form-data'].schema).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
  });

  it('says who may call each operation: public routes need nothing, the bot API its bot token, the rest an access token (or an API token where tokens are let in)', () => {
    expect(operations.filter(({ operation }) => operation.security?.length === 0).map(({ name }) => name).sort()).toEqual([...PUBLIC].sort());
    const byName = new Map(operations.map(({ name, operation }) => [name, operation]));
    expect(byName.get('post /api/bot/conversations/{id}/handover')?.security).toEqual([{ botToken: [] }]);
    expect(byName.get('get /api/auth/me')?.security).toEqual([{ bearer: [] }]);
    expect(byName.get('get /api/conversations')?.security).toEqual([{ bearer: [] }, { apiToken: [] }]);
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(['apiToken', 'bearer', 'botToken']);
  });

  it('lists the errors each operation answers, every one as the shared {statusCode, error, message}', () => {
    const missing: string[] = [];
    for (const { name, operation } of operations) {
      const has = new Set(statuses(operation));
      const parameters = operation.parameters ?? [];
      const expected = [
        (operation.requestBody || parameters.length > 0) && '400',
        operation.security?.length && '401',
        operation.security?.some((scheme) => 'bearer' in scheme) && '429',
        parameters.some((parameter) => 'in' in parameter && parameter.in === 'path') && '404',
        '503',
      ].filter((status): status is string => typeof status === 'string');
      missing.push(...expected.filter((status) => !has.has(status)).map((status) => `${name} ${status}`));
    }
    expect(missing).toEqual([]);

    const foreign = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => /^[45]\d\d$/.test(status) && !OWN_ERROR_SHAPE.has(`${name} ${status}`))
        .filter(([, response]) => schemaOf(response)?.$ref !== '#/components/schemas/ErrorAnswer')
        .map(([status]) => `${name} ${status}`),
    );
    expect(foreign).toEqual([]);
    expect(document.components?.schemas?.ErrorAnswer).toMatchObject({ required: ['statusCode', 'error', 'message'] });
  });

  it('lists 403 where roles or API token scopes apply, 409 where the service refuses a conflict, 429 with Retry-After where requests are limited', () => {
    const byName = new Map(operations.map(({ name, operation }) => [name, operation]));
    const response = (name: string, status: number) => byName.get(name)?.responses[status] as ResponseObject | undefined;
    expect(response('post /api/agents', 403)?.description).toMatch(/role admin/);
    expect(response('get /api/reports/summary', 403)?.description).toMatch(/role supervisor or admin/);
    expect(response('post /api/conversations/{id}/messages', 403)?.description).toMatch(/scope `conversations`/);
    expect(response('get /api/agents', 403)).toBeUndefined();
    for (const name of ['post /api/agents', 'post /api/teams', 'delete /api/teams/{id}', 'post /api/conversations/{id}/accept', 'post /api/messages/{id}/retry', 'post /api/quick-replies', 'post /api/contacts/{id}/merge', 'patch /api/inboxes/{id}']) {
      expect(statuses(byName.get(name)!), name).toContain('409');
    }
    expect(response('post /api/auth/login', 429)?.headers).toHaveProperty('Retry-After');
    expect(response('get /api/conversations', 429)?.headers).toHaveProperty('Retry-After');
  });
});
