import { DialectMigration } from './dialect-migration';

/** Archived inboxes (`active` false): history kept, connector stopped, webhooks refused. */
export class InboxActive1796700000000 extends DialectMigration {
  readonly name = 'InboxActive1796700000000';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `inboxes` ADD `active` tinyint NOT NULL DEFAULT 1"
    ],
    "down": [
      "ALTER TABLE `inboxes` DROP COLUMN `active`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "ALTER TABLE \"inboxes\" ADD COLUMN \"active\" boolean NOT NULL DEFAULT (1)"
    ],
    "down": [
      "ALTER TABLE \"inboxes\" DROP COLUMN \"active\""
    ]
  };
}
