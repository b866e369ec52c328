import { DialectMigration } from './dialect-migration';

export class ContactMergedInto1796137203193 extends DialectMigration {
  readonly name = 'ContactMergedInto1796137203193';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `contacts` ADD `mergedIntoId` int NULL"
    ],
    "down": [
      "ALTER TABLE `contacts` DROP COLUMN `mergedIntoId`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "DROP INDEX \"IDX_84cae51c485079bdd8cdf1d828\"",
      "DROP INDEX \"IDX_752866c5247ddd34fd05559537\"",
      "CREATE TABLE \"temporary_contacts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(200), \"email\" varchar(254), \"phone\" varchar(32), \"language\" varchar(16), \"country\" varchar(2), \"attributes\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"mergedIntoId\" integer)",
      "INSERT INTO \"temporary_contacts\"(\"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\" FROM \"contacts\"",
      "DROP TABLE \"contacts\"",
      "ALTER TABLE \"temporary_contacts\" RENAME TO \"contacts\"",
      "CREATE INDEX \"IDX_84cae51c485079bdd8cdf1d828\" ON \"contacts\" (\"phone\")",
      "CREATE INDEX \"IDX_752866c5247ddd34fd05559537\" ON \"contacts\" (\"email\")"
    ],
    "down": [
      "DROP INDEX \"IDX_752866c5247ddd34fd05559537\"",
      "DROP INDEX \"IDX_84cae51c485079bdd8cdf1d828\"",
      "ALTER TABLE \"contacts\" RENAME TO \"temporary_contacts\"",
      "CREATE TABLE \"contacts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(200), \"email\" varchar(254), \"phone\" varchar(32), \"language\" varchar(16), \"country\" varchar(2), \"attributes\" text NOT NULL, \"createdAt\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime(6) NOT NULL DEFAULT (datetime('now')))",
      "INSERT INTO \"contacts\"(\"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"email\", \"phone\", \"language\", \"country\", \"attributes\", \"createdAt\", \"updatedAt\" FROM \"temporary_contacts\"",
      "DROP TABLE \"temporary_contacts\"",
      "CREATE INDEX \"IDX_752866c5247ddd34fd05559537\" ON \"contacts\" (\"email\")",
      "CREATE INDEX \"IDX_84cae51c485079bdd8cdf1d828\" ON \"contacts\" (\"phone\")"
    ]
  };
}
