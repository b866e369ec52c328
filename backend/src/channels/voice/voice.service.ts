import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  callerIdentity,
  dialTwiml,
  emptyTwiml,
  enqueueTwiml,
  hangupTwiml,
  operatorClientIdentity,
  parseCallStatus,
  parseDialResult,
  parseIncomingCall,
  parseQueueExit,
  parseQueueWait,
  parseRecording,
  parseTranscription,
  parseVoicemail,
  queueWaitTwiml,
  TwilioVoiceRest,
  voicemailTwiml,
  type DialTarget,
  type IncomingCall,
} from '@inbox/connectors';
import { DataSource, IsNull } from 'typeorm';
import { reachableSql } from '../../agents/agent-load';
import { Agent } from '../../agents/agent.entity';
import { isOpen } from '../../automation/business-hours.policy';
import { DomainEventBus } from '../../common/domain-events';
import { Contact } from '../../contacts/contact.entity';
import { Conversation } from '../../conversations/conversation.entity';
import { ConversationsService } from '../../conversations/conversations.service';
import { RoutingService } from '../../routing/routing.service';
import { InboundService } from '../inbound.service';
import { finalOutcome, operatorAnswered, planInboundCall, queueExitPlan, secondsBetween, shouldLeaveQueue } from './voice-call.policy';
import type { VoiceCall } from './voice-call.entity';
import { VoiceCalls } from './voice-calls';
import { VoiceInboxes, type VoiceInbox } from './voice-inboxes';

const GOODBYE = { text: 'Thank you for your message. Goodbye.' };
const positionPrompt = (position: number) => ({ text: position === 1 ? 'You are next in line.' : `You are number ${position} in line.` });

/**
 * A call's way through the inbox (docs/channels/voice.md): the voice
 * webhook stores it as a `call` message of the caller's conversation and
 * answers with TwiML — voicemail after hours or with nobody online, the
 * operator who already holds the conversation, or the queue. A waiting
 * call is a queued conversation like a chat; when the router assigns it,
 * the call is moved out of <Enqueue> to a <Dial> of that operator. Every
 * later callback updates the call's row and its message.
 */
@Injectable()
export class VoiceService implements OnModuleInit {
  private readonly logger = new Logger('Voice');

  constructor(
    private readonly db: DataSource,
    private readonly inboxes: VoiceInboxes,
    private readonly calls: VoiceCalls,
    private readonly inbound: InboundService,
    private readonly conversations: ConversationsService,
    private readonly routing: RoutingService,
    private readonly rest: TwilioVoiceRest,
    private readonly domainEvents: DomainEventBus,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('conversation.assigned', ({ conversationId, agentId, channel }) => (channel === 'twilio-voice' ? this.connectWaiting(conversationId, agentId) : undefined));
  }

  /** POST …/voice: a call came in. */
  async incoming(voice: VoiceInbox, body: unknown): Promise<string> {
    const call = parseIncomingCall(body);
    const known = await this.calls.bySid(voice.inbox.id, call.callSid);
    // Twilio asks again after a timeout: the call is already stored; answer as its state says.
    if (known) return this.answerAgain(voice, known);
    const stored = await this.store(voice, call);
    const conversation = await this.conversations.get(stored.conversationId);
    const plan = planInboundCall({
      open: !voice.inbox.automation.businessHours || isOpen(voice.inbox.automation.businessHours, new Date()),
      conversation,
      assigneeAvailable: conversation.assigneeId !== null && (await this.mayTalk(conversation.assigneeId)),
      operatorsOnline: await this.operatorsOnline(voice.inbox.teamId),
    });
    let answer: string;
    if (plan.kind === 'voicemail') {
      await this.calls.move(stored, ['ringing'], { state: 'voicemail' });
      answer = this.voicemail(voice, plan.reason === 'after-hours' ? voice.settings.afterHoursPrompt : voice.settings.voicemailPrompt);
    } else if (plan.kind === 'dial') {
      answer = (await this.calls.move(stored, ['ringing'], { state: 'connecting', agentId: plan.agentId })) ? await this.dial(voice, stored, true) : this.voicemail(voice, voice.settings.voicemailPrompt);
    } else {
      answer = await this.enqueue(voice, stored);
    }
    await this.calls.show(stored);
    return answer;
  }

  /** The caller's contact (by number, across channels), conversation and `call` message, then the call row. */
  private async store(voice: VoiceInbox, call: IncomingCall): Promise<VoiceCall> {
    const sender = callerIdentity(call);
    // The same number already known on another channel (WhatsApp, Telegram) is the same person.
    const known = sender.phone ? await this.db.getRepository(Contact).findOne({ where: { phone: sender.phone }, order: { id: 'ASC' } }) : null;
    const { conversation, message } = await this.inbound.receiveMessage(
      voice.inbox,
      { type: 'message', externalId: call.callSid, sender, kind: 'call', attachments: [], payload: { call: null }, sentAt: new Date() },
      undefined,
      known ? { knownContactId: known.id } : {},
    );
    const { call: row } = await this.calls.insert({
      inboxId: voice.inbox.id,
      conversationId: conversation.id,
      messageId: message.id,
      direction: 'in',
      callSid: call.callSid,
      fromNumber: call.from,
      toNumber: call.to,
      state: 'ringing',
    });
    return row;
  }

  /**
   * One routing attempt at once, then the queue: with a free operator the
   * caller is put through straight after the greeting. The call counts as
   * waiting (`queued`) only after that attempt, so the assignment listener
   * leaves a call this request is still answering alone; an assignment that
   * lands after the move to `queued` goes to whoever claims the call first
   * (this request with a <Dial>, or the listener with a redirect).
   */
  private async enqueue(voice: VoiceInbox, call: VoiceCall): Promise<string> {
    const queuedAt = new Date();
    await this.routing.route(call.conversationId);
    const routed = await this.conversations.get(call.conversationId);
    if (routed.status === 'assigned' && routed.assigneeId !== null && (await this.calls.move(call, ['ringing'], { state: 'connecting', agentId: routed.assigneeId, queuedAt, waitSeconds: 0 }))) {
      return this.dial(voice, call, true);
    }
    await this.calls.move(call, ['ringing'], { state: 'queued', queuedAt });
    const later = await this.conversations.get(call.conversationId);
    if (later.status === 'assigned' && later.assigneeId !== null && (await this.claimForOperator(call, later.assigneeId))) return this.dial(voice, call, true);
    return enqueueTwiml({
      greeting: voice.settings.greeting,
      queueName: `call-${call.id}`,
      waitUrl: this.inboxes.hookUrl(voice.inbox.id, 'wait'),
      actionUrl: this.inboxes.hookUrl(voice.inbox.id, 'queue-result'),
      speech: voice.settings.speech,
    });
  }

  private async claimForOperator(call: VoiceCall, agentId: number): Promise<boolean> {
    const claimed = await this.calls.move(call, ['queued'], { state: 'connecting', agentId, waitSeconds: secondsBetween(call.queuedAt, new Date()) ?? 0 });
    if (claimed) await this.calls.markOnCall(agentId);
    return claimed;
  }

  /** The router gave a waiting call's conversation to an operator: take the call out of the queue to them. */
  async connectWaiting(conversationId: number, agentId: number): Promise<void> {
    const call = await this.calls.waitingFor(conversationId);
    if (!call || !(await this.claimForOperator(call, agentId))) return;
    const voice = await this.inboxes.find(call.inboxId);
    if (!voice || !call.callSid) return;
    try {
      await this.rest.redirectCall(voice.credentials, call.callSid, this.inboxes.hookUrl(voice.inbox.id, 'connect', { call: call.id }));
    } catch (error) {
      // The caller hung up meanwhile (Twilio refuses to redirect a finished call): the status callback ends it.
      this.logger.warn(`Call ${call.id}: could not move it to operator ${agentId}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await this.calls.show(call);
  }

  /** POST …/connect?call=: the TwiML a redirected (or answered outbound) call runs next: ring the operator. */
  async connect(voice: VoiceInbox, callId: number, body: unknown): Promise<string> {
    const { callSid } = parseCallStatus(body);
    const call = await this.calls.byId(voice.inbox.id, callId);
    // Only a call on its way to an operator is connected: a stale or replayed request must not mark anyone on a call.
    if (!call || call.callSid !== callSid || call.agentId === null || !['connecting', 'dialing'].includes(call.state)) return hangupTwiml(undefined, voice.settings.speech);
    // An outbound call the customer just answered: now the operator's side rings.
    if (call.state === 'dialing') await this.calls.move(call, ['dialing'], { state: 'connecting' });
    return this.dial(voice, call, false);
  }

  private async dial(voice: VoiceInbox, call: VoiceCall, greet: boolean): Promise<string> {
    const agentId = call.agentId as number;
    const phone = voice.settings.agentPhones[String(agentId)];
    const target: DialTarget = phone ? { number: phone } : { client: operatorClientIdentity(agentId) };
    await this.calls.markOnCall(agentId);
    return dialTwiml({
      target,
      announce: greet ? voice.settings.greeting : undefined,
      actionUrl: this.inboxes.hookUrl(voice.inbox.id, 'dial-result'),
      statusUrl: this.inboxes.hookUrl(voice.inbox.id, 'status'),
      // A phone shows our number (Twilio allows only owned or verified ones); the browser shows the customer's.
      callerId: phone ? voice.settings.phoneNumber : call.direction === 'in' ? call.fromNumber : call.toNumber,
      ringSeconds: voice.settings.ringSeconds,
      recordingStatusUrl: voice.settings.recordCalls ? this.inboxes.hookUrl(voice.inbox.id, 'recording') : undefined,
      speech: voice.settings.speech,
    });
  }

  private voicemail(voice: VoiceInbox, prompt: { text?: string }): string {
    return voicemailTwiml({
      prompt,
      actionUrl: this.inboxes.hookUrl(voice.inbox.id, 'voicemail'),
      recordingStatusUrl: this.inboxes.hookUrl(voice.inbox.id, 'recording'),
      transcribeUrl: voice.settings.transcribeVoicemail ? this.inboxes.hookUrl(voice.inbox.id, 'transcription') : undefined,
      maxSeconds: voice.settings.voicemailMaxSeconds,
      speech: voice.settings.speech,
    });
  }

  /** A resent voice webhook: the same kind of answer, without storing or routing again. */
  private async answerAgain(voice: VoiceInbox, call: VoiceCall): Promise<string> {
    if (call.state === 'voicemail') return this.voicemail(voice, voice.settings.voicemailPrompt);
    if (call.state === 'connecting' && call.agentId !== null) return this.dial(voice, call, false);
    if (call.state === 'queued' || call.state === 'ringing') return this.enqueue(voice, call);
    return hangupTwiml(undefined, voice.settings.speech);
  }

  /** POST …/wait: asked while the caller waits; their place, hold music, or out to voicemail after the longest wait. */
  async wait(voice: VoiceInbox, body: unknown): Promise<string> {
    const { callSid, position, waitedSeconds } = parseQueueWait(body);
    const call = await this.calls.bySid(voice.inbox.id, callSid);
    const leave = !call || (call.state === 'queued' && shouldLeaveQueue(waitedSeconds, voice.settings.maxWaitSeconds));
    return queueWaitTwiml({ position, announce: voice.settings.announcePosition ? positionPrompt : undefined, holdMusicUrl: voice.settings.holdMusicUrl, leave, speech: voice.settings.speech });
  }

  /** POST …/queue-result: the caller left the queue — hung up (abandoned, the conversation waits for a callback), or on to voicemail. */
  async queueResult(voice: VoiceInbox, body: unknown): Promise<string> {
    const exit = parseQueueExit(body);
    const call = await this.calls.bySid(voice.inbox.id, exit.callSid);
    if (!call) return emptyTwiml();
    const plan = queueExitPlan(exit.result);
    if (plan === 'abandoned') {
      await this.end(call, { outcome: 'abandoned', waitSeconds: exit.waitedSeconds });
      return emptyTwiml();
    }
    if (plan === 'voicemail' && (await this.calls.move(call, ['queued'], { state: 'voicemail', waitSeconds: exit.waitedSeconds }))) {
      await this.calls.show(call);
      return this.voicemail(voice, voice.settings.voicemailPrompt);
    }
    return emptyTwiml();
  }

  /** POST …/dial-result: the operator's leg is over. They talked (the call ends), or never answered (voicemail for a caller). */
  async dialResult(voice: VoiceInbox, body: unknown): Promise<string> {
    const result = parseDialResult(body);
    const call = await this.calls.bySid(voice.inbox.id, result.callSid);
    if (!call) return hangupTwiml(undefined, voice.settings.speech);
    if (operatorAnswered(result.status)) {
      await this.end(call, { outcome: 'answered', ...(result.talkSeconds !== undefined ? { talkSeconds: result.talkSeconds } : {}) });
      return hangupTwiml(undefined, voice.settings.speech);
    }
    if (call.direction === 'out' || !(await this.calls.move(call, ['connecting'], { state: 'voicemail' }))) {
      await this.end(call, { outcome: 'missed' });
      return hangupTwiml(undefined, voice.settings.speech);
    }
    if (call.agentId !== null) await this.calls.markOffCall(call.agentId);
    await this.calls.show(call);
    return this.voicemail(voice, voice.settings.voicemailPrompt);
  }

  /**
   * POST …/status: the caller's call changed (its last status ends it), or
   * — with ParentCallSid — the operator's leg did: answered (talk starts,
   * the conversation's first answer) or over.
   */
  async status(voice: VoiceInbox, body: unknown): Promise<string> {
    const update = parseCallStatus(body);
    const call = await this.calls.bySid(voice.inbox.id, update.parentCallSid ?? update.callSid);
    if (!call) return emptyTwiml();
    const final = ['completed', 'busy', 'failed', 'no-answer', 'canceled'].includes(update.status);
    if (update.parentCallSid && update.status === 'in-progress') {
      const now = new Date();
      if (await this.calls.move(call, ['connecting'], { state: 'talking', answeredAt: now })) await this.firstAnswer(call, now);
      await this.calls.show(call);
    } else if (update.parentCallSid && final) {
      if (call.state === 'talking' && update.durationSeconds !== undefined) await this.calls.fill(call, { talkSeconds: update.durationSeconds }, { talkSeconds: IsNull() });
    } else if (!update.parentCallSid && final) {
      await this.end(call, { outcome: finalOutcome(call, update.status) });
    }
    return emptyTwiml();
  }

  /** The operator picking up is the conversation's first answer (speed of answer, and what the survey waits for). */
  private async firstAnswer(call: VoiceCall, at: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      const first = await tx.getRepository(Conversation).update({ id: call.conversationId, firstAgentReplyAt: IsNull() }, { firstAgentReplyAt: at });
      if (first.affected) await this.conversations.logEvent(tx, call.conversationId, 'first_reply', { agentId: call.agentId, actorId: call.agentId, data: { channel: 'call' } });
    });
  }

  /**
   * The call is over: its outcome (the first decided stands), the talk
   * time, the operator free again. A caller who gave up in the queue is
   * logged `abandoned`; their conversation stays queued as the callback.
   */
  private async end(call: VoiceCall, result: Pick<VoiceCall, 'outcome'> & Partial<Pick<VoiceCall, 'talkSeconds' | 'waitSeconds'>>): Promise<void> {
    const now = new Date();
    const wasQueued = call.state === 'queued';
    const talkSeconds = result.talkSeconds ?? call.talkSeconds ?? (call.state === 'talking' ? secondsBetween(call.answeredAt, now) : null);
    const waitSeconds = result.waitSeconds ?? call.waitSeconds ?? (wasQueued ? secondsBetween(call.queuedAt, now) : null);
    const ended = await this.calls.move(call, ['ringing', 'queued', 'connecting', 'talking', 'voicemail', 'dialing'], { state: 'ended', endedAt: now, talkSeconds, waitSeconds, outcome: call.outcome ?? result.outcome });
    if (!ended) return;
    if (call.agentId !== null) await this.calls.markOffCall(call.agentId);
    if (call.outcome === 'abandoned') {
      await this.db.transaction((tx) => this.conversations.logEvent(tx, call.conversationId, 'abandoned', { data: { channel: 'call', waitSeconds: waitSeconds ?? 0 } }));
    }
    await this.calls.show(call);
  }

  /** POST …/voicemail: the caller finished speaking; an empty recording is a missed call. */
  async voicemailDone(voice: VoiceInbox, body: unknown): Promise<string> {
    const result = parseVoicemail(body);
    const call = await this.calls.bySid(voice.inbox.id, result.callSid);
    if (call) {
      if (result.recordingSid) await this.calls.fill(call, { recordingSid: result.recordingSid, recordingSeconds: result.durationSeconds }, { recordingSid: IsNull() });
      await this.calls.fill(call, { outcome: result.durationSeconds > 0 ? 'voicemail' : 'missed' }, { outcome: IsNull() });
      await this.end(call, { outcome: call.outcome ?? 'missed' });
    }
    return hangupTwiml(GOODBYE, voice.settings.speech);
  }

  /** POST …/recording: a recording (talk or voicemail) is ready at Twilio; the inbox plays it through the proxy. */
  async recording(voice: VoiceInbox, body: unknown): Promise<string> {
    const update = parseRecording(body);
    const call = await this.calls.bySid(voice.inbox.id, update.callSid);
    if (call && update.status === 'completed') {
      await this.calls.fill(call, { recordingSid: update.recordingSid, recordingSeconds: update.durationSeconds ?? null });
      await this.calls.show(call);
    }
    return emptyTwiml();
  }

  /** POST …/transcription: the voicemail's text, shown under its player. */
  async transcription(voice: VoiceInbox, body: unknown): Promise<string> {
    const update = parseTranscription(body);
    const call = await this.calls.bySid(voice.inbox.id, update.callSid);
    if (call && update.status === 'completed' && update.text) {
      await this.calls.fill(call, { transcription: update.text });
      await this.calls.show(call);
    }
    return emptyTwiml();
  }

  /** Online and not on another call. */
  private async mayTalk(agentId: number): Promise<boolean> {
    return this.db.getRepository(Agent).createQueryBuilder('a').where('a.id = :agentId', { agentId }).andWhere(reachableSql('a')).andWhere('a.onCallSince IS NULL').getExists();
  }

  private operatorsOnline(teamId: number | null): Promise<number> {
    const query = this.db.getRepository(Agent).createQueryBuilder('a').where(reachableSql('a'));
    if (teamId !== null) query.innerJoin('agent_teams', 't', 't.agentId = a.id AND t.teamId = :teamId', { teamId });
    return query.getCount();
  }
}
