import { TwilioVoicePayloadError } from './twilio-voice.errors';

/**
 * Twilio's voice callbacks (https://www.twilio.com/docs/voice/twiml#request-parameters),
 * read from the form body into typed values. Everything a callback needs
 * is checked here, before the backend writes anything; what it does not
 * need is ignored, as Twilio adds parameters over time.
 */

/** The form fields as the HTTP layer parsed them. */
export type TwilioParams = Record<string, unknown>;

export const CALL_STATUSES = ['queued', 'initiated', 'ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** <Enqueue action>: why the caller left the queue (https://www.twilio.com/docs/voice/twiml/enqueue#attributes-action-parameters). */
export const QUEUE_RESULTS = ['bridged', 'bridging-in-process', 'error', 'hangup', 'leave', 'redirected', 'redirected-from-bridged', 'queue-full', 'system-shutdown', 'system-error'] as const;
export type QueueResult = (typeof QUEUE_RESULTS)[number];

export const DIAL_STATUSES = ['completed', 'answered', 'busy', 'no-answer', 'failed', 'canceled'] as const;
export type DialStatus = (typeof DIAL_STATUSES)[number];

export const RECORDING_STATUSES = ['in-progress', 'completed', 'absent', 'failed'] as const;
export type RecordingStatus = (typeof RECORDING_STATUSES)[number];

const SID = (prefix: string) => new RegExp(`^${prefix}[0-9a-f]{32}$`);
const CALL_SID = SID('CA');
const ACCOUNT_SID = SID('AC');
const RECORDING_SID = SID('RE');
/** A caller id or called number: E.164, `client:…`, `sip:…`, or a word such as `anonymous`. */
const ADDRESS_MAX = 128;
/** Twilio's transcriptions are of recordings up to two minutes: a few thousand characters at most. */
const TRANSCRIPTION_MAX = 20_000;
/** A day; no single call of ours waits or talks longer than Twilio's four-hour call limit. */
const SECONDS_MAX = 86_400;

export interface IncomingCall {
  callSid: string;
  accountSid: string;
  from: string;
  to: string;
  status: CallStatus;
  direction: string;
  callerName?: string;
}

export interface CallStatusUpdate {
  callSid: string;
  status: CallStatus;
  /** Set on the final status: seconds the call lasted. */
  durationSeconds?: number;
  /** Set when this is the operator's leg of a <Dial>. */
  parentCallSid?: string;
}

export interface QueueWait {
  callSid: string;
  /** 1-based place in the queue. */
  position: number;
  waitedSeconds: number;
}

export interface QueueExit {
  callSid: string;
  result: QueueResult;
  waitedSeconds: number;
}

export interface DialResult {
  callSid: string;
  status: DialStatus;
  talkSeconds?: number;
}

export interface RecordingUpdate {
  callSid: string;
  recordingSid: string;
  status: RecordingStatus;
  durationSeconds?: number;
}

/** <Record action>: the voicemail as it ended. An empty recording has no sid. */
export interface VoicemailResult {
  callSid: string;
  recordingSid?: string;
  durationSeconds: number;
}

export interface TranscriptionUpdate {
  callSid: string;
  recordingSid: string;
  status: 'completed' | 'failed';
  text?: string;
}

function fields(body: unknown): TwilioParams {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TwilioVoicePayloadError('body', 'must be form fields');
  return body as TwilioParams;
}

function text(params: TwilioParams, name: string, options: { required: true; max?: number }): string;
function text(params: TwilioParams, name: string, options?: { required?: false; max?: number }): string | undefined;
function text(params: TwilioParams, name: string, { required = false, max = ADDRESS_MAX } = {}): string | undefined {
  const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
  if (value === undefined || value === '') {
    if (required) throw new TwilioVoicePayloadError(name, 'is missing');
    return undefined;
  }
  if (typeof value !== 'string') throw new TwilioVoicePayloadError(name, 'must be given once, as text');
  if (value.length > max) throw new TwilioVoicePayloadError(name, `is longer than ${max} characters`);
  return value;
}

function sid(params: TwilioParams, name: string, pattern: RegExp, required: boolean): string | undefined {
  const value = required ? text(params, name, { required: true }) : text(params, name);
  if (value !== undefined && !pattern.test(value)) throw new TwilioVoicePayloadError(name, 'is not a Twilio id of the right kind');
  return value;
}

function oneOf<T extends string>(params: TwilioParams, name: string, allowed: readonly T[]): T {
  const value = text(params, name, { required: true });
  if (!(allowed as readonly string[]).includes(value)) throw new TwilioVoicePayloadError(name, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function seconds(params: TwilioParams, name: string, required: boolean): number | undefined {
  const value = required ? text(params, name, { required: true }) : text(params, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value) || Number(value) > SECONDS_MAX) throw new TwilioVoicePayloadError(name, `must be a whole number of seconds up to ${SECONDS_MAX}`);
  return Number(value);
}

const callSid = (params: TwilioParams) => sid(params, 'CallSid', CALL_SID, true) as string;

/** The voice webhook: a call came in to the inbox's number. */
export function parseIncomingCall(body: unknown): IncomingCall {
  const params = fields(body);
  const callerName = text(params, 'CallerName');
  return {
    callSid: callSid(params),
    accountSid: sid(params, 'AccountSid', ACCOUNT_SID, true) as string,
    // A withheld caller id still arrives, as a word; only a missing one is an error.
    from: text(params, 'From', { required: true }),
    to: text(params, 'To', { required: true }),
    status: oneOf(params, 'CallStatus', CALL_STATUSES),
    direction: text(params, 'Direction') ?? 'inbound',
    ...(callerName ? { callerName } : {}),
  };
}

/** A status callback of the caller's call, or of the operator's leg (with ParentCallSid). */
export function parseCallStatus(body: unknown): CallStatusUpdate {
  const params = fields(body);
  const durationSeconds = seconds(params, 'CallDuration', false);
  const parentCallSid = sid(params, 'ParentCallSid', CALL_SID, false);
  return {
    callSid: callSid(params),
    status: oneOf(params, 'CallStatus', CALL_STATUSES),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    ...(parentCallSid ? { parentCallSid } : {}),
  };
}

/** <Enqueue waitUrl>: asked again and again while the caller waits. */
export function parseQueueWait(body: unknown): QueueWait {
  const params = fields(body);
  const position = seconds(params, 'QueuePosition', true) as number;
  if (position < 1) throw new TwilioVoicePayloadError('QueuePosition', 'must be 1 or more');
  return { callSid: callSid(params), position, waitedSeconds: seconds(params, 'QueueTime', false) ?? 0 };
}

/** <Enqueue action>: the caller left the queue. */
export function parseQueueExit(body: unknown): QueueExit {
  const params = fields(body);
  return { callSid: callSid(params), result: oneOf(params, 'QueueResult', QUEUE_RESULTS), waitedSeconds: seconds(params, 'QueueTime', false) ?? 0 };
}

/** <Dial action>: the operator's leg ended, or never started. */
export function parseDialResult(body: unknown): DialResult {
  const params = fields(body);
  const talkSeconds = seconds(params, 'DialCallDuration', false);
  return { callSid: callSid(params), status: oneOf(params, 'DialCallStatus', DIAL_STATUSES), ...(talkSeconds !== undefined ? { talkSeconds } : {}) };
}

/** recordingStatusCallback of a <Dial record> or a <Record>. */
export function parseRecording(body: unknown): RecordingUpdate {
  const params = fields(body);
  const durationSeconds = seconds(params, 'RecordingDuration', false);
  return {
    callSid: callSid(params),
    recordingSid: sid(params, 'RecordingSid', RECORDING_SID, true) as string,
    status: oneOf(params, 'RecordingStatus', RECORDING_STATUSES),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
  };
}

/** <Record action>: the caller finished the voicemail (or hung up before saying anything). */
export function parseVoicemail(body: unknown): VoicemailResult {
  const params = fields(body);
  const recordingSid = sid(params, 'RecordingSid', RECORDING_SID, false);
  return { callSid: callSid(params), durationSeconds: seconds(params, 'RecordingDuration', false) ?? 0, ...(recordingSid ? { recordingSid } : {}) };
}

/** <Record transcribeCallback>. */
export function parseTranscription(body: unknown): TranscriptionUpdate {
  const params = fields(body);
  const transcript = text(params, 'TranscriptionText', { max: TRANSCRIPTION_MAX });
  return {
    callSid: callSid(params),
    recordingSid: sid(params, 'RecordingSid', RECORDING_SID, true) as string,
    status: oneOf(params, 'TranscriptionStatus', ['completed', 'failed'] as const),
    ...(transcript !== undefined ? { text: transcript } : {}),
  };
}
