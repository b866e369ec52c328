import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { ErrorAnswer } from './common/api-answer';
import { loadConfig } from './config/app-config';
import { describeAccessAndErrors, SECURITY } from './openapi-access';

/** The REST API's OpenAPI description: served at /api/docs, and the source of the frontend's API types (docs/api.md). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const openApi = new DocumentBuilder()
    .setTitle('Inbox API')
    .setDescription('Omnichannel contact-centre inbox: REST API. Sockets are described in docs/api.md.')
    // Relative: the API is on the host that serves the document.
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An operator\'s access token from POST /api/auth/login' }, SECURITY.operator)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An external bot\'s token (`bot_…`), for the bot API only (docs/bots.md)' }, SECURITY.bot)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Token', description: 'An API token (`inb_…`), also taken as `Authorization: Bearer inb_…` (docs/integrations.md)' }, SECURITY.apiToken)
    .build();
  const document = SwaggerModule.createDocument(app, openApi, { extraModels: [ErrorAnswer] });
  describeAccessAndErrors(app, document);
  return document;
}

/**
 * The same document without a running app: Nest's preview mode reads the
 * modules and controllers but creates no provider, so no database, Redis
 * or port is needed (openapi-export.ts, the frontend's `npm run api:types`).
 */
export async function describeApi(): Promise<OpenAPIObject> {
  // A fixed secret: nothing is signed, and no secret file is written into a data folder.
  const config = loadConfig({ APP_SECRET: 'openapi-export-signs-nothing-0123456789' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
