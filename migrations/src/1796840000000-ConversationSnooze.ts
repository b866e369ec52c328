import { DialectMigration } from './dialect-migration';

/**
 * Snoozed conversations (status `snoozed`, a value of the existing column):
 * `snoozedUntil` is when one wakes by itself, NULL while it waits for the
 * customer's next message only.
 */
export class ConversationSnooze1796840000000 extends DialectMigration {
  readonly name = 'ConversationSnooze1796840000000';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `conversations` ADD `snoozedUntil` datetime(6) NULL"
    ],
    "down": [
      "ALTER TABLE `conversations` DROP COLUMN `snoozedUntil`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "ALTER TABLE \"conversations\" ADD COLUMN \"snoozedUntil\" datetime(6)"
    ],
    "down": [
      "ALTER TABLE \"conversations\" DROP COLUMN \"snoozedUntil\""
    ]
  };
}
