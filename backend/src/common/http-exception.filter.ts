import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from './database-errors';
import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * Every error leaves as `{statusCode, error, message}`. Anything a client
 * can cause is an HttpException thrown on purpose; a lost database is 503 so
 * providers retry; only real bugs become 500, and those are logged.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const answer = errorAnswer(exception, this.logger);
    if (response.headersSent) return;
    if (answer.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(answer.retryAfterSeconds));
    response.status(answer.body.statusCode).json(answer.body);
  }
}

export interface ErrorAnswer {
  body: { statusCode: number; error: string; message: string };
  retryAfterSeconds?: number;
}

/** What a thrown error answers, for Nest's routes and for the webhook lane alike; a real bug (500) is logged. */
export function errorAnswer(exception: unknown, logger: Logger): ErrorAnswer {
  const { statusCode, message } = describe(exception);
  if (statusCode >= 500 && statusCode !== HttpStatus.SERVICE_UNAVAILABLE) {
    logger.error(exception instanceof Error ? exception.stack : String(exception));
  }
  const body = { statusCode, error: reasonPhrase(statusCode), message };
  return exception instanceof TooManyRequestsException ? { body, retryAfterSeconds: exception.retryAfterSeconds } : { body };
}

function describe(exception: unknown): { statusCode: number; message: string } {
  if (exception instanceof HttpException) {
    const body = exception.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : Array.isArray((body as { message?: unknown }).message)
          ? ((body as { message: string[] }).message).join('; ')
          : String((body as { message?: unknown }).message ?? exception.message);
    return { statusCode: exception.getStatus(), message };
  }
  if (isDatabaseUnavailable(exception)) {
    return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'The database is unavailable; try again shortly' };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
