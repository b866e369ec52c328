/** A wait on the database ran out (database/mysql-time-limits.ts): no connection, or no answer to a query. */
export const DATABASE_TIMEOUT = 'DATABASE_TIMEOUT';
/** The database answered nothing when last asked, so a request fails at once instead of waiting (database/mysql-time-limits.ts). */
export const DATABASE_NOT_ANSWERING = 'DATABASE_NOT_ANSWERING';

/** The database did not answer in time, as opposed to refusing or failing. */
const SILENT_CODES = new Set([DATABASE_TIMEOUT, DATABASE_NOT_ANSWERING, 'ETIMEDOUT']);

/** Errors that mean "the database could not be reached", not "the query was wrong". */
const UNAVAILABLE_CODES = new Set([...SILENT_CODES, 'ECONNREFUSED', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'ER_CON_COUNT_ERROR', 'SQLITE_BUSY', 'SQLITE_LOCKED']);

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return UNAVAILABLE_CODES.has(codeOf(error) ?? '');
}

export function isDatabaseSilent(error: unknown): boolean {
  return SILENT_CODES.has(codeOf(error) ?? '');
}

/** A unique key said no: someone else inserted the same row first. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
