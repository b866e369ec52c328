/**
 * Generated bodies for parser fuzzing: anything at all, and valid provider
 * payloads with one or more fields replaced by anything, removed, or
 * turned into another JSON type, so the parser is hit deep inside as well
 * as at the door.
 */
import fc from 'fast-check';

type Json = unknown;

/** Every path (array of keys) to a value inside `value`. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

function replaced(value: Json, path: (string | number)[], next: Json | typeof REMOVE): Json {
  if (path.length === 0) return next === REMOVE ? undefined : next;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && next === REMOVE) copy.splice(head as number, 1);
    else copy[head as number] = replaced(copy[head as number], rest, next);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (rest.length === 0 && next === REMOVE) delete copy[head as string];
  else copy[head as string] = replaced(copy[head as string], rest, next);
  return copy;
}

const REMOVE = Symbol('remove');

const strange = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, '', 0, -1, 1e308, Number.NaN, [], {}, '1700000000', 'x'.repeat(5000), { __proto__: null }, [null], true),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 3 }),
);

/** One of the valid bodies, with 1 to 3 mutations. */
export function mutatedPayloads(valid: Json[]): fc.Arbitrary<Json> {
  return fc
    .record({
      base: fc.constantFrom(...valid),
      edits: fc.array(fc.tuple(fc.nat(), fc.oneof(strange, fc.constant(REMOVE as unknown))), { minLength: 1, maxLength: 3 }),
    })
    .map(({ base, edits }) => {
      let body = structuredClone(base);
      for (const [pick, next] of edits) {
        const paths = pathsOf(body);
        body = replaced(body, paths[pick % paths.length], next as Json);
      }
      return body;
    });
}

/** Anything, or a mutated valid body: what a fuzz run of a parser feeds it. */
export function fuzzBodies(valid: Json[]): fc.Arbitrary<Json> {
  return fc.oneof({ arbitrary: mutatedPayloads(valid), weight: 4 }, { arbitrary: fc.anything(), weight: 1 }, { arbitrary: fc.object(), weight: 1 });
}

export const FUZZ_RUNS = 10_000;
