import 'reflect-metadata';
import { loadConfig } from './config/app-config';
import { openDatabase } from './database/database.module';

/** `npm run migrate`: brings the schema up to date without starting the server. */
openDatabase(loadConfig())
  .then(async (db) => {
    const pending = await db.showMigrations();
    console.log(pending ? 'Migrations still pending' : 'Schema is up to date');
    await db.destroy();
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
