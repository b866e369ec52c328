import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { startTestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

describe('closing the app', () => {
  it('closes its database connections, not leaving them to the end of the process', async () => {
    const db = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'inbox-data-'));
    try {
      const t = await startTestApp({}, { db, dataDir });
      const dataSource = t.app.get(DataSource);
      // Traffic, so the pool has connections open.
      const token = await t.login();
      await Promise.all(Array.from({ length: 8 }, () => t.api('/api/conversations?view=all', { token })));
      const connectionsTo = async () =>
        db.kind === 'mysql' ? Number((await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()'))[0].n) : null;
      if (db.kind === 'mysql') expect(await connectionsTo()).toBeGreaterThan(0);
      await t.close();
      expect(dataSource.isInitialized).toBe(false);
      // MariaDB notes a closed connection a moment after the client's QUIT.
      if (db.kind === 'mysql') await expect.poll(connectionsTo, { timeout: 5000 }).toBe(0);
    } finally {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
