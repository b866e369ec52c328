/**
 * Prints the OpenAPI document as JSON, without a database, a port or Redis:
 * the app is built in Nest's preview mode, which reads the modules and
 * controllers but creates no provider (no connection is opened). The
 * frontend's `npm run api:types` turns it into src/api/schema.d.ts.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { createOpenApiDocument } from './openapi';

async function main(): Promise<void> {
  // A fixed secret: nothing is signed, and no secret file is written into a data folder.
  const config = loadConfig({ APP_SECRET: 'openapi-export-signs-nothing-0123456789' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  const document = createOpenApiDocument(app);
  await app.close();
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
