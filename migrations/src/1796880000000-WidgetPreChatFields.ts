import type { MigrationInterface, QueryRunner } from 'typeorm';

type Settings = Record<string, unknown>;

/**
 * The site widget's pre-chat form was one switch (`preChatForm`: name and
 * e-mail, both required); it is now a field list (`preChatFields`, each
 * field required or optional). Stored settings are rewritten to the list;
 * down writes the switch back (on when the list asks for anything).
 * Data only, the same SQL on SQLite and MariaDB.
 */
export class WidgetPreChatFields1796880000000 implements MigrationInterface {
  readonly name = 'WidgetPreChatFields1796880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (settings) => {
      if (!('preChatForm' in settings)) return null;
      const { preChatForm, ...rest } = settings;
      return { ...rest, preChatFields: rest.preChatFields ?? (preChatForm === true ? { name: 'required', email: 'required' } : {}) };
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (settings) => {
      if (!('preChatFields' in settings)) return null;
      const { preChatFields, ...rest } = settings;
      return { ...rest, preChatForm: Object.keys((preChatFields as Settings | null) ?? {}).length > 0 };
    });
  }
}

async function rewrite(queryRunner: QueryRunner, change: (settings: Settings) => Settings | null): Promise<void> {
  const rows = (await queryRunner.query("SELECT id, settings FROM inboxes WHERE type = 'webchat'")) as { id: number; settings: string }[];
  for (const row of rows) {
    const changed = change(JSON.parse(row.settings) as Settings);
    if (changed) await queryRunner.query('UPDATE inboxes SET settings = ? WHERE id = ?', [JSON.stringify(changed), row.id]);
  }
}
