import { Logger } from '@nestjs/common';
import type { JobErrorLog } from './job-queue';

/** The default JobErrorLog: Nest's Logger, context 'Jobs', with the stack when there is one. */
export function nestJobErrorLog(): JobErrorLog {
  const logger = new Logger('Jobs');
  return (message, error) => logger.error(message, error instanceof Error ? error.stack : String(error));
}

export function unknownJobError(name: string): Error {
  return new Error(`No handler is registered for job "${name}"`);
}

export function duplicateHandlerError(name: string): Error {
  return new Error(`Job "${name}" already has a handler; every job name has exactly one`);
}

export function closedQueueError(name: string): Error {
  return new Error(`Cannot enqueue job "${name}": the job queue is closed`);
}
