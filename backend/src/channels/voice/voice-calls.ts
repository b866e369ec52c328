import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type FindOptionsWhere } from 'typeorm';
import { toAgentDto } from '../../agents/agent.dto';
import { Agent } from '../../agents/agent.entity';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainEventBus } from '../../common/domain-events';
import { Message } from '../../conversations/message.entity';
import { callSummary } from './voice-call.policy';
import { VoiceCall, type CallState } from './voice-call.entity';

/**
 * The voice_calls rows: every change is a conditional update on the state
 * the change starts from, so callbacks that race (Twilio's status callback
 * overtaking the queue's action) or arrive twice apply once. After a
 * change the call's message shows the row again ('message.updated').
 */
@Injectable()
export class VoiceCalls {
  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEventBus,
  ) {}

  bySid(inboxId: number, callSid: string): Promise<VoiceCall | null> {
    return this.db.getRepository(VoiceCall).findOneBy({ inboxId, callSid });
  }

  byId(inboxId: number, id: number): Promise<VoiceCall | null> {
    return this.db.getRepository(VoiceCall).findOneBy({ inboxId, id });
  }

  /** The call waiting in the queue for this conversation, if one is. */
  waitingFor(conversationId: number): Promise<VoiceCall | null> {
    return this.db.getRepository(VoiceCall).findOneBy({ conversationId, state: 'queued' });
  }

  /** Inserts the call, or returns the row a concurrent copy of the same webhook inserted. */
  async insert(row: Partial<VoiceCall>): Promise<{ call: VoiceCall; created: boolean }> {
    const repo = this.db.getRepository(VoiceCall);
    try {
      return { call: await repo.save(repo.create(row)), created: true };
    } catch (error) {
      if (!isUniqueViolation(error) || !row.callSid) throw error;
      return { call: await repo.findOneByOrFail({ callSid: row.callSid }), created: false };
    }
  }

  /** Applies the change only if the call is still in one of `from` (and matches `where`); true if it did. */
  async move(call: VoiceCall, from: CallState[], changes: Partial<VoiceCall>, where: FindOptionsWhere<VoiceCall> = {}): Promise<boolean> {
    const result = await this.db.getRepository(VoiceCall).update({ id: call.id, state: In(from), ...where }, changes);
    if (!result.affected) return false;
    Object.assign(call, changes);
    return true;
  }

  /** Sets what needs no transition (a recording, a transcription), once. */
  async fill(call: VoiceCall, changes: Partial<VoiceCall>, where: FindOptionsWhere<VoiceCall> = {}): Promise<boolean> {
    const result = await this.db.getRepository(VoiceCall).update({ id: call.id, ...where }, changes);
    if (result.affected) Object.assign(call, changes);
    return Boolean(result.affected);
  }

  /** The operator is taken by a call from now (ringing or talking): the router keeps others away. */
  async markOnCall(agentId: number): Promise<void> {
    const taken = await this.db.getRepository(Agent).update({ id: agentId, onCallSince: IsNull() }, { onCallSince: new Date() });
    if (taken.affected) await this.announceAgent(agentId);
  }

  /** The operator's call is over, unless another of their calls is still live: the queue may have something for them now. */
  async markOffCall(agentId: number): Promise<void> {
    const live = await this.db.getRepository(VoiceCall).countBy({ agentId, state: In(['connecting', 'talking'] as CallState[]) });
    if (live > 0) return;
    const freed = await this.db.getRepository(Agent).update({ id: agentId, onCallSince: Not(IsNull()) }, { onCallSince: null });
    if (!freed.affected) return;
    await this.announceAgent(agentId);
    await this.domainEvents.emit('agent.slot-freed', { agentId });
  }

  /** Everyone's view of the operators shows who is on the phone. */
  private async announceAgent(agentId: number): Promise<void> {
    const agent = await this.db.getRepository(Agent).findOne({ where: { id: agentId }, relations: { teams: true } });
    if (agent) await this.domainEvents.emit('agent.updated', { agent: toAgentDto(agent) });
  }

  /** The call's message shows the row as it is now, and operators see the change. */
  async show(call: VoiceCall): Promise<void> {
    if (call.messageId === null) return;
    const fresh = await this.db.getRepository(VoiceCall).findOneByOrFail({ id: call.id });
    await this.db.getRepository(Message).update({ id: call.messageId }, { payload: { call: callSummary(fresh) } });
    if (await this.db.getRepository(Message).existsBy({ id: call.messageId })) await this.domainEvents.emit('message.updated', { messageId: call.messageId });
  }
}
