import { describe, expect, it } from 'vitest';
import { VoiceCall } from './voice-call.entity';
import { callSummary, finalOutcome, needsCallback, operatorAnswered, planInboundCall, queueExitPlan, secondsBetween, shouldLeaveQueue } from './voice-call.policy';

const queued = { status: 'queued', assigneeId: null };

function call(over: Partial<VoiceCall>): VoiceCall {
  return Object.assign(new VoiceCall(), {
    id: 9, inboxId: 2, conversationId: 3, messageId: 4, direction: 'in', callSid: 'CA1', fromNumber: '+4930123456', toNumber: '+4940111222',
    state: 'ringing', outcome: null, agentId: null, queuedAt: null, answeredAt: null, endedAt: null, waitSeconds: null, talkSeconds: null,
    recordingSid: null, recordingSeconds: null, transcription: null, createdAt: new Date('2026-12-01T10:00:00Z'), ...over,
  });
}

describe('voice call policy', () => {
  it('sends a call outside business hours to voicemail, whoever is online', () => {
    expect(planInboundCall({ open: false, conversation: queued, assigneeAvailable: false, operatorsOnline: 5 })).toEqual({ kind: 'voicemail', reason: 'after-hours' });
  });

  it('queues a call while anyone is online, and offers voicemail when nobody is', () => {
    expect(planInboundCall({ open: true, conversation: queued, assigneeAvailable: false, operatorsOnline: 1 })).toEqual({ kind: 'queue' });
    expect(planInboundCall({ open: true, conversation: queued, assigneeAvailable: false, operatorsOnline: 0 })).toEqual({ kind: 'voicemail', reason: 'no-operator' });
  });

  it('puts a caller whose conversation is held through to its operator, or to voicemail when they cannot talk', () => {
    const held = { status: 'assigned', assigneeId: 7 };
    expect(planInboundCall({ open: true, conversation: held, assigneeAvailable: true, operatorsOnline: 1 })).toEqual({ kind: 'dial', agentId: 7 });
    expect(planInboundCall({ open: true, conversation: held, assigneeAvailable: false, operatorsOnline: 3 })).toEqual({ kind: 'voicemail', reason: 'operator-away' });
  });

  it('takes a caller out of the queue once they waited the longest allowed', () => {
    expect(shouldLeaveQueue(299, 300)).toBe(false);
    expect(shouldLeaveQueue(300, 300)).toBe(true);
  });

  it('reads why a caller left the queue', () => {
    expect(queueExitPlan('hangup')).toBe('abandoned');
    for (const result of ['leave', 'queue-full', 'error', 'system-error', 'system-shutdown'] as const) expect(queueExitPlan(result), result).toBe('voicemail');
    for (const result of ['bridged', 'redirected', 'redirected-from-bridged', 'bridging-in-process'] as const) expect(queueExitPlan(result), result).toBe('connected');
  });

  it('tells an operator who talked from one who never picked up', () => {
    expect(operatorAnswered('completed')).toBe(true);
    expect(operatorAnswered('answered')).toBe(true);
    for (const status of ['busy', 'no-answer', 'failed', 'canceled'] as const) expect(operatorAnswered(status)).toBe(false);
  });

  it('decides the outcome from where the call was when it ended, keeping one decided earlier', () => {
    expect(finalOutcome({ state: 'talking', outcome: null }, 'completed')).toBe('answered');
    expect(finalOutcome({ state: 'queued', outcome: null }, 'completed')).toBe('abandoned');
    expect(finalOutcome({ state: 'ringing', outcome: null }, 'completed')).toBe('abandoned');
    expect(finalOutcome({ state: 'connecting', outcome: null }, 'completed')).toBe('missed');
    expect(finalOutcome({ state: 'voicemail', outcome: null }, 'completed')).toBe('missed');
    expect(finalOutcome({ state: 'voicemail', outcome: 'voicemail' }, 'completed')).toBe('voicemail');
    expect(finalOutcome({ state: 'dialing', outcome: null }, 'busy')).toBe('busy');
    expect(finalOutcome({ state: 'dialing', outcome: null }, 'no-answer')).toBe('no-answer');
    expect(finalOutcome({ state: 'dialing', outcome: null }, 'failed')).toBe('failed');
  });

  it('asks for a callback after a missed, abandoned or voicemail call only', () => {
    expect(['abandoned', 'missed', 'voicemail'].every((o) => needsCallback(o as never))).toBe(true);
    expect(['answered', 'busy', 'no-answer', 'failed'].some((o) => needsCallback(o as never))).toBe(false);
    expect(needsCallback(null)).toBe(false);
  });

  it('counts whole seconds and never below zero', () => {
    expect(secondsBetween('2026-12-01T10:00:00Z', '2026-12-01T10:01:05.400Z')).toBe(65);
    expect(secondsBetween('2026-12-01T10:00:05Z', '2026-12-01T10:00:00Z')).toBe(0);
    expect(secondsBetween(null, new Date())).toBeNull();
  });

  it('shows a recording only as the authenticated proxy path', () => {
    expect(callSummary(call({})).recording).toBeNull();
    const summary = callSummary(call({ recordingSid: 'RE1', recordingSeconds: 31, outcome: 'voicemail', state: 'ended' }));
    expect(summary.recording).toEqual({ url: '/api/voice/calls/9/recording', durationSeconds: 31 });
    expect(JSON.stringify(summary)).not.toMatch(/twilio\.com|RE1/);
    expect(summary.callback).toBe(true);
  });
});
