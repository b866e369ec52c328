import { BadGatewayException, BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { issueVoiceToken, toE164, operatorClientIdentity, ProviderError, TwilioVoiceRest, type FetchedRecording, type VoiceToken } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import type { Agent } from '../../agents/agent.entity';
import { InboxAccess } from '../../auth/inbox-access.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Contact } from '../../contacts/contact.entity';
import { ContactIdentity } from '../../contacts/contact-identity.entity';
import { Conversation } from '../../conversations/conversation.entity';
import { ConversationsService } from '../../conversations/conversations.service';
import { callSummary } from './voice-call.policy';
import type { CallSummary } from './voice.responses';
import { VoiceCall } from './voice-call.entity';
import { VoiceCalls } from './voice-calls';
import { VoiceInboxes, type VoiceInbox } from './voice-inboxes';

/**
 * What operators do with calls: get a Voice SDK token for the browser,
 * call a customer back from a conversation, and listen to recordings
 * through the server (the account's credentials never leave it).
 */
@Injectable()
export class VoiceOperatorService {
  constructor(
    private readonly db: DataSource,
    private readonly inboxes: VoiceInboxes,
    private readonly calls: VoiceCalls,
    private readonly conversations: ConversationsService,
    private readonly rest: TwilioVoiceRest,
    private readonly access: InboxAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A short-lived token for the operator's own identity: calls dialed to `agent-<id>` ring in their browser. */
  async token(agent: Agent, inboxId: number): Promise<VoiceToken> {
    const voice = await this.voiceInboxOf(agent, inboxId);
    const { apiKeySid, apiKeySecret, twimlAppSid } = voice.secrets;
    if (!apiKeySid || !apiKeySecret) throw new ConflictException(`inboxId: inbox ${inboxId} has no API key for browser calling (voice.apiKeySid, voice.apiKeySecret)`);
    return issueVoiceToken({
      accountSid: voice.credentials.accountSid,
      apiKeySid,
      apiKeySecret,
      identity: operatorClientIdentity(agent.id),
      outgoingApplicationSid: twimlAppSid,
      ttlSeconds: this.config.twilio.voiceTokenTtlSeconds,
    });
  }

  /**
   * Click-to-call: Twilio rings the customer from the inbox's number and,
   * when they answer, connects the operator (…/connect). The call is a
   * message of the conversation it was started from, whatever its channel.
   * The number it calls from must be one of the operator's inboxes too: the
   * call is billed to that inbox's account.
   */
  async callBack(agent: Agent, conversationId: number, inboxId: number | undefined): Promise<CallSummary> {
    const conversation = await this.conversations.getFor(agent, conversationId);
    this.conversations.assertMayWrite(agent, conversation);
    if (conversation.status === 'closed') throw new ConflictException(`Conversation ${conversationId} is closed`);
    const voice = await this.voiceInboxOf(agent, inboxId ?? (await this.defaultVoiceInbox(agent, conversation.inboxId)));
    const to = await this.customerNumber(conversation.contactId, voice.inbox.id);
    if (agent.onCallSince !== null) throw new ConflictException('You are on a call already: finish it first');
    const repo = this.db.getRepository(VoiceCall);
    const call = await repo.save(repo.create({ inboxId: voice.inbox.id, conversationId, direction: 'out', fromNumber: voice.settings.phoneNumber, toNumber: to, state: 'dialing', agentId: agent.id }));
    const { message } = await this.conversations.addMessage(conversation, { direction: 'out', senderType: 'agent', senderId: agent.id, kind: 'call', payload: { call: callSummary(call) }, status: 'sent' });
    await this.calls.fill(call, { messageId: message.id });
    try {
      const placed = await this.rest.placeCall(voice.credentials, {
        to,
        from: voice.settings.phoneNumber,
        url: this.inboxes.hookUrl(voice.inbox.id, 'connect', { call: call.id }),
        statusCallback: this.inboxes.hookUrl(voice.inbox.id, 'status'),
      });
      await this.calls.fill(call, { callSid: placed.callSid });
      await this.calls.markOnCall(agent.id);
    } catch (error) {
      await this.calls.move(call, ['dialing'], { state: 'ended', outcome: 'failed', endedAt: new Date() });
      await this.calls.show(call);
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof ProviderError && error.code === 'permanent') throw new BadRequestException(`Twilio refused the call: ${reason}`);
      throw new BadGatewayException(`Twilio could not place the call: ${reason}`);
    }
    await this.calls.show(call);
    return callSummary(await repo.findOneByOrFail({ id: call.id }));
  }

  /** The recording's audio from Twilio, for whoever may read the call's conversation (as its messages). */
  async recording(agent: Agent, callId: number): Promise<FetchedRecording> {
    const call = await this.db.getRepository(VoiceCall).findOneBy({ id: callId });
    const conversation = call?.recordingSid ? await this.db.getRepository(Conversation).findOneBy({ id: call.conversationId }) : null;
    if (!call?.recordingSid || !conversation || !(await this.access.seesConversation(agent, conversation))) throw new NotFoundException(`Call ${callId} has no recording`);
    const voice = await this.voiceInbox(call.inboxId);
    try {
      return await this.rest.fetchRecording(voice.credentials, call.recordingSid);
    } catch (error) {
      throw new BadGatewayException(`Twilio did not give the recording: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async voiceInbox(inboxId: number): Promise<VoiceInbox> {
    const voice = await this.inboxes.find(inboxId);
    if (!voice) throw new NotFoundException(`inboxId: there is no voice inbox ${inboxId}`);
    return voice;
  }

  /** Another team's line answers as one that does not exist. */
  private async voiceInboxOf(agent: Agent, inboxId: number): Promise<VoiceInbox> {
    const voice = await this.inboxes.find(inboxId);
    if (!voice || !this.access.seesInbox(agent, voice.inbox)) throw new NotFoundException(`inboxId: there is no voice inbox ${inboxId}`);
    return voice;
  }

  /** The conversation's own inbox when it is one of the operator's voice inboxes, else the only one of those. */
  private async defaultVoiceInbox(agent: Agent, conversationInboxId: number): Promise<number> {
    const all = (await this.inboxes.all()).filter((v) => this.access.seesInbox(agent, v.inbox));
    const own = all.find((v) => v.inbox.id === conversationInboxId);
    if (own) return own.inbox.id;
    if (all.length === 1) return all[0].inbox.id;
    throw new BadRequestException(all.length ? 'inboxId: say which voice inbox to call from' : 'inboxId: there is no voice inbox to call from');
  }

  /** The contact's number: their identity in the voice inbox, or the phone on their contact card. */
  private async customerNumber(contactId: number, voiceInboxId: number): Promise<string> {
    const identity = await this.db.getRepository(ContactIdentity).findOneBy({ contactId, inboxId: voiceInboxId });
    const contact = await this.db.getRepository(Contact).findOneByOrFail({ id: contactId });
    const number = toE164(identity?.externalId) ?? toE164(contact.phone);
    if (!number) throw new BadRequestException('phone: the contact has no phone number in E.164 to call');
    return number;
  }
}
