import { HttpException } from '@nestjs/common';

/**
 * What the widget's socket answers. `retryable`: the failure was ours (a
 * lost lock, a database hiccup), so the widget sends again by itself with
 * the same clientMessageId; without it the visitor is told why and decides.
 */
export type Ack<T> = T | { error: string; retryable?: true };

export function errorAck(error: unknown): { error: string; retryable?: true } {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    return { error: typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message) };
  }
  return { error: 'Something went wrong on our side; please try again', retryable: true };
}
