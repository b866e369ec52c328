import { DialectMigration } from './dialect-migration';

/**
 * A conversation's last message that customers see (`private = 0`) is read
 * with every pushed or listed conversation. With only (conversationId, id)
 * the database walked every message of the conversation to find it, so the
 * cost grew with the conversation's length; with `private` in between it is
 * one step down the index.
 */
export class MessagesLastPublic1796900000000 extends DialectMigration {
  readonly name = 'MessagesLastPublic1796900000000';
  protected readonly mysql = {
    "up": [
      "CREATE INDEX `ix_messages_conversation_public` ON `messages` (`conversationId`, `private`, `id`)"
    ],
    "down": [
      "DROP INDEX `ix_messages_conversation_public` ON `messages`"
    ]
  };
  protected readonly sqlite = {
    "up": [
      "CREATE INDEX \"ix_messages_conversation_public\" ON \"messages\" (\"conversationId\", \"private\", \"id\")"
    ],
    "down": [
      "DROP INDEX \"ix_messages_conversation_public\""
    ]
  };
}
