/** Field names whose values never reach the audit log: passwords, tokens, secrets, keys. */
const SENSITIVE = /pass|secret|token|key|credential/i;

export const REDACTED = '[redacted]';

/** The request body as the audit log keeps it: the same shape, every sensitive value replaced. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5) return REDACTED;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? value.slice(0, 500) : value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SENSITIVE.test(k) ? REDACTED : redact(v, depth + 1)]));
}
