import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOperator, customerWrites, waitFor } from '../support/operators';
import { listHttpRoutes } from '../support/routes';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every operation of the OpenAPI document, and the few routes it leaves out
 * (webhooks, the demo page), called with generated path parameters, queries
 * and bodies: well-typed values, and type confusion, nulls, huge numbers,
 * deep nesting, long and odd Unicode strings in their place. Each request is
 * made as an admin or without a login (and with the bot token on the bot
 * API). Properties: never a 5xx; nothing logged as an error; a refused
 * request changes no table; /api/health stays up.
 *
 * FUZZ_RUNS cases in all (3,000 by default, spread evenly over the
 * operations), from the fixed FUZZ_SEED, so a failure replays. A longer
 * run: `npm run fuzz:api -w backend` (50,000 cases; FUZZ_SEED=n for others).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

/** Routes OpenAPI leaves out on purpose; fuzzed with bodies of any shape. */
const UNDOCUMENTED = ['POST /webhooks/telegram/:inboxId', 'GET /webhooks/meta/:inboxId', 'POST /webhooks/meta/:inboxId', 'POST /webhooks/twilio/:inboxId/:hook', 'GET /demo'];

/** Tables a refused request may still write: a wrong password is counted (the login lockout). */
const WRITTEN_WHEN_REFUSED = new Set(['login_failures']);

interface SchemaObject {
  type?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  enum?: unknown[];
  $ref?: string;
  allOf?: SchemaObject[];
  maxLength?: number;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; schema?: SchemaObject }>; requestBody?: { content: Record<string, { schema: SchemaObject }> } }>>;
  components: { schemas: Record<string, SchemaObject> };
}

interface Operation {
  route: string;
  method: string;
  /** `/api/conversations/:id`, as Express has it. */
  path: string;
  numericParams: Set<string>;
  query: Array<{ name: string; schema: SchemaObject }>;
  body?: SchemaObject;
}

interface FuzzRequest {
  caller: 'admin' | 'anonymous' | 'bot';
  path: string;
  contentType?: string;
  body?: string;
}

// ---- values ----

const ODD_STRINGS = [
  '', ' ', '0', '-1', '1.5', '1e3', 'null', 'true', '[]', '{}', 'NaN', 'Infinity', '%', '%zz', '%00', '\u0000', 'a\u0000b', '\u202e\u2066',
  '\ud800', '\udfff', 'a\u0301\u0301\u0301\u0301', '😀👍🏽👨‍👩‍👧', '𝕏𝔂', '\u2028\u2029', '\r\n\t', '<script>alert(1)</script>', "' OR 1=1 --",
  '__proto__', 'constructor', '../../etc/passwd', '{{contact.name}}', '{{', 'ﷺ', 'İı', 'ß', '١٢٣',
];
const ODD_NUMBERS = [0, -0, -1, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, 1e21, 1e300, -1e300, Number.MIN_VALUE, 0.1 + 0.2];

const oddString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'ж', '😀', '\u0301', 'é'), fc.integer({ min: 200, max: 70_000 })).map(([unit, n]) => unit.repeat(n)) },
);
const oddNumber = fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
/** Arrays or objects nested around the 64 levels a request may have. */
const deeplyNested = fc.tuple(fc.integer({ min: 56, max: 72 }), fc.boolean()).map(([levels, arrays]) => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = arrays ? [value] : { a: value };
  return value;
});
const anyJson = fc.jsonValue({ maxDepth: 3 });
/** Something of the wrong kind where a field is expected. */
const confused = fc.oneof(fc.constant(null), oddString, oddNumber, fc.boolean(), deeplyNested, anyJson, fc.constant([]), fc.constant({}));

/** The custom attributes the world defines (for contacts and conversations alike), so that generated values reach each type's check. */
const ATTRIBUTES: Array<{ key: string; label: string; type: string; options?: string[] }> = [
  { key: 'order_no', label: 'Order number', type: 'number' },
  { key: 'tier', label: 'Tier', type: 'list', options: ['gold', 'silver'] },
  { key: 'due', label: 'Due', type: 'date' },
  { key: 'vip', label: 'VIP', type: 'checkbox' },
  { key: 'crm', label: 'CRM', type: 'link' },
  { key: 'topic', label: 'Topic', type: 'text' },
];
/** Values for those attributes: of each type, of another, and null (remove it). */
const attributeValues = fc.dictionary(
  fc.constantFrom(...ATTRIBUTES.map((a) => a.key), 'unknown_key'),
  fc.oneof(fc.constantFrom('gold', '2026-12-24', 'https://crm.example.test/1', '', null), fc.boolean(), fc.integer(), confused),
  { maxKeys: 3 },
);

/** Small numbers are the ids of the rows the world holds, so most id-shaped values find a row. */
const idLike = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 2, arbitrary: fc.integer({ min: -3, max: 300 }) }, { weight: 1, arbitrary: oddNumber });

/** Values a field of this name expects, so that well-typed bodies get past format checks and into the services. */
function namedString(name: string): fc.Arbitrary<string> {
  if (/email|address/i.test(name)) return fc.oneof(fc.emailAddress(), fc.constant('admin@test.local'));
  if (/url/i.test(name)) return fc.oneof(fc.webUrl(), fc.constant('https://bot.example.test/hook'));
  if (/language/i.test(name)) return fc.constantFrom('en', 'uk', 'pt-BR', 'zz');
  if (/^(from|to)$/.test(name)) return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  if (/colou?r/i.test(name)) return fc.constantFrom('#2563eb', '#000000');
  if (/shortcut/i.test(name)) return fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/);
  if (/password/i.test(name)) return fc.constantFrom('admin-password-1', 'password-123');
  if (/phone/i.test(name)) return fc.constantFrom('+380 44 123 45 67', '+49301234567');
  if (/timeZone/i.test(name)) return fc.constantFrom('Europe/Berlin', 'UTC', 'Mars/Olympus');
  return fc.string({ maxLength: 40 });
}

function resolveSchema(schema: SchemaObject, doc: OpenApi): SchemaObject {
  if (schema.$ref) return resolveSchema(doc.components.schemas[schema.$ref.split('/').at(-1)!], doc);
  if (schema.allOf?.length) return { ...schema, ...resolveSchema(schema.allOf[0], doc), allOf: undefined };
  return schema;
}

/**
 * A value of the schema's type; unless `wellTyped`, something else a fifth
 * of the time, at every level. Well-typed bodies get past the DTO checks
 * and into the services; the others try the checks themselves.
 */
function valueOf(schema: SchemaObject, doc: OpenApi, name: string, depth: number, wellTyped: boolean): fc.Arbitrary<unknown> {
  const typed = typedValueOf(resolveSchema(schema, doc), doc, name, depth, wellTyped);
  return wellTyped ? typed : fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: confused });
}

function typedValueOf(schema: SchemaObject, doc: OpenApi, name: string, depth: number, wellTyped = false): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      const edges = schema.maxLength ? [fc.constantFrom('é'.repeat(schema.maxLength), 'é'.repeat(schema.maxLength + 1))] : [];
      return fc.oneof(namedString(name), oddString, ...edges);
    }
    case 'number':
    case 'integer':
      return idLike;
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? valueOf(schema.items, doc, name, depth + 1, wellTyped) : anyJson, { maxLength: 4 });
    case 'object':
      if (schema.properties && depth < 6) return objectOf(schema, doc, depth + 1, wellTyped);
      if (name === 'attributes') return attributeValues;
      // A union type (`string | null`) is described as an object without properties.
      return fc.oneof(namedString(name), anyJson, fc.constant(null));
    default:
      return anyJson;
  }
}

function objectOf(schema: SchemaObject, doc: OpenApi, depth: number, wellTyped: boolean): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([field, s]) => [field, valueOf(s, doc, field, depth, wellTyped)]));
  const required = (schema.required ?? []).filter((field) => field in fields);
  const optional = Object.keys(fields).filter((field) => !required.includes(field));
  const withFields = (names: string[]) => fc.record(Object.fromEntries(names.map((field) => [field, fields[field]])));
  // A well-typed body gives a few optional fields, so it is valid often enough to be acted on.
  const own = wellTyped ? fc.subarray(optional, { maxLength: Math.min(3, optional.length) }).chain((names) => withFields([...required, ...names])) : fc.record(fields, { requiredKeys: required });
  const extra = fc.dictionary(fc.constantFrom('extra', 'id', 'isAdmin', '__proto__', 'constructor', 'agentId'), confused, { maxKeys: 2 });
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: 1, arbitrary: fc.tuple(own, extra).map(([a, b]) => ({ ...a, ...b })) });
}

function bodyOf(operation: Operation, doc: OpenApi): fc.Arbitrary<{ contentType?: string; body?: string }> {
  if (operation.method === 'GET') return fc.constant({});
  const json = (value: fc.Arbitrary<unknown>) => value.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null' }));
  const shaped = operation.body
    ? fc.boolean().chain((wellTyped) => objectOf(resolveSchema(operation.body!, doc), doc, 0, wellTyped))
    : fc.dictionary(fc.string({ maxLength: 12 }), confused, { maxKeys: 4 });
  const broken = fc.constantFrom('{', '{"a":', '[1,]', '\ufeff{}', '{"a":1}{"b":2}', 'null', '"text"', '12').map((body) => ({ contentType: 'application/json', body }));
  const otherTypes = fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml'), fc.string({ maxLength: 60 })).map(([contentType, body]) => ({ contentType, body }));
  return fc.oneof({ weight: 12, arbitrary: json(shaped) }, { weight: 2, arbitrary: json(confused) }, { weight: 1, arbitrary: broken }, { weight: 1, arbitrary: otherTypes }, { weight: 1, arbitrary: fc.constant({}) });
}

/** A path segment; a lone surrogate goes as the replacement character, as a browser would send it. */
const segmentOf = (value: string) => encodeURIComponent(Buffer.from(value).toString());

function pathOf(operation: Operation, forbiddenIds: number[]): fc.Arbitrary<string> {
  const names = [...operation.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const idParam = idLike.filter((id) => !forbiddenIds.includes(id as number)).map(String);
  const segment = (name: string) =>
    fc.oneof(
      { weight: 8, arbitrary: (operation.numericParams.has(name) ? idParam : namedString(name)).map(segmentOf) },
      { weight: 1, arbitrary: oddString.map((v) => segmentOf(v.slice(0, 200))) },
      { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '%2F', '0x10', '1e3', ' 1', '01', '١') },
    );
  return fc.tuple(...names.map(segment)).map((values) => names.reduce((path, name, i) => path.replace(`:${name}`, values[i]), operation.path));
}

function queryOf(operation: Operation, doc: OpenApi): fc.Arbitrary<string> {
  const params = operation.query.map(({ name, schema }) => {
    const value = fc.oneof({ weight: 4, arbitrary: typedValueOf(resolveSchema(schema, doc), doc, name, 0) }, { weight: 1, arbitrary: confused });
    const text = value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));
    const given = fc.oneof({ weight: 6, arbitrary: text.map((v) => [[name, v]]) }, { weight: 1, arbitrary: fc.tuple(text, text).map(([a, b]) => [[name, a], [name, b]]) });
    return fc.oneof(fc.constant(undefined), given);
  });
  const unknown = fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('extra', 'debug', '__proto__'), oddString).map(([k, v]) => [[k, v.slice(0, 100)]]) });
  return fc.tuple(fc.tuple(...params), unknown).map(([given, extra]) => {
    const pairs = [...given, extra].filter((p): p is string[][] => p !== undefined).flat();
    return pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '';
  });
}

function requestsFor(operation: Operation, doc: OpenApi, forbiddenIds: number[]): fc.Arbitrary<FuzzRequest> {
  const callers: Array<FuzzRequest['caller']> = operation.path.startsWith('/api/bot/') ? ['bot', 'admin', 'anonymous'] : ['admin', 'admin', 'anonymous'];
  return fc
    .tuple(fc.constantFrom(...callers), pathOf(operation, forbiddenIds), queryOf(operation, doc), bodyOf(operation, doc))
    .map(([caller, path, query, body]) => ({ caller, path: path + query, ...body }));
}

// ---- the operations ----

function operationsOf(doc: OpenApi, expressRoutes: string[]): Operation[] {
  const documented = Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]): Operation => {
      const path = template.replace(/\{(\w+)\}/g, ':$1');
      const params = op.parameters ?? [];
      const body = op.requestBody?.content['application/json']?.schema;
      return {
        route: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        numericParams: new Set(params.filter((p) => p.in === 'path' && p.schema?.type === 'number').map((p) => p.name)),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        ...(body ? { body } : {}),
      };
    }),
  );
  const undocumented = UNDOCUMENTED.map((route): Operation => {
    const [method, path] = route.split(' ');
    return { route, method, path, numericParams: new Set(['inboxId']), query: [] };
  });
  // Deletes last, so that every other route finds the rows of the world.
  const deletesLast = (op: Operation) => (op.method === 'DELETE' ? 1 : 0);
  return [...documented, ...undocumented].filter((op) => expressRoutes.includes(op.route)).sort((a, b) => deletesLast(a) - deletesLast(b));
}

// ---- the world ----

/** A provider that is up and refuses every call, so that setting up a channel is the admin's input at fault (400), never an outage. */
async function refusingProvider(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized', error: { message: 'Invalid OAuth access token', type: 'OAuthException', code: 190 }, code: 20003, message: 'Authenticate', status: 401 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the HTTP API under fuzzing', () => {
  let t: TestApp;
  let provider: { server: Server; url: string };
  let doc: OpenApi;
  let operations: Operation[] = [];
  const tokens: Record<FuzzRequest['caller'], string | undefined> = { admin: undefined, anonymous: undefined, bot: undefined };
  /** Ids the fuzzing must not change: the admin (a new password or role voids the token it uses) and the bot whose token it uses. */
  const untouchable: Record<string, number[]> = {};
  let tables: string[];
  const statuses = new Map<number, number>();
  /** Per route, how often each status came: FUZZ_REPORT=1 prints it, to see which routes the generated requests get into. */
  const routeStatuses = new Map<string, Map<number, number>>();
  const loggedErrors = vi.spyOn(Logger.prototype, 'error');
  const started = Date.now();

  beforeAll(async () => {
    provider = await refusingProvider();
    t = await startTestApp({
      TELEGRAM_API_ROOT: provider.url,
      META_GRAPH_API_URL: provider.url,
      TWILIO_API_URL: provider.url,
      WHATSAPP_WEB_ENABLED: 'false',
    });
    tokens.admin = await t.login();
    const adminId = (await t.api('/api/auth/me', { token: tokens.admin })).body.user.id;
    untouchable['PATCH /api/agents/:id'] = [adminId];
    doc = (await t.api('/api/docs-json')).body;
    operations = operationsOf(doc, listHttpRoutes(t.app));

    // Rows for the small ids to find: a team and its operator, conversations held, closed and reviewed, a quick reply, a bot.
    const admin = tokens.admin;
    const team = (await t.api('/api/teams', { token: admin, body: { name: 'Fuzz team' } })).body.team.id;
    await createOperator(t, admin, { name: 'Fuzz operator', teamIds: [team] });
    const inbox = (await t.api('/api/inboxes', { token: admin })).body.items[0];
    await t.api('/api/agents/me/status', { method: 'PATCH', token: admin, body: { status: 'online' } });
    for (const text of ['first', 'second', 'third']) {
      const { conversationId } = await customerWrites(t, inbox.publicKey, text);
      await waitFor(() => t.api(`/api/conversations/${conversationId}`, { token: admin }), (r) => r.body.conversation?.status === 'assigned', 5000, 'a conversation assigned');
    }
    const closed = (await customerWrites(t, inbox.publicKey, 'to close')).conversationId;
    await waitFor(() => t.api(`/api/conversations/${closed}`, { token: admin }), (r) => r.body.conversation?.status === 'assigned', 5000, 'a conversation assigned');
    await t.api(`/api/conversations/${closed}/close`, { method: 'POST', token: admin });
    await t.api('/api/reviews', { token: admin, body: { conversationId: closed } });
    await t.api('/api/quick-replies', { token: admin, body: { scope: 'global', shortcut: 'hello', title: 'Hello', content: 'Hello {{contact.name | there}}' } });
    const bots = [];
    for (const name of ['Bot site', 'Spare bot site']) {
      const botInbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name } })).body.inbox;
      bots.push((await t.api('/api/bots', { token: admin, body: { inboxId: botInbox.id, name, kind: 'external', enabled: true, webhookUrl: `${provider.url}/bot` } })).body);
    }
    tokens.bot = bots[0].credentials.token;
    for (const route of ['PATCH /api/bots/:id', 'DELETE /api/bots/:id', 'POST /api/bots/:id/credentials']) untouchable[route] = [bots[0].bot.id];
    // For the newer routes: a label on a conversation, attributes of every type, a macro to run, an API token.
    // (No outgoing webhook: its deliveries write in the background, which the row counts would take for a refused request's.)
    const label = (await t.api('/api/labels', { token: admin, body: { name: 'Fuzz label', color: '#2563eb' } })).body.label.id;
    await t.api(`/api/conversations/${closed - 1}/labels`, { method: 'PUT', token: admin, body: { labelIds: [label] } });
    for (const target of ['contact', 'conversation']) for (const definition of ATTRIBUTES) await t.api('/api/attribute-definitions', { token: admin, body: { target, ...definition } });
    const macro = { name: 'Fuzz macro', scope: 'shared', actions: [{ type: 'add-labels', labelIds: [label] }, { type: 'add-note', text: 'Seen by {{agent.name}} for {{contact.name | them}}' }, { type: 'set-priority', priority: 'high' }] };
    await t.api('/api/macros', { token: admin, body: macro });
    await t.api('/api/api-tokens', { token: admin, body: { name: 'Fuzz token', scopes: ['read'] } });
    const world = await t.api('/api/attribute-definitions', { token: admin });
    expect(world.body.items, 'the attributes of the world').toHaveLength(2 * ATTRIBUTES.length);
    expect((await t.api('/api/macros', { token: admin })).body.items, 'the macro of the world').toHaveLength(1);

    const db = t.app.get(DataSource);
    tables = db.entityMetadatas.map((m) => m.tableName).filter((name) => !WRITTEN_WHEN_REFUSED.has(name)).sort();
  });

  afterAll(async () => {
    loggedErrors.mockRestore();
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ');
    if (process.env.FUZZ_REPORT) {
      for (const [route, seen] of routeStatuses) console.info(`${route}: ${[...seen.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')}`);
    }
    console.info(`API fuzz: ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests over ${operations.length} operations in ${seconds} s (seed ${SEED}); ${byStatus}`);
    await t?.close();
    provider?.server.close();
  });

  async function tableCounts(): Promise<Record<string, number>> {
    const db = t.app.get(DataSource);
    const [row] = await db.query(`SELECT ${tables.map((table) => `(SELECT COUNT(*) FROM ${table}) AS ${table}`).join(', ')}`);
    return Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([table, n]) => [table, Number(n)]));
  }

  async function send(request: FuzzRequest, method: string): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = {};
    const token = tokens[request.caller];
    if (token) headers.authorization = `Bearer ${token}`;
    if (request.contentType) headers['content-type'] = request.contentType;
    const res = await fetch(t.url + request.path, { method, headers, body: request.body, signal: AbortSignal.timeout(20_000) });
    return { status: res.status, text: await res.text() };
  }

  it('fuzzes every route the application serves', () => {
    const covered = new Set(operations.map((op) => op.route));
    const missing = listHttpRoutes(t.app).filter((route) => !covered.has(route) && !/^GET \/api\/docs/.test(route));
    expect(missing).toEqual([]);
  });

  it(`keeps every answer below 500 for ${RUNS} generated requests, writes nothing it refuses, and stays healthy`, async () => {
    const perOperation = Math.max(1, Math.ceil(RUNS / operations.length));
    const failures: string[] = [];
    for (const [index, operation] of operations.entries()) {
      const outcome = await fc.check(
        fc.asyncProperty(requestsFor(operation, doc, untouchable[operation.route] ?? []), async (request) => {
          const before = operation.method === 'GET' ? undefined : await tableCounts();
          loggedErrors.mockClear();
          const res = await send(request, operation.method);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const seen = routeStatuses.get(operation.route) ?? new Map<number, number>();
          routeStatuses.set(operation.route, seen.set(res.status, (seen.get(res.status) ?? 0) + 1));
          const logged = loggedErrors.mock.calls.map((call) => String(call[0]).split('\n').slice(0, 3).join(' | '));
          const shown = `${operation.method} ${request.path} as ${request.caller} (${request.contentType ?? 'no body'}: ${request.body?.slice(0, 2000)}) → ${res.status} ${res.text.slice(0, 300)}; logged: ${logged.join('; ')}`;
          expect(res.status, shown).toBeLessThan(500);
          expect(logged, shown).toEqual([]);
          if (before && res.status >= 400) expect(await tableCounts(), shown).toEqual(before);
        }),
        { numRuns: perOperation, seed: SEED + index, endOnFailure: true },
      );
      if (outcome.failed) failures.push(`${operation.route} (seed ${SEED + index}): ${outcome.errorInstance instanceof Error ? outcome.errorInstance.message : String(outcome.errorInstance)}`);
      const health = await t.api('/api/health');
      expect(health, `health after ${operation.route}`).toMatchObject({ status: 200, body: { db: 'ok' } });
    }
    expect(failures).toEqual([]);
  }, 60_000 + RUNS * 250);
});
