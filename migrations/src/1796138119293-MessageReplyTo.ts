import { DialectMigration } from './dialect-migration';

export class MessageReplyTo1796138119293 extends DialectMigration {
  readonly name = 'MessageReplyTo1796138119293';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `messages` ADD `replyToId` int NULL"
    ],
    "down": [
      "ALTER TABLE `messages` DROP COLUMN `replyToId`"
    ]
  };
  // A nullable column without a default is one ALTER on SQLite too: no copy of the table.
  protected readonly sqlite = {
    "up": [
      "ALTER TABLE \"messages\" ADD COLUMN \"replyToId\" integer"
    ],
    "down": [
      "ALTER TABLE \"messages\" DROP COLUMN \"replyToId\""
    ]
  };
}
