import { toE164 } from '../phone';
import { ProviderError, type ChannelConnector, type ConnectorContext, type InboundMessageEvent, type InboundSender, type OutboundMessage, type RawInbound, type SendResult } from '../types';
import { parseIncomingCall, type IncomingCall } from './twilio-voice.payload';
import { TWILIO_SIGNATURE_HEADER, verifyTwilioSignature } from './twilio-voice.signature';
import { TwilioVoiceRest } from './twilio-voice.rest';

/** What a voice inbox keeps in its secrets (encrypted at rest). */
export interface TwilioVoiceSecrets {
  accountSid: string;
  authToken: string;
  apiKeySid?: string;
  apiKeySecret?: string;
  twimlAppSid?: string;
}

/** SMS bodies past this are split by Twilio into up to ten segments; longer ones it refuses. */
const SMS_MAX_CHARS = 1600;

/** What carriers send for a caller id that was withheld or is unknown (Twilio documents these). */
const WITHHELD = new Set(['+266696687', '+86282452253', '+8656696']);

/** The caller's number in E.164, or null for a withheld caller id or one that is not a phone (a SIP or `client:` address). */
export function callerNumber(from: unknown): string | null {
  const phone = toE164(from);
  return phone && !WITHHELD.has(phone) ? phone : null;
}

/**
 * The caller as a contact identity: their number in E.164, so the same
 * person writing on WhatsApp or Telegram with that number is the same
 * contact. A withheld or non-phone caller id identifies only this call.
 */
export function callerIdentity(call: Pick<IncomingCall, 'from' | 'callSid' | 'callerName'>): InboundSender {
  const phone = callerNumber(call.from);
  const name = call.callerName && !/^(anonymous|unknown|restricted|unavailable)$/i.test(call.callerName) ? call.callerName : undefined;
  return phone ? { externalId: phone, phone, ...(name ? { name } : {}) } : { externalId: `withheld:${call.callSid}`, ...(name ? { name } : {}) };
}

/**
 * A Twilio number as a channel (docs/architecture.md): an incoming call is a `call`
 * message from the caller; what operators and automation write back goes
 * out as an SMS from the same number.
 */
export class TwilioVoiceConnector implements ChannelConnector {
  readonly type = 'twilio-voice' as const;

  constructor(private readonly rest: TwilioVoiceRest) {}

  /** `url` must be the public URL Twilio called (publicRequestUrl). */
  verifyInbound(req: RawInbound, ctx: ConnectorContext): boolean {
    return verifyTwilioSignature(ctx.secrets.authToken ?? '', req.headers[TWILIO_SIGNATURE_HEADER], req.url ?? '', req.body);
  }

  parseInbound(req: RawInbound): InboundMessageEvent[] {
    const call = parseIncomingCall(req.body);
    return [{ type: 'message', externalId: call.callSid, sender: callerIdentity(call), kind: 'call', attachments: [], payload: { direction: 'in', from: call.from, to: call.to }, sentAt: new Date() }];
  }

  async send(msg: OutboundMessage, ctx: ConnectorContext): Promise<SendResult> {
    const to = toE164(msg.recipientExternalId);
    if (!to) throw new ProviderError('permanent', 'The caller withheld their number: there is nowhere to send a text message');
    const from = typeof ctx.settings.phoneNumber === 'string' ? ctx.settings.phoneNumber : '';
    const text = (msg.text ?? '').trim();
    if (!text) throw new ProviderError('permanent', 'A text message to a caller needs text (files cannot be sent by SMS here)');
    const { messageSid } = await this.rest.sendSms({ accountSid: ctx.secrets.accountSid ?? '', authToken: ctx.secrets.authToken ?? '' }, { to, from, body: text.slice(0, SMS_MAX_CHARS) });
    return { externalId: messageSid };
  }
}
