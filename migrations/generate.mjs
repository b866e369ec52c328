#!/usr/bin/env node
// Writes a new migration from the difference between the entities and the
// schema the existing migrations build, for both dialects.
// Usage: npm run migration:generate -- AddSomething
// Needs a built backend (it loads the compiled entities) and a reachable
// MySQL/MariaDB (MIGRATION_MYSQL_URL, default the local root server).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

async function diffFor() {
  const { DataSource } = require('typeorm');
  const { dataSourceOptions, detectMysqlVariant } = require('../backend/dist/database/data-source-options.js');
  const url = process.env.DATABASE_URL;
  const db = url.startsWith('mysql') ? { type: 'mysql', url } : { type: 'sqlite', path: url.replace(/^sqlite:/, '') };
  const ds = new DataSource(dataSourceOptions(db, db.type === 'mysql' ? await detectMysqlVariant(url) : undefined));
  await ds.initialize();
  await ds.runMigrations();
  const log = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  const text = (q) => q.query.replace(/\s+/g, ' ').trim();
  process.stdout.write(JSON.stringify({ up: log.upQueries.map(text), down: log.downQueries.reverse().map(text) }));
}

function runChild(databaseUrl) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--diff'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const mysqlUrl = process.env.MIGRATION_MYSQL_URL || 'mysql://root@127.0.0.1:3306/inbox_migration_gen';
  const dbName = new URL(mysqlUrl).pathname.slice(1);
  const server = mysqlUrl.replace(/\/[^/]*$/, '');
  execFileSync('mariadb', ['-h', new URL(server).hostname, '-P', new URL(server).port || '3306', '-u', new URL(server).username || 'root',
    '-e', `DROP DATABASE IF EXISTS \`${dbName}\`; CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`]);
  const sqlite = runChild('sqlite:' + join(mkdtempSync(join(tmpdir(), 'migration-')), 'gen.sqlite'));
  const mysql = runChild(mysqlUrl);
  if (sqlite.up.length === 0 && mysql.up.length === 0) {
    console.log('The entities and the migrations agree: nothing to generate.');
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const file = join(here, 'src', `${stamp}-${name}.ts`);
  const body = `import { DialectMigration } from './dialect-migration';

export class ${className} extends DialectMigration {
  readonly name = '${className}';
  protected readonly mysql = ${JSON.stringify(mysql, null, 2).replace(/\n/g, '\n  ')};
  protected readonly sqlite = ${JSON.stringify(sqlite, null, 2).replace(/\n/g, '\n  ')};
}
`;
  writeFileSync(file, body);
  const indexFile = join(here, 'src', 'index.ts');
  let index = readFileSync(indexFile, 'utf8');
  index = `import { ${className} } from './${stamp}-${name}';\n` + index;
  index = index.replace(/export const migrations: Function\[\] = \[(.*)\];/s, (_m, list) => {
    const items = list.split(',').map((s) => s.trim()).filter(Boolean);
    items.push(className);
    return `export const migrations: Function[] = [${items.join(', ')}];`;
  });
  writeFileSync(indexFile, index);
  console.log(`Wrote ${file}`);
}

(process.argv[2] === '--diff' ? diffFor() : main()).catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
