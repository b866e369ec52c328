import type { INestApplication } from '@nestjs/common';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every HTTP route the application serves, as `METHOD /path/:param`, read from the Express router Nest filled. */
export function listHttpRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const routes = express.router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [],
  );
  return [...new Set(routes)].sort();
}

/** The events a socket gateway answers (@SubscribeMessage), read from its handlers' metadata. */
export function listSocketEvents(gateway: object): string[] {
  const proto = Object.getPrototypeOf(gateway) as Record<string, unknown>;
  return Object.getOwnPropertyNames(proto)
    .map((name) => (typeof proto[name] === 'function' ? (Reflect.getMetadata(MESSAGE_METADATA, proto[name] as object) as string | undefined) : undefined))
    .filter((event): event is string => typeof event === 'string')
    .sort();
}
