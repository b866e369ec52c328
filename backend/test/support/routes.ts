import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants';
import { WebhookLane } from '../../src/channels/webhook-lane';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every HTTP route the application serves, as `METHOD /path/:param`: the Express router Nest filled, and the webhook lane. */
export function listHttpRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const routes = express.router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [],
  );
  // Webhooks served in front of Express are served all the same.
  return [...new Set([...routes, ...app.get(WebhookLane).routes()])].sort();
}

/** The events a socket gateway answers (@SubscribeMessage), read from its handlers' metadata. */
export function listSocketEvents(gateway: object): string[] {
  const proto = Object.getPrototypeOf(gateway) as Record<string, unknown>;
  return Object.getOwnPropertyNames(proto)
    .map((name) => (typeof proto[name] === 'function' ? (Reflect.getMetadata(MESSAGE_METADATA, proto[name] as object) as string | undefined) : undefined))
    .filter((event): event is string => typeof event === 'string')
    .sort();
}

/** Every controller handler with its HTTP method, path and metadata reader: for checks on decorators. */
export function listHandlers(app: INestApplication): Array<{ route: string; meta: (key: string) => unknown }> {
  const handlers: Array<{ route: string; meta: (key: string) => unknown }> = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const route = `${method} /${[base, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
        handlers.push({ route, meta: (key) => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller) });
      }
    }
  }
  return handlers;
}
