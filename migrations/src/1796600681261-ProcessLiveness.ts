import { DialectMigration } from './dialect-migration';

export class ProcessLiveness1796600681261 extends DialectMigration {
  readonly name = 'ProcessLiveness1796600681261';
  protected readonly mysql = {
    "up": [
      "CREATE TABLE `agent_connections` (`processId` varchar(64) NOT NULL, `agentId` int NOT NULL, PRIMARY KEY (`processId`, `agentId`)) ENGINE=InnoDB",
      "CREATE TABLE `backend_processes` (`id` varchar(64) NOT NULL, `heartbeatAt` datetime(6) NOT NULL, `startedAt` datetime(6) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "ALTER TABLE `agents` ADD `disconnectedAt` datetime(6) NULL",
      "ALTER TABLE `messages` ADD `deliveryOwner` varchar(64) NULL",
      "ALTER TABLE `messages` ADD `sendingSince` datetime(6) NULL",
      "CREATE INDEX `ix_messages_delivery_owner` ON `messages` (`deliveryOwner`)"
    ],
    "down": [
      "DROP INDEX `ix_messages_delivery_owner` ON `messages`",
      "ALTER TABLE `messages` DROP COLUMN `sendingSince`",
      "ALTER TABLE `messages` DROP COLUMN `deliveryOwner`",
      "ALTER TABLE `agents` DROP COLUMN `disconnectedAt`",
      "DROP TABLE `backend_processes`",
      "DROP TABLE `agent_connections`"
    ]
  };
  // Columns are added in place, not by rebuilding the tables as the generator
  // would: a rebuilt messages table loses its full-text triggers (MessageSearch).
  protected readonly sqlite = {
    "up": [
      "CREATE TABLE \"agent_connections\" (\"processId\" varchar(64) NOT NULL, \"agentId\" integer NOT NULL, PRIMARY KEY (\"processId\", \"agentId\"))",
      "CREATE TABLE \"backend_processes\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"heartbeatAt\" datetime(6) NOT NULL, \"startedAt\" datetime(6) NOT NULL)",
      "ALTER TABLE \"agents\" ADD COLUMN \"disconnectedAt\" datetime(6)",
      "ALTER TABLE \"messages\" ADD COLUMN \"deliveryOwner\" varchar(64)",
      "ALTER TABLE \"messages\" ADD COLUMN \"sendingSince\" datetime(6)",
      "CREATE INDEX \"ix_messages_delivery_owner\" ON \"messages\" (\"deliveryOwner\")"
    ],
    "down": [
      "DROP INDEX \"ix_messages_delivery_owner\"",
      "ALTER TABLE \"messages\" DROP COLUMN \"sendingSince\"",
      "ALTER TABLE \"messages\" DROP COLUMN \"deliveryOwner\"",
      "ALTER TABLE \"agents\" DROP COLUMN \"disconnectedAt\"",
      "DROP TABLE \"backend_processes\"",
      "DROP TABLE \"agent_connections\""
    ]
  };
}
