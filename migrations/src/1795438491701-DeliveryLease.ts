import { DialectMigration } from './dialect-migration';

export class DeliveryLease1795438491701 extends DialectMigration {
  readonly name = 'DeliveryLease1795438491701';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `messages` ADD `deliveryLeaseUntil` datetime(6) NULL"
    ],
    "down": [
      "ALTER TABLE `messages` DROP COLUMN `deliveryLeaseUntil`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"ix_messages_conversation\"",
      "CREATE TABLE \"temporary_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"conversationId\" integer NOT NULL, \"inboxId\" integer NOT NULL, \"direction\" varchar(3) NOT NULL, \"senderType\" varchar(16) NOT NULL, \"senderId\" integer, \"kind\" varchar(16) NOT NULL DEFAULT ('text'), \"text\" text, \"payload\" text, \"externalId\" varchar(191), \"status\" varchar(16) NOT NULL DEFAULT ('sent'), \"error\" varchar(500), \"private\" boolean NOT NULL DEFAULT (0), \"edited\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deliveryLeaseUntil\" datetime(6), CONSTRAINT \"uq_messages_inbox_external\" UNIQUE (\"inboxId\", \"externalId\"))",
      "INSERT INTO \"temporary_messages\"(\"id\", \"conversationId\", \"inboxId\", \"direction\", \"senderType\", \"senderId\", \"kind\", \"text\", \"payload\", \"externalId\", \"status\", \"error\", \"private\", \"edited\", \"createdAt\") SELECT \"id\", \"conversationId\", \"inboxId\", \"direction\", \"senderType\", \"senderId\", \"kind\", \"text\", \"payload\", \"externalId\", \"status\", \"error\", \"private\", \"edited\", \"createdAt\" FROM \"messages\"",
      "DROP TABLE \"messages\"",
      "ALTER TABLE \"temporary_messages\" RENAME TO \"messages\"",
      "CREATE INDEX \"ix_messages_conversation\" ON \"messages\" (\"conversationId\", \"id\")"
    ],
    "down": [
      "DROP INDEX \"ix_messages_conversation\"",
      "ALTER TABLE \"messages\" RENAME TO \"temporary_messages\"",
      "CREATE TABLE \"messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"conversationId\" integer NOT NULL, \"inboxId\" integer NOT NULL, \"direction\" varchar(3) NOT NULL, \"senderType\" varchar(16) NOT NULL, \"senderId\" integer, \"kind\" varchar(16) NOT NULL DEFAULT ('text'), \"text\" text, \"payload\" text, \"externalId\" varchar(191), \"status\" varchar(16) NOT NULL DEFAULT ('sent'), \"error\" varchar(500), \"private\" boolean NOT NULL DEFAULT (0), \"edited\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"uq_messages_inbox_external\" UNIQUE (\"inboxId\", \"externalId\"))",
      "INSERT INTO \"messages\"(\"id\", \"conversationId\", \"inboxId\", \"direction\", \"senderType\", \"senderId\", \"kind\", \"text\", \"payload\", \"externalId\", \"status\", \"error\", \"private\", \"edited\", \"createdAt\") SELECT \"id\", \"conversationId\", \"inboxId\", \"direction\", \"senderType\", \"senderId\", \"kind\", \"text\", \"payload\", \"externalId\", \"status\", \"error\", \"private\", \"edited\", \"createdAt\" FROM \"temporary_messages\"",
      "DROP TABLE \"temporary_messages\"",
      "CREATE INDEX \"ix_messages_conversation\" ON \"messages\" (\"conversationId\", \"id\")"
    ]
  };
}
