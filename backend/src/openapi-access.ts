import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { getSchemaPath, type OpenAPIObject, type OperationObject, type ResponseObject } from '@nestjs/swagger';
import type { AgentRole } from './agents/agent.entity';
import { API_TOKEN_RULE } from './api-tokens/api-token-scope.decorator';
import { tokenRuleFor, type WriteScope } from './api-tokens/api-token.policy';
import { IS_PUBLIC, ROLES } from './auth/auth.decorators';
import { ErrorAnswer } from './common/api-answer';

/** The security schemes of the document (createOpenApiDocument): an operator's access token, an integration's API token, a bot's token. */
export const SECURITY = { operator: 'bearer', apiToken: 'apiToken', bot: 'botToken' } as const;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Route {
  /** The status of a success (@HttpCode, else Nest's 201 for a POST and 200 for the rest). */
  success: number;
  isPublic: boolean;
  /** A guard of its own (the bot API's token): public for the app's guard, yet refused without its credentials. */
  ownGuard: boolean;
  roles?: AgentRole[];
  tokenRule: ReturnType<typeof tokenRuleFor>;
}

/**
 * What the guards do, written into every operation from the same metadata
 * they read (auth.guard.ts, api-token.policy.ts), so the document cannot
 * claim a route open that is closed or forget an error the guards answer:
 *
 * - `security`: who may call it (nothing for a public route);
 * - the errors every route of its kind answers: 400 for anything taking a
 *   body or parameters, 401 without valid credentials, 403 for a role or an
 *   API token scope, 404 for a path naming something, 413 for a body,
 *   429 for an API token over its rate limit (with `Retry-After`), 503 for
 *   a lost database (the exception filter's answer on any route).
 *
 * The errors a route's own service adds (a 409 conflict, a 410…) are
 * declared on the route (`@ApiConflictResponse`…). Every 4xx and 5xx gets
 * the one error schema the exception filter answers with.
 */
export function describeAccessAndErrors(app: INestApplication, document: OpenAPIObject): void {
  const routes = routesByOperationId(app);
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = routes.get(operation.operationId ?? '');
      if (!route) throw new Error(`The OpenAPI operation ${operation.operationId} has no controller method`);
      operation.security = securityOf(route);
      // Swagger writes the route's own success only when no response was declared: a 204 beside a declared 409 needs it added.
      if (!Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status))) operation.responses[route.success] = { description: '' };
      addErrors(operation, route);
      for (const [status, response] of Object.entries(operation.responses) as Array<[string, ResponseObject]>) {
        if (/^[45]\d\d$/.test(status)) response.content ??= { 'application/json': { schema: { $ref: getSchemaPath(ErrorAnswer) } } };
        if (status === '429') response.headers ??= { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } };
        response.description ||= status === '204' ? 'No content' : 'Success';
      }
    }
  }
}

function securityOf(route: Route): OperationObject['security'] {
  if (route.ownGuard) return [{ [SECURITY.bot]: [] }];
  if (route.isPublic) return [];
  return route.tokenRule === 'closed' ? [{ [SECURITY.operator]: [] }] : [{ [SECURITY.operator]: [] }, { [SECURITY.apiToken]: [] }];
}

function addErrors(operation: OperationObject, route: Route): void {
  const parameters = operation.parameters ?? [];
  const add = (status: number, description: string) => {
    operation.responses[status] ??= { description };
  };
  if (operation.requestBody || parameters.length > 0) add(400, 'Bad input: `message` names the field at fault');
  if (route.ownGuard) add(401, 'No valid bot token (`Authorization: Bearer bot_…`)');
  if (!route.isPublic) add(401, 'No valid access token or API token');
  if (!route.isPublic && (route.roles || route.tokenRule !== 'read')) {
    const roles = route.roles ? `Needs the role ${route.roles.join(' or ')}; ` : '';
    const token = route.tokenRule === 'closed' ? 'refused to API tokens' : route.tokenRule === 'read' ? 'any API token may' : `an API token needs the scope \`${route.tokenRule}\``;
    add(403, `${roles}${token}`);
  }
  if (parameters.some((parameter) => 'in' in parameter && parameter.in === 'path')) add(404, 'No such item, or one the caller may not see');
  if (operation.requestBody) add(413, 'The body is too large (JSON: 1 MB; an upload: the configured file size)');
  if (!route.isPublic) add(429, 'An API token made more requests a minute than its limit');
  add(503, 'The database is unavailable; try again shortly');
}

/** Each controller method under the operation id Swagger gives it (`Controller_method`). */
function routesByOperationId(app: INestApplication): Map<string, Route> {
  const reflector = new Reflector();
  const routes = new Map<string, Route>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (verb === undefined) continue;
        const targets = [handler, controller];
        const roles = reflector.getAllAndOverride<AgentRole[] | undefined>(ROLES, targets);
        const declared = reflector.getAllAndOverride<WriteScope | 'closed' | undefined>(API_TOKEN_RULE, targets);
        const guards = [...((Reflect.getMetadata(GUARDS_METADATA, controller) as unknown[] | undefined) ?? []), ...((Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? [])];
        routes.set(`${controller.name}_${key}`, {
          success: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (verb === RequestMethod.POST ? 201 : 200),
          isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
          ownGuard: guards.length > 0,
          roles,
          tokenRule: tokenRuleFor(RequestMethod[verb], { declared, roles }),
        });
      }
    }
  }
  return routes;
}
