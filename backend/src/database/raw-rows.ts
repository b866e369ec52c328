import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
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
  const type = manager.connection.options.type;
  const returned = returning.length > 0 && (type === 'mariadb' || type === 'better-sqlite3');
  const returningClause = returned ? ` RETURNING ${columnsOf(manager, target, returning).map((c) => driver.escape(c.databaseName)).join(', ')}` : '';
  const sql = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}${returningClause}`;
  const result: unknown = await manager.query(sql, rows.flatMap((row) => columns.map((c) => driver.preparePersistentValue(c.getEntityValue(row), c) as unknown)));
  return returned ? (result as Array<Record<string, unknown>>) : null;
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
export function selectColumns<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, alias: string, properties?: Array<keyof T & string>): string {
  const driver = manager.connection.driver;
  return columnsOf(manager, target, properties)
    .map((c) => `${alias}.${driver.escape(c.databaseName)} AS ${driver.escape(`${alias}_${c.databaseName}`)}`)
    .join(', ');
}

/** The entity `selectColumns(…, alias, properties)` selected into a raw row. */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, alias: string, raw: Record<string, unknown>, properties?: Array<keyof T & string>): T {
  const driver = manager.connection.driver;
  const entity = {} as Record<string, unknown>;
  for (const { column, key, plain, asIs } of readersOf(manager, target, alias, properties)) {
    const value: unknown = asIs ? raw[key] : driver.prepareHydratedValue(raw[key], column);
    if (plain) entity[column.propertyName] = value;
    else column.setEntityValue(entity, value);
  }
  return entity as T;
}

/** How to read one column of a raw row: its key there, and whether it is a plain property of the entity. */
interface ColumnReader {
  column: ColumnMetadata;
  key: string;
  plain: boolean;
  /** The drivers return the value as the database gave it (see AS_IS_TYPES): the call is spared. */
  asIs: boolean;
}

/**
 * Column types both drivers (MySQL/MariaDB and SQLite) hydrate as given
 * when no transformer is set: their prepareHydratedValue converts booleans,
 * dates, JSON, enums and the `Number` type, never these. raw-rows.spec.ts
 * checks every entity's columns against the repositories.
 */
const AS_IS_TYPES = new Set<unknown>(['int', 'varchar', 'text']);

/**
 * Readers by entity, alias and properties, worked out once: a pushed batch
 * hydrates every conversation of it, and naming each column's key anew per
 * row was a good part of that (docs/benchmarks.md, "Ceiling").
 */
const readers = new WeakMap<EntityMetadata, Map<string, ColumnReader[]>>();

function readersOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, alias: string, properties?: Array<keyof T & string>): ColumnReader[] {
  const metadata = manager.connection.getMetadata(target);
  const byShape = readers.get(metadata) ?? new Map<string, ColumnReader[]>();
  readers.set(metadata, byShape);
  const shape = `${alias}|${properties?.join(',') ?? '*'}`;
  let found = byShape.get(shape);
  if (!found) {
    found = columnsOf(manager, target, properties).map((column) => ({
      column,
      key: `${alias}_${column.databaseName}`,
      plain: !column.embeddedMetadata && !column.relationMetadata,
      asIs: !column.transformer && AS_IS_TYPES.has(column.type),
    }));
    byShape.set(shape, found);
  }
  return found;
}

function columnsOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, properties?: Array<keyof T & string>) {
  const columns = manager.connection.getMetadata(target).columns;
  return properties ? columns.filter((c) => properties.includes(c.propertyName as keyof T & string)) : columns;
}
