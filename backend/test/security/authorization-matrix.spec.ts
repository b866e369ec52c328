import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { refusalMessage, type ApiTokenScope, type TokenRule } from '../../src/api-tokens/api-token.policy';
import { IS_PUBLIC, ROLES } from '../../src/auth/auth.decorators';
import { WidgetGateway } from '../../src/channels/webchat/widget.gateway';
import { createOpenApiDocument } from '../../src/openapi';
import { AgentsGateway } from '../../src/realtime/agents.gateway';
import { createOperator } from '../support/operators';
import { listHandlers, listHttpRoutes, listSocketEvents } from '../support/routes';
import { connectSocket, connectVisitor, startTestApp, type TestApp } from '../support/test-app';
import { ROUTES } from './idor-routes';

/**
 * The authorization matrix, generated from the OpenAPI document: for every
 * operation the anonymous caller is refused (401) unless the route is
 * public, and then it must be listed below with why; a route for
 * supervisors or admins (`@Roles`) refuses the plain operator (403), and one
 * for admins refuses supervisors too; the other team's operator is probed
 * by the IDOR suite, whose table must name every operation (with a probe,
 * or an exemption: one that says "admin only" or "supervisors only" must
 * match the route's @Roles). A route added later is in the document, so it
 * is checked without anyone remembering to.
 * API tokens get a matrix of their own: every operation, one token per scope.
 * Socket events get the same matrix below. Every refusal met here must be
 * one of the answers the document lists for the operation.
 */

/**
 * Routes without an operator's login, what protects them instead, and
 * whether an anonymous call (no credentials of that kind either, ids that
 * do not exist) must be refused.
 */
const PUBLIC: Record<string, { guard: string; refusesAnonymous: boolean }> = {
  'POST /api/auth/login': { guard: 'credentials, with lockout (login-security spec)', refusesAnonymous: true },
  'GET /api/health': { guard: 'no data', refusesAnonymous: false },
  'GET /api/attachments/{key}/{name}': { guard: 'the 192-bit random key is the capability', refusesAnonymous: true },
  'POST /api/widget/uploads': { guard: 'the signed visitor token', refusesAnonymous: true },
  'GET /csat/{token}': { guard: 'the signed survey token (csat spec)', refusesAnonymous: true },
  'POST /csat/{token}': { guard: 'the signed survey token (csat spec)', refusesAnonymous: true },
  'POST /api/bot/conversations/{id}/messages': { guard: 'the bot’s own token (BotTokenGuard; bots spec)', refusesAnonymous: true },
  'POST /api/bot/conversations/{id}/handover': { guard: 'the bot’s own token (BotTokenGuard; bots spec)', refusesAnonymous: true },
};

/** Served but not in the API document (not an API for clients), with what protects them. */
const NOT_DOCUMENTED: Record<string, string> = {
  'POST /webhooks/telegram/:inboxId': 'Telegram’s secret token header (telegram-webhook spec)',
  'GET /webhooks/meta/:inboxId': 'the verify token (meta-webhook spec)',
  'POST /webhooks/meta/:inboxId': 'the app secret signature (meta-webhook spec)',
  'POST /webhooks/twilio/:inboxId/:hook': 'Twilio’s request signature (webhook-signatures spec)',
  'GET /demo': 'the public demo page, off unless DEMO is on',
};

/**
 * What an API token needs for each write that is not an admin route (those
 * need `admin`, reads need any token; api-token.policy.ts): the scope its
 * route declares with @ApiTokenScope, or `closed` (no declaration: tokens
 * are refused). A write added later fails the token matrix until it is
 * given a row here, and refuses tokens meanwhile.
 */
const TOKEN_WRITES: Record<string, Exclude<TokenRule, 'read' | 'admin'>> = {
  'POST /api/conversations/{id}/messages': 'conversations',
  'POST /api/conversations/{id}/attachments': 'conversations',
  'POST /api/conversations/{id}/close': 'conversations',
  'POST /api/conversations/{id}/transfer': 'conversations',
  'POST /api/conversations/{id}/template': 'conversations',
  'PATCH /api/conversations/{id}': 'conversations',
  'PUT /api/conversations/{id}/labels': 'conversations',
  'POST /api/conversations/{id}/snooze': 'conversations',
  'POST /api/conversations/{id}/unsnooze': 'conversations',
  'POST /api/conversations/{id}/macros/{macroId}/preview': 'conversations',
  'POST /api/conversations/{id}/macros/{macroId}/run': 'conversations',
  'PATCH /api/conversations/{id}/attributes': 'conversations',
  'POST /api/messages/{id}/retry': 'conversations',
  'POST /api/supervision/conversations/{id}/whisper': 'conversations',
  'POST /api/supervision/conversations/{id}/reassign': 'conversations',
  'PATCH /api/contacts/{id}': 'contacts',
  'PATCH /api/contacts/{id}/attributes': 'contacts',
  'POST /api/contacts/{id}/merge': 'contacts',
  // A token is nobody's operator: it holds, accepts, declines, takes over and calls nothing, and has no status.
  'POST /api/conversations/{id}/accept': 'closed',
  'POST /api/conversations/{id}/decline': 'closed',
  'POST /api/supervision/conversations/{id}/take-over': 'closed',
  'POST /api/conversations/{id}/call': 'closed',
  'POST /api/voice/token': 'closed',
  'PATCH /api/agents/me/status': 'closed',
  // A token with the contacts scope may unblock a contact marked as spam, as a supervisor may.
  'DELETE /api/contacts/{id}/block': 'contacts',
  'POST /api/auth/logout': 'closed',
  // Mentions are an operator's own notifications.
  'POST /api/mentions/{id}/read': 'closed',
  // Push subscriptions are an operator's own browsers.
  'POST /api/push-subscriptions': 'closed',
  'DELETE /api/push-subscriptions': 'closed',
  'PUT /api/push-subscriptions/events': 'closed',
  // Quick replies, macros, reviews and service levels are the team's own tools, not an integration's.
  'POST /api/quick-replies': 'closed',
  'PATCH /api/quick-replies/{id}': 'closed',
  'DELETE /api/quick-replies/{id}': 'closed',
  'POST /api/quick-replies/{id}/attachments': 'closed',
  'DELETE /api/quick-replies/{id}/attachments/{key}': 'closed',
  'POST /api/quick-replies/{id}/use': 'closed',
  'POST /api/macros': 'closed',
  'PATCH /api/macros/{id}': 'closed',
  'DELETE /api/macros/{id}': 'closed',
  'PUT /api/reports/service-levels/{inboxId}': 'closed',
  'PUT /api/reviews/criteria': 'closed',
  'PUT /api/reviews/conversations/{id}/tags': 'closed',
  'POST /api/reviews': 'closed',
  'POST /api/reviews/sample': 'closed',
  'PATCH /api/reviews/{id}': 'closed',
  'POST /api/reviews/{id}/comments': 'closed',
  'DELETE /api/reviews/{id}/comments/{commentId}': 'closed',
  'POST /api/reviews/{id}/acknowledge': 'closed',
};

/** Reads about the caller as a person (@NotForApiTokens): a token is refused there too. */
const TOKEN_CLOSED_READS = ['GET /api/auth/me', 'GET /api/mentions', 'GET /api/push-subscriptions/settings'];

/** `statuses`: the answers the document lists for it; every refusal below must be one of them. */
type Operation = { route: string; method: string; path: string; roles: string[] | null; isPublic: boolean; statuses: string[] };

/** `/api/x/{id}` with each parameter filled: the guards answer before the parameter is parsed or looked up. */
const fill = (path: string) => path.replace(/\{[^}]+\}/g, '1');
const expressRoute = (route: string) => route.replace(/\{([^}]+)\}/g, ':$1');

describe('authorization matrix (from the OpenAPI document)', () => {
  let t: TestApp;
  let operations: Operation[];
  let operator: { id: number; token: string };
  let supervisor: { id: number; token: string };
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login();
    operator = await createOperator(t, admin, { name: 'Plain Paula', online: false });
    supervisor = await createOperator(t, admin, { name: 'Super Sue', role: 'supervisor', online: false });
    const handlers = new Map(listHandlers(t.app).map((h) => [h.route, h.meta]));
    const document = createOpenApiDocument(t.app);
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => {
          const route = `${method.toUpperCase()} ${path}`;
          const statuses = Object.keys((item as Record<string, { responses: object }>)[method].responses);
          const meta = handlers.get(expressRoute(route));
          if (!meta) throw new Error(`${route} is in the API document but no handler serves it`);
          return { route, method: method.toUpperCase(), path, roles: (meta(ROLES) as string[] | undefined) ?? null, isPublic: meta(IS_PUBLIC) === true, statuses };
        }),
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  const call = (op: Operation, token?: string) =>
    t.api(fill(op.path), { method: op.method, ...(token ? { token } : {}), ...(['POST', 'PUT', 'PATCH'].includes(op.method) ? { body: {} } : {}) });

  it('documents every route the application serves (or says why not), and every documented one has an IDOR entry', () => {
    const documented = new Set(operations.map((op) => expressRoute(op.route)));
    const served = listHttpRoutes(t.app).filter((r) => !/^GET \/api\/docs/.test(r));
    expect(served.filter((r) => !documented.has(r) && !(r in NOT_DOCUMENTED)), 'routes missing from the API document').toEqual([]);
    expect(Object.keys(NOT_DOCUMENTED).filter((r) => !served.includes(r) || documented.has(r)), 'stale NOT_DOCUMENTED entries').toEqual([]);
    expect([...documented].filter((r) => !(r in ROUTES)), 'operations the IDOR suite does not probe (idor-routes.ts)').toEqual([]);
    expect(operations.length).toBeGreaterThan(50);
  });

  it('refuses the anonymous caller on every operation that is not public, and every public one says why', async () => {
    const publicOps = operations.filter((op) => op.isPublic).map((op) => op.route);
    expect(publicOps.filter((r) => !(r in PUBLIC)), 'public routes without a reason in PUBLIC').toEqual([]);
    expect(Object.keys(PUBLIC).filter((r) => !publicOps.includes(r)), 'PUBLIC entries that are not public routes').toEqual([]);
    const answered: string[] = [];
    for (const op of operations) {
      const res = await call(op);
      const refused = op.isPublic ? !PUBLIC[op.route].refusesAnonymous || [400, 401, 403, 404].includes(res.status) : res.status === 401;
      if (!refused || res.status >= 500) answered.push(`${op.route}: ${res.status}`);
      if (refused && res.status >= 400 && !op.statuses.includes(String(res.status))) answered.push(`${op.route}: ${res.status}, not in the document`);
    }
    expect(answered).toEqual([]);
    // A forged token is nobody.
    const forged = await call(operations.find((op) => op.route === 'GET /api/conversations')!, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.forged');
    expect(forged.status).toBe(401);
  });

  it('refuses the plain operator on every supervisor and admin operation, and the supervisor on every admin one', async () => {
    const restricted = operations.filter((op) => op.roles !== null);
    expect(restricted.length).toBeGreaterThan(15);
    const answered: string[] = [];
    for (const op of restricted) {
      const asOperator = await call(op, operator.token);
      if (!op.roles!.includes('agent') && asOperator.status !== 403) answered.push(`operator ${op.route}: ${asOperator.status}`);
      if (!op.roles!.includes('agent') && !op.statuses.includes('403')) answered.push(`${op.route}: 403, not in the document`);
      if (op.roles!.includes('supervisor')) continue;
      const asSupervisor = await call(op, supervisor.token);
      if (asSupervisor.status !== 403) answered.push(`supervisor ${op.route}: ${asSupervisor.status}`);
    }
    expect(answered).toEqual([]);
  });

  it('has every route the IDOR table calls admin or supervisor only marked so, so no such route relies on a comment', () => {
    const claims = operations.flatMap((op) => {
      const entry = ROUTES[expressRoute(op.route)];
      const claim = entry && 'exempt' in entry ? (/^admin only/.test(entry.exempt) ? 'admin' : /^supervisors only/.test(entry.exempt) ? 'supervisor' : null) : null;
      if (!claim) return [];
      const marked = claim === 'admin' ? op.roles?.join() === 'admin' : op.roles !== null && !op.roles.includes('agent');
      return marked ? [] : [`${op.route}: the IDOR table says ${claim} only, the route has roles ${JSON.stringify(op.roles)}`];
    });
    expect(claims).toEqual([]);
  });

  describe('API tokens, one per scope, on every operation', () => {
    const secrets = {} as Record<ApiTokenScope, string>;
    beforeAll(async () => {
      const admin = await t.login();
      for (const scope of ['read', 'conversations', 'contacts', 'admin'] as const) {
        const created = await t.api('/api/api-tokens', { token: admin, body: { name: `Only ${scope}`, scopes: [scope] } });
        secrets[scope] = created.body.secret;
      }
    });

    const ruleOf = (op: Operation): TokenRule | undefined => {
      if (op.method === 'GET') return TOKEN_CLOSED_READS.includes(op.route) ? 'closed' : op.roles?.join() === 'admin' ? 'admin' : 'read';
      return op.roles?.join() === 'admin' ? 'admin' : TOKEN_WRITES[op.route];
    };

    it('has a rule for every write, and no stale ones', () => {
      const writes = operations.filter((op) => !op.isPublic && op.method !== 'GET' && op.roles?.join() !== 'admin').map((op) => op.route);
      expect(writes.filter((r) => !(r in TOKEN_WRITES)), 'writes without a row in TOKEN_WRITES').toEqual([]);
      expect(Object.keys(TOKEN_WRITES).filter((r) => !writes.includes(r)), 'stale TOKEN_WRITES rows').toEqual([]);
    });

    it('refuses a token whose scope does not allow the operation, naming the scope, and lets the others past the scope check', async () => {
      const wrong: string[] = [];
      for (const op of operations.filter((o) => !o.isPublic)) {
        const rule = ruleOf(op)!;
        const refusal = refusalMessage(rule, expressRoute(op.route));
        for (const scope of Object.keys(secrets) as ApiTokenScope[]) {
          // Ids that exist nowhere: an allowed write reaches its handler and changes nothing.
          const res = await t.api(op.path.replace(/\{[^}]+\}/g, '999999'), {
            method: op.method,
            headers: { 'x-api-token': secrets[scope] },
            ...(['POST', 'PUT', 'PATCH'].includes(op.method) ? { body: {} } : {}),
          });
          const allowed = rule === 'read' || rule === scope;
          const refusedByScope = res.status === 403 && res.body?.message === refusal;
          if (allowed === refusedByScope || res.status >= 500 || res.status === 401 || res.status === 429) {
            wrong.push(`${scope} token, ${op.route} (needs ${rule}): ${res.status} ${JSON.stringify(res.body?.message)}`);
          }
          if (refusedByScope && !op.statuses.includes('403')) wrong.push(`${op.route}: 403 for a token, not in the document`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  /**
   * Sockets: who may open each namespace, and for each event the rule and
   * the test that holds it; a new event without a row fails here.
   */
  const SOCKET_EVENTS: Record<'agents' | 'widget', Record<string, string>> = {
    agents: {
      'conversation.watch': 'only a conversation the operator may see, read afresh (idor spec: A cannot watch B’s)',
      typing: 'only in a conversation the operator holds, or as a supervisor (idor spec)',
    },
    widget: {
      'contact.update': 'the visitor’s own contact only (idor spec)',
      'csat.submit': 'only one of the visitor’s own conversations (idor spec)',
      history: 'only conversations opened through the visitor’s own identity (idor and contact-merge specs)',
      'message.send': 'into the visitor’s own conversation; files only the visitor uploaded (idor spec)',
      typing: 'reaches only the visitor’s own conversation (idor spec)',
    },
  };

  it('has a rule for every socket event of both namespaces', () => {
    expect(listSocketEvents(t.app.get(AgentsGateway))).toEqual(Object.keys(SOCKET_EVENTS.agents).sort());
    expect(listSocketEvents(t.app.get(WidgetGateway))).toEqual(Object.keys(SOCKET_EVENTS.widget).sort());
  });

  it('opens /agents only with a valid operator token, and /widget only for an active inbox with a valid visitor token', async () => {
    await expect(connectSocket(`${t.url}/agents`, {})).rejects.toThrow();
    await expect(connectSocket(`${t.url}/agents`, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.forged' })).rejects.toThrow();
    const tab = await connectSocket(`${t.url}/agents`, { token: operator.token });
    sockets.push(tab);
    expect(tab.connected).toBe(true);
    expect(await tab.emitWithAck('conversation.watch', { conversationId: 999_999 })).toEqual({ error: 'Conversation 999999 does not exist' });
    await expect(connectVisitor(t.url, 'no-such-inbox')).rejects.toThrow(/unknown inbox key/);
  });
});
