import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { InboxAccess } from '../auth/inbox-access.service';
import { Conversation } from '../conversations/conversation.entity';
import { membershipRooms, roomChanges, rooms } from './agent-rooms.policy';
import { RealtimeService, type AgentTab } from './realtime.service';

/**
 * Open operator tabs follow what their operator may see now. Rooms are
 * joined once, at the handshake and on `conversation.watch`, so without
 * this a tab kept hearing an inbox (and the conversation it watched) after
 * its operator left the team, or the inbox moved to another team.
 */
@Injectable()
export class MembershipRooms {
  private readonly log = new Logger('Realtime');

  constructor(
    private readonly realtime: RealtimeService,
    private readonly access: InboxAccess,
    private readonly db: DataSource,
  ) {}

  /**
   * Re-evaluates the rooms of these operators' tabs (every operator's after
   * an inbox changed team) on every process, reading each operator afresh.
   * A tab that cannot be reached for that (a process not answering) is
   * closed instead: the app connects again and joins what it may see.
   */
  async follow(agentIds: number[] | 'everyone'): Promise<void> {
    let tabs: AgentTab[];
    try {
      tabs = await this.realtime.agentTabs(agentIds);
    } catch (error) {
      this.log.warn(`Could not reach every operator tab to re-check its rooms; closing them instead: ${error instanceof Error ? error.message : String(error)}`);
      this.realtime.disconnectAgents(agentIds);
      return;
    }
    const byAgent = new Map<number, AgentTab[]>();
    for (const tab of tabs) byAgent.set(tab.agentId, [...(byAgent.get(tab.agentId) ?? []), tab]);
    for (const [agentId, agentTabs] of byAgent) await this.followAgent(agentId, agentTabs);
  }

  private async followAgent(agentId: number, tabs: AgentTab[]): Promise<void> {
    const agent = await this.access.currentAgent(agentId);
    const watched = [...new Set(tabs.flatMap((tab) => [...tab.rooms].filter(rooms.isConversation).map(rooms.conversationIdOf)))];
    const conversations = agent && watched.length ? await this.db.getRepository(Conversation).findBy({ id: In(watched) }) : [];
    const seen = new Set<number>();
    for (const conversation of conversations) if (agent && (await this.access.seesConversation(agent, conversation))) seen.add(conversation.id);
    const wanted = agent ? membershipRooms(agent.role, await this.access.visibleInboxIds(agent)) : [];
    for (const tab of tabs) {
      const { join, leave } = roomChanges(tab.rooms, wanted, seen);
      for (const room of leave) tab.leave(room);
      if (join.length) tab.join(join);
    }
  }
}
