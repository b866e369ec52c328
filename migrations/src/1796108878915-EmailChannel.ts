import { DialectMigration } from './dialect-migration';

export class EmailChannel1796108878915 extends DialectMigration {
  readonly name = 'EmailChannel1796108878915';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `email_bodies` (`messageId` int NOT NULL, `html` mediumtext NULL, `text` mediumtext NULL, PRIMARY KEY (`messageId`)) ENGINE=InnoDB",
      "CREATE TABLE `email_sync_states` (`inboxId` int NOT NULL, `folder` varchar(255) NOT NULL, `uidValidity` varchar(20) NOT NULL, `lastUid` bigint NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`inboxId`)) ENGINE=InnoDB"
    ],
    "down": [
      "DROP TABLE `email_sync_states`",
      "DROP TABLE `email_bodies`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"email_bodies\" (\"messageId\" integer PRIMARY KEY NOT NULL, \"html\" text, \"text\" text)",
      "CREATE TABLE \"email_sync_states\" (\"inboxId\" integer PRIMARY KEY NOT NULL, \"folder\" varchar(255) NOT NULL, \"uidValidity\" varchar(20) NOT NULL, \"lastUid\" bigint NOT NULL, \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))"
    ],
    "down": [
      "DROP TABLE \"email_sync_states\"",
      "DROP TABLE \"email_bodies\""
    ]
  };
}
