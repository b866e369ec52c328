import { DialectMigration } from './dialect-migration';

export class MessageSearch1796139969255 extends DialectMigration {
  readonly name = 'MessageSearch1796139969255';
  protected readonly mysql = {
    "up": [
      "CREATE FULLTEXT INDEX `ix_messages_text_fulltext` ON `messages` (`text`)"
    ],
    "down": [
      "DROP INDEX `ix_messages_text_fulltext` ON `messages`"
    ]
  };
  // SQLite has no FULLTEXT index: an FTS5 table over messages.text, kept in
  // step by triggers, and filled once from the messages already there. A
  // later migration that rebuilds `messages` (SQLite's way of altering a
  // table) drops the triggers with it and must create them again.
  protected readonly sqlite = {
    "up": [
      "CREATE VIRTUAL TABLE \"messages_fts\" USING fts5(\"text\", content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
      "CREATE TRIGGER \"messages_fts_insert\" AFTER INSERT ON \"messages\" BEGIN INSERT INTO \"messages_fts\"(rowid, \"text\") VALUES (new.\"id\", new.\"text\"); END",
      "CREATE TRIGGER \"messages_fts_delete\" AFTER DELETE ON \"messages\" BEGIN INSERT INTO \"messages_fts\"(\"messages_fts\", rowid, \"text\") VALUES ('delete', old.\"id\", old.\"text\"); END",
      "CREATE TRIGGER \"messages_fts_update\" AFTER UPDATE OF \"text\" ON \"messages\" BEGIN INSERT INTO \"messages_fts\"(\"messages_fts\", rowid, \"text\") VALUES ('delete', old.\"id\", old.\"text\"); INSERT INTO \"messages_fts\"(rowid, \"text\") VALUES (new.\"id\", new.\"text\"); END",
      "INSERT INTO \"messages_fts\"(\"messages_fts\") VALUES ('rebuild')"
    ],
    "down": [
      "DROP TRIGGER \"messages_fts_update\"",
      "DROP TRIGGER \"messages_fts_delete\"",
      "DROP TRIGGER \"messages_fts_insert\"",
      "DROP TABLE \"messages_fts\""
    ]
  };
}
