import { DialectMigration } from './dialect-migration';

// Existing conversations are credited to their contact's identity in their
// inbox where there is exactly one; a contact with two there (two widget
// visitors merged) has no way to tell whose each was, and shows neither.
const CREDIT_SINGLE_IDENTITY =
  'UPDATE conversations SET identityId = (SELECT MIN(i.id) FROM contact_identities i WHERE i.contactId = conversations.contactId AND i.inboxId = conversations.inboxId HAVING COUNT(*) = 1)';

export class ConversationIdentity1796604531837 extends DialectMigration {
  readonly name = 'ConversationIdentity1796604531837';
  protected readonly mysql = {
    "up": [
      "ALTER TABLE `conversations` ADD `identityId` int NULL",
      "CREATE INDEX `ix_conversations_identity` ON `conversations` (`identityId`)",
      CREDIT_SINGLE_IDENTITY
    ],
    "down": [
      "DROP INDEX `ix_conversations_identity` ON `conversations`",
      "ALTER TABLE `conversations` DROP COLUMN `identityId`"
    ]
  };
  // A nullable column without a default is one ALTER on SQLite too: no copy of the table.
  protected readonly sqlite = {
    "up": [
      "ALTER TABLE \"conversations\" ADD COLUMN \"identityId\" integer",
      "CREATE INDEX \"ix_conversations_identity\" ON \"conversations\" (\"identityId\")",
      CREDIT_SINGLE_IDENTITY
    ],
    "down": [
      "DROP INDEX \"ix_conversations_identity\"",
      "ALTER TABLE \"conversations\" DROP COLUMN \"identityId\""
    ]
  };
}
