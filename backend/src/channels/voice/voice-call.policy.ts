import type { DialResult, QueueExit, TwilioCallStatus as CallStatus } from '@inbox/connectors';
import type { CallOutcome, CallState, VoiceCall } from './voice-call.entity';
import type { CallSummary } from './voice.responses';

/** What the voice webhook does with a new call. */
export type InboundPlan =
  | { kind: 'voicemail'; reason: 'after-hours' | 'no-operator' | 'operator-away' }
  | { kind: 'queue' }
  /** The caller's conversation is already with an operator who can talk now. */
  | { kind: 'dial'; agentId: number };

/**
 * Outside business hours, or with nobody online to serve it, the caller
 * leaves a voicemail. A caller whose conversation is already held by an
 * operator goes to that operator, or to voicemail when they cannot talk;
 * everyone else waits in the queue for the router.
 */
export function planInboundCall(input: {
  open: boolean;
  conversation: { status: string; assigneeId: number | null };
  /** The assignee is online and not on another call. */
  assigneeAvailable: boolean;
  operatorsOnline: number;
}): InboundPlan {
  if (!input.open) return { kind: 'voicemail', reason: 'after-hours' };
  const { status, assigneeId } = input.conversation;
  if (status === 'assigned' && assigneeId !== null) return input.assigneeAvailable ? { kind: 'dial', agentId: assigneeId } : { kind: 'voicemail', reason: 'operator-away' };
  if (input.operatorsOnline === 0) return { kind: 'voicemail', reason: 'no-operator' };
  return { kind: 'queue' };
}

/** The caller has waited long enough: offer voicemail instead (through the Enqueue action). */
export const shouldLeaveQueue = (waitedSeconds: number, maxWaitSeconds: number) => waitedSeconds >= maxWaitSeconds;

/**
 * The caller left the queue: hung up (abandoned: the conversation stays
 * queued as a callback), was taken out for voicemail (`leave`, or Twilio
 * could not keep them), or went on to the operator.
 */
export function queueExitPlan(result: QueueExit['result']): 'abandoned' | 'voicemail' | 'connected' {
  if (result === 'hangup') return 'abandoned';
  if (result === 'leave' || result === 'queue-full' || result === 'error' || result === 'system-error' || result === 'system-shutdown') return 'voicemail';
  return 'connected';
}

/** The operator's leg of <Dial> ended: they talked, or they never picked up (the caller may leave a voicemail). */
export const operatorAnswered = (status: DialResult['status']) => status === 'completed' || status === 'answered';

/**
 * How a call ended when Twilio reports its last status, from where it was:
 * an outcome decided earlier (voicemail left, abandoned in the queue)
 * stands; otherwise talking means answered, waiting means abandoned,
 * ringing an operator or hearing the voicemail prompt means missed, and an
 * outbound call the customer did not take ends as Twilio says.
 */
export function finalOutcome(call: Pick<VoiceCall, 'state' | 'outcome'>, status: CallStatus): CallOutcome {
  if (call.outcome) return call.outcome;
  const byState: Partial<Record<CallState, CallOutcome>> = { talking: 'answered', queued: 'abandoned', ringing: 'abandoned', connecting: 'missed', voicemail: 'missed' };
  if (call.state === 'dialing') return status === 'busy' ? 'busy' : status === 'failed' ? 'failed' : 'no-answer';
  return byState[call.state] ?? 'missed';
}

/** Outcomes that leave someone to call back: the conversation waits in the queue for an operator. */
export const needsCallback = (outcome: CallOutcome | null) => outcome === 'abandoned' || outcome === 'missed' || outcome === 'voicemail';

/** Whole seconds from one instant to another, never negative. */
export function secondsBetween(from: Date | string | null, to: Date | string | null): number | null {
  if (!from || !to) return null;
  return Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 1000));
}

/** The proxy operators play recordings through (authenticated; the Twilio URL is never shown). */
export const recordingPath = (callId: number) => `/api/voice/calls/${callId}/recording`;

/** The call as its message shows it (payload.call), from the row. */
export function callSummary(call: VoiceCall): CallSummary {
  return {
    id: call.id,
    inboxId: call.inboxId,
    direction: call.direction,
    state: call.state,
    outcome: call.outcome,
    from: call.fromNumber,
    to: call.toNumber,
    agentId: call.agentId,
    startedAt: new Date(call.createdAt).toISOString(),
    answeredAt: call.answeredAt ? new Date(call.answeredAt).toISOString() : null,
    endedAt: call.endedAt ? new Date(call.endedAt).toISOString() : null,
    waitSeconds: call.waitSeconds,
    talkSeconds: call.talkSeconds,
    recording: call.recordingSid ? { url: recordingPath(call.id), durationSeconds: call.recordingSeconds } : null,
    transcription: call.transcription,
    callback: needsCallback(call.outcome),
  };
}

