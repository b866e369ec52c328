import { ConsoleLogger } from '@nestjs/common';

/** Nest's start-up chatter that buries the lines people need (the admin login, the URL). */
const QUIET_CONTEXTS = new Set(['RouterExplorer', 'RoutesResolver', 'InstanceLoader', 'NestFactory', 'WebSocketsController']);

export class QuietLogger extends ConsoleLogger {
  log(message: unknown, context?: string): void {
    if (context && QUIET_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
