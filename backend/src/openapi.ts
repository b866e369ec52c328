import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The REST API's OpenAPI description: served at /api/docs, and the source of the frontend's API types (docs/api.md). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const openApi = new DocumentBuilder()
    .setTitle('Inbox API')
    .setDescription('Omnichannel contact-centre inbox: REST API. Sockets are described in docs/api.md.')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, openApi);
}
