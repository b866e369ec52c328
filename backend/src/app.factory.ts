import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AgentsService } from './agents/agents.service';
import { AppModule } from './app.module';
import { WebhookLane } from './channels/webhook-lane';
import type { AppConfig } from './config/app-config';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { explainTooLarge, JSON_MAX_BYTES, prepareJsonBody } from './common/json-limits';
import { QuietLogger } from './common/quiet-logger';
import { baseSecurityHeaders, inboxPageHeaders, inboxPolicy } from './common/security-headers';
import { FileStorage } from './storage/file-storage';
import { RequestValidationPipe } from './common/validation.pipe';
import { DemoService } from './demo/demo.service';
import { createOpenApiDocument } from './openapi';
import { RedisIoAdapter } from './realtime/redis-io.adapter';

/** Where the built frontend (operator app and widget.js) is served from. */
export const FRONTEND_DIST = resolve(__dirname, '../../frontend/dist');

/** Builds the whole application; main.ts and the integration tests share it. */
export async function createApp(config: AppConfig, logger: LogLevel[] | false = ['log', 'warn', 'error']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: logger === false ? false : new QuietLogger('Inbox', { logLevels: logger }),
    rawBody: true,
    bodyParser: true,
  });
  app.useBodyParser('json', { limit: JSON_MAX_BYTES });
  app.useBodyParser('urlencoded', { limit: JSON_MAX_BYTES, extended: false });
  app.use(prepareJsonBody, explainTooLarge);
  app.useGlobalPipes(new RequestValidationPipe({ messageMaxChars: config.messageMaxChars }));
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableCors({ origin: true });
  app.disable('x-powered-by');
  // Only behind a proxy that sets them: otherwise any client could claim any address.
  app.set('trust proxy', config.trustProxy);
  app.use(baseSecurityHeaders);

  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app);
    await adapter.connect(config.redisUrl, config.redisPrefix);
    app.useWebSocketAdapter(adapter);
  }

  if (config.apiDocs) {
    app.use('/api/docs', inboxPolicy);
    SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app));
  }

  if (existsSync(FRONTEND_DIST)) {
    const storage = app.get(FileStorage);
    app.useStaticAssets(FRONTEND_DIST, { index: 'index.html', maxAge: '1h', setHeaders: inboxPageHeaders(() => storage.downloadOrigin) });
  }

  await app.init();
  // After init: socket.io's engine has put itself in front of Express by then, and the lane goes before both.
  app.get(WebhookLane).mount(app.getHttpServer());
  await app.get(AgentsService).ensureFirstAdmin();
  await app.get(DemoService).ensureDemoInbox();
  return app;
}
