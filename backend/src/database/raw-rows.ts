import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

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
  const entity = {} as T;
  for (const column of columnsOf(manager, target, properties)) {
    column.setEntityValue(entity, driver.prepareHydratedValue(raw[`${alias}_${column.databaseName}`], column));
  }
  return entity;
}

function columnsOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, properties?: Array<keyof T & string>) {
  const columns = manager.connection.getMetadata(target).columns;
  return properties ? columns.filter((c) => properties.includes(c.propertyName as keyof T & string)) : columns;
}
