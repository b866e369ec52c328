import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { serializeSqliteAccess } from './sqlite-serializer';

@Entity('notes')
class Note {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 50, unique: true }) text: string;
}

describe(serializeSqliteAccess.name, () => {
  let dir: string;
  let db: DataSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serializer-'));
    db = new DataSource({ type: 'better-sqlite3', database: join(dir, 'db.sqlite'), entities: [Note], synchronize: true });
    await db.initialize();
    serializeSqliteAccess(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs many concurrent transactions without nesting them', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.getRepository(Note).insert({ text: `a${i}` });
          await new Promise((r) => setTimeout(r, Math.random() * 5));
          await tx.getRepository(Note).insert({ text: `b${i}` });
        }),
      ),
    );
    expect(await db.getRepository(Note).count()).toBe(60);
  });

  it('keeps writes made by others while a transaction that later rolls back was open', async () => {
    const failing = db.transaction(async (tx) => {
      await tx.getRepository(Note).insert({ text: 'doomed' });
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('roll back');
    });
    // Issued while the transaction above is open: must not become part of it.
    const outside = Promise.all([db.getRepository(Note).insert({ text: 'plain insert' }), db.getRepository(Note).save({ text: 'saved' })]);
    await expect(failing).rejects.toThrow('roll back');
    await outside;
    const texts = (await db.getRepository(Note).find()).map((n) => n.text).sort();
    expect(texts).toEqual(['plain insert', 'saved']);
  });

  it('lets a unique violation in one transaction leave the others intact', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => db.transaction((tx) => tx.getRepository(Note).insert({ text: 'same' }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.getRepository(Note).count()).toBe(1);
  });
});
