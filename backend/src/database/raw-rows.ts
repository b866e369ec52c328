import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Statements on the hot inbound path, written out from the entities'
 * metadata instead of built by TypeORM's query builders: for a batch, the
 * builders spend longer naming, escaping and hydrating than the database
 * takes to answer (docs/benchmarks.md, "Ceiling"). Values still go through
 * each driver's own conversions (JSON, dates, booleans), both ways, so a
 * row read or written here is the row the repositories would give.
 */

/**
 * One multi-row INSERT of complete rows (every row gives the same columns as
 * the first). With `returning`, the stored rows' values of those columns
 * (raw, one row per row inserted) where the database says them in the same
 * statement (MariaDB, SQLite: INSERT … RETURNING); null on MySQL, which
 * cannot.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
  returning: Array<keyof T & string> = [],
): Promise<Array<Record<string, unknown>> | null> {
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isGenerated && c.getEntityValue(rows[0]) !== undefined);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const returned = returning.length > 0 && insertReturnsRows(manager);
  const returningClause = returned ? ` RETURNING ${columnsOf(manager, target, returning).map((c) => driver.escape(c.databaseName)).join(', ')}` : '';
  const sql = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}${returningClause}`;
  const result: unknown = await manager.query(sql, rows.flatMap((row) => columns.map((c) => driver.preparePersistentValue(c.getEntityValue(row), c) as unknown)));
  return returned ? (result as Array<Record<string, unknown>>) : null;
}

/** Whether the database says an INSERT's rows in the same statement (INSERT … RETURNING): MariaDB and SQLite, not MySQL. */
export function insertReturnsRows(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mariadb' || type === 'better-sqlite3';
}

/**
 * One row inserted, its generated id returned from the INSERT itself: the
 * row gives every column it should have, so nothing is read back (without
 * updateEntity(false) TypeORM would SELECT the defaults after it).
 */
export async function insertRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: T): Promise<number> {
  const result = await manager.createQueryBuilder().insert().into(target).values(row as QueryDeepPartialEntity<T>).updateEntity(false).execute();
  return Number((result.identifiers[0]?.id as number | undefined) ?? (result.raw as { insertId?: number }).insertId ?? result.raw);
}

/**
 * The select list for `alias`'s columns (all, or the named properties),
 * each aliased `<alias>_<column>` so several tables can share one row.
 */
export function selectColumns<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, alias: string, properties?: ReadonlyArray<keyof T & string>): string {
  const driver = manager.connection.driver;
  return columnsOf(manager, target, properties)
    .map((c) => `${alias}.${driver.escape(c.databaseName)} AS ${driver.escape(`${alias}_${c.databaseName}`)}`)
    .join(', ');
}

/**
 * The entity `selectColumns(…, alias, properties)` selected into a raw row.
 * Pass `properties` as a constant: the reader for a shape is made once per
 * array (kept by identity), and a fresh array makes it anew.
 */
export function hydrate<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  alias: string,
  raw: Record<string, unknown>,
  properties?: ReadonlyArray<keyof T & string>,
): T {
  return hydratorOf(manager, target, alias, properties)(raw, manager.connection.driver) as T;
}

type Hydrator = (raw: Record<string, unknown>, driver: Driver) => Record<string, unknown>;

/**
 * Column types both drivers (MySQL/MariaDB and SQLite) hydrate as given
 * when no transformer is set: their prepareHydratedValue converts booleans,
 * dates, JSON, enums and the `Number` type, never these. raw-rows.spec.ts
 * checks every entity's columns against the repositories.
 */
const AS_IS_TYPES = new Set<unknown>(['int', 'varchar', 'text']);

/** The hydrators made so far: by entity, alias, then the properties array (or ALL_COLUMNS). */
const hydrators = new WeakMap<EntityMetadata, Map<string, WeakMap<object, Hydrator>>>();
const ALL_COLUMNS = {};

function hydratorOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, alias: string, properties?: ReadonlyArray<keyof T & string>): Hydrator {
  const metadata = manager.connection.getMetadata(target);
  let byAlias = hydrators.get(metadata);
  if (!byAlias) hydrators.set(metadata, (byAlias = new Map()));
  let byProperties = byAlias.get(alias);
  if (!byProperties) byAlias.set(alias, (byProperties = new WeakMap()));
  let hydrator = byProperties.get(properties ?? ALL_COLUMNS);
  if (!hydrator) byProperties.set(properties ?? ALL_COLUMNS, (hydrator = compileHydrator(columnsOf(manager, target, properties), alias)));
  return hydrator;
}

/**
 * One function per shape, with each column's key written in: a pushed
 * batch hydrates every conversation of it, and a loop over the columns
 * looked each key up anew per row, in rows and entities of varying keys
 * (docs/benchmarks.md, "Ceiling"). Keys are the entities' own column and
 * property names, written as JSON strings.
 */
function compileHydrator(columns: ColumnMetadata[], alias: string): Hydrator {
  const statements = columns.map((column, i) => {
    const read = `raw[${JSON.stringify(`${alias}_${column.databaseName}`)}]`;
    const value = !column.transformer && AS_IS_TYPES.has(column.type) ? read : `driver.prepareHydratedValue(${read}, columns[${i}])`;
    const plain = !column.embeddedMetadata && !column.relationMetadata;
    return plain ? `entity[${JSON.stringify(column.propertyName)}] = ${value};` : `columns[${i}].setEntityValue(entity, ${value});`;
  });
  // The code is made above from entity metadata only, never from values.
  const make = new Function('columns', `return function hydrate(raw, driver) { const entity = {}; ${statements.join(' ')} return entity; };`) as (columns: ColumnMetadata[]) => Hydrator;
  return make(columns);
}

function columnsOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, properties?: ReadonlyArray<keyof T & string>) {
  const columns = manager.connection.getMetadata(target).columns;
  return properties ? columns.filter((c) => properties.includes(c.propertyName as keyof T & string)) : columns;
}
