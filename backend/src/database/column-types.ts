import type { ColumnOptions } from 'typeorm';

/**
 * Decorators run when entity files are imported, before the data source
 * exists, so the few types that differ between MySQL and SQLite are chosen
 * from DATABASE_URL here, in one place. MySQL's TEXT holds only 64 KB of
 * bytes: message bodies (e-mail HTML) need MEDIUMTEXT there; SQLite's TEXT
 * has no such limit and knows no MEDIUMTEXT.
 */
const isMysql = /^(mysql|mariadb):/i.test(process.env.DATABASE_URL ?? '');

export const longText: ColumnOptions = { type: isMysql ? 'mediumtext' : 'text' };

/**
 * UTC timestamps. Precision 6 because TypeORM's MySQL driver always gives
 * created/updated columns the default CURRENT_TIMESTAMP(6), which MySQL 8
 * refuses on a column of any other precision.
 */
export const timestamp: ColumnOptions = { type: 'datetime', precision: 6 };

/** JSON kept as text: portable, and never queried by its inner fields. */
export const jsonText: ColumnOptions = { type: 'simple-json' };

/** A Date as both databases accept it in a raw parameter: `YYYY-MM-DD HH:MM:SS.mmm` in UTC. */
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * A decorator only MySQL/MariaDB gets (a FULLTEXT index): SQLite does the
 * same work its own way, in a migration (FTS5).
 */
export function mysqlOnly(decorator: PropertyDecorator): PropertyDecorator {
  return isMysql ? decorator : () => undefined;
}
