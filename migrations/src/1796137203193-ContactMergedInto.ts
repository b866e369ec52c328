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
  // A nullable column without a default is one ALTER on SQLite too: no copy of the table.
  protected readonly sqlite = {
    "up": [
      "ALTER TABLE \"contacts\" ADD COLUMN \"mergedIntoId\" integer"
    ],
    "down": [
      "ALTER TABLE \"contacts\" DROP COLUMN \"mergedIntoId\""
    ]
  };
}
