/**
 * Field-by-field reading of provider JSON for the hand-written webhook
 * guards: every getter checks the type and names the field's path when it
 * is wrong, so a parser works on typed data and never on whatever else a
 * body carried. Absent or null optional fields read as undefined.
 */
import { MetaPayloadError } from './meta-payload.error';

export type Obj = Record<string, unknown>;

/** Arrays longer than this are refused: no real webhook batches that much, and a crafted one must not cost us. */
export const MAX_LIST = 1000;
/** Ids are stored as external ids (191 characters at most in the database); Meta's own are far shorter. */
export const MAX_ID_CHARS = 150;

export function fail(path: string, expected: string): never {
  throw new MetaPayloadError(path, `"${path}" must be ${expected}`);
}

export const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export function asObject(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  return value as Obj;
}

export function obj(o: Obj, key: string, path: string): Obj {
  return asObject(o[key], at(path, key));
}

export function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(at(path, key), 'a string');
  return v;
}

/** A non-empty string (ids). */
export function id(o: Obj, key: string, path: string): string {
  const v = str(o, key, path);
  if (!v.trim()) fail(at(path, key), 'a non-empty string');
  if (v.length > MAX_ID_CHARS) fail(at(path, key), `an id of at most ${MAX_ID_CHARS} characters`);
  return v;
}

export function num(o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(at(path, key), 'a number');
  return v;
}

const present = (o: Obj, key: string) => o[key] !== undefined && o[key] !== null;

export function optStr(o: Obj, key: string, path: string): string | undefined {
  return present(o, key) ? str(o, key, path) : undefined;
}

export function optNum(o: Obj, key: string, path: string): number | undefined {
  return present(o, key) ? num(o, key, path) : undefined;
}

export function optBool(o: Obj, key: string, path: string): boolean | undefined {
  if (!present(o, key)) return undefined;
  if (typeof o[key] !== 'boolean') fail(at(path, key), 'a boolean');
  return o[key] as boolean;
}

export function optObj(o: Obj, key: string, path: string): Obj | undefined {
  return present(o, key) ? obj(o, key, path) : undefined;
}

/** A list of objects, each read by `read`; an absent list is empty. */
export function list<T>(o: Obj, key: string, path: string, read: (item: Obj, path: string) => T): T[] {
  if (!present(o, key)) return [];
  const p = at(path, key);
  const value = o[key];
  if (!Array.isArray(value)) fail(p, 'an array');
  if (value.length > MAX_LIST) fail(p, `an array of at most ${MAX_LIST} items`);
  return value.map((item, i) => read(asObject(item, at(p, i)), at(p, i)));
}

/** A Unix time in seconds, as a number or a decimal string (WhatsApp sends strings). */
export function unixSeconds(o: Obj, key: string, path: string): Date {
  const v = o[key];
  const seconds = typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : v;
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds) || seconds < 0) fail(at(path, key), 'a Unix time in seconds');
  return new Date(seconds * 1000);
}

/** Drops keys whose value is undefined (and an empty `payload`), so events compare cleanly. */
export function compact<T extends object>(value: T): T {
  const out = value as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (v === undefined) delete out[key];
    else if (key === 'payload' && typeof v === 'object' && v !== null && Object.keys(v).length === 0) delete out[key];
  }
  return value;
}

/** The webhook body: parsed JSON normally, the raw bytes or a string otherwise. */
export function jsonBody(body: unknown, rawBody?: Buffer): unknown {
  const raw = body ?? rawBody;
  if (typeof raw !== 'string' && !Buffer.isBuffer(raw)) return raw;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new MetaPayloadError('body', 'the body is not JSON');
  }
}
