import { DialectMigration } from './dialect-migration';

/**
 * Operators who were online or away without any inbox open when presence
 * came from connections (ProcessLiveness) were counted connected until a
 * socket of theirs opened and closed, which for someone who had left never
 * happened. They count as disconnected from now: the grace timers rebuilt at
 * start give their conversations back, and opening the inbox clears it.
 * Nothing to undo: the mark is what the rows have meant since.
 */
export class OnlineWithoutConnection1796863416000 extends DialectMigration {
  readonly name = 'OnlineWithoutConnection1796863416000';
  protected readonly mysql = {
    up: [
      "UPDATE `agents` SET `disconnectedAt` = UTC_TIMESTAMP(6) WHERE `status` <> 'offline' AND `disconnectedAt` IS NULL AND NOT EXISTS (SELECT 1 FROM `agent_connections` `c` WHERE `c`.`agentId` = `agents`.`id`)",
    ],
    down: [],
  };
  protected readonly sqlite = {
    up: [
      "UPDATE \"agents\" SET \"disconnectedAt\" = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE \"status\" <> 'offline' AND \"disconnectedAt\" IS NULL AND NOT EXISTS (SELECT 1 FROM \"agent_connections\" \"c\" WHERE \"c\".\"agentId\" = \"agents\".\"id\")",
    ],
    down: [],
  };
}
