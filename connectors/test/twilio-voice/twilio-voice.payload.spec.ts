import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseCallStatus,
  parseDialResult,
  parseIncomingCall,
  parseQueueExit,
  parseQueueWait,
  parseRecording,
  parseTranscription,
  parseVoicemail,
  TwilioVoicePayloadError,
} from '../../src/twilio-voice';
import { sid } from './fake-twilio-api';

const CALL = sid('CA', 1);
const ACCOUNT = sid('AC', 1);
const RECORDING = sid('RE', 1);

const incoming = { CallSid: CALL, AccountSid: ACCOUNT, From: '+4930123456', To: '+4940111222', CallStatus: 'ringing', Direction: 'inbound', ApiVersion: '2010-04-01' };

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TwilioVoicePayloadError) return error.field;
    throw error;
  }
  throw new Error('parsed without an error');
}

const PARSERS = { parseIncomingCall, parseCallStatus, parseQueueWait, parseQueueExit, parseDialResult, parseRecording, parseVoicemail, parseTranscription };

describe('Twilio voice payloads', () => {
  it('reads an incoming call and ignores parameters it does not need', () => {
    expect(parseIncomingCall({ ...incoming, CallerName: 'Anna', FromCountry: 'DE' })).toEqual({
      callSid: CALL,
      accountSid: ACCOUNT,
      from: '+4930123456',
      to: '+4940111222',
      status: 'ringing',
      direction: 'inbound',
      callerName: 'Anna',
    });
  });

  it('keeps a withheld caller id as Twilio sends it', () => {
    expect(parseIncomingCall({ ...incoming, From: 'anonymous' }).from).toBe('anonymous');
  });

  it('names the field that is missing, repeated or malformed', () => {
    expect(fieldOf(() => parseIncomingCall({ ...incoming, CallSid: undefined }))).toBe('CallSid');
    expect(fieldOf(() => parseIncomingCall({ ...incoming, CallSid: 'CA123' }))).toBe('CallSid');
    expect(fieldOf(() => parseIncomingCall({ ...incoming, AccountSid: sid('SK', 1) }))).toBe('AccountSid');
    expect(fieldOf(() => parseIncomingCall({ ...incoming, From: ['+1', '+2'] }))).toBe('From');
    expect(fieldOf(() => parseIncomingCall({ ...incoming, To: 'x'.repeat(500) }))).toBe('To');
    expect(fieldOf(() => parseIncomingCall({ ...incoming, CallStatus: 'dancing' }))).toBe('CallStatus');
    expect(fieldOf(() => parseIncomingCall('CallSid=CA1'))).toBe('body');
    expect(fieldOf(() => parseIncomingCall(null))).toBe('body');
    expect(fieldOf(() => parseCallStatus({ CallSid: CALL, CallStatus: 'completed', CallDuration: '-3' }))).toBe('CallDuration');
    expect(fieldOf(() => parseCallStatus({ CallSid: CALL, CallStatus: 'completed', ParentCallSid: 'nope' }))).toBe('ParentCallSid');
    expect(fieldOf(() => parseQueueWait({ CallSid: CALL, QueuePosition: '0' }))).toBe('QueuePosition');
    expect(fieldOf(() => parseQueueExit({ CallSid: CALL, QueueResult: 'teleported' }))).toBe('QueueResult');
    expect(fieldOf(() => parseDialResult({ CallSid: CALL, DialCallStatus: 'completed', DialCallDuration: '1.5' }))).toBe('DialCallDuration');
    expect(fieldOf(() => parseRecording({ CallSid: CALL, RecordingStatus: 'completed' }))).toBe('RecordingSid');
    expect(fieldOf(() => parseTranscription({ CallSid: CALL, RecordingSid: RECORDING, TranscriptionStatus: 'completed', TranscriptionText: 'a'.repeat(20_001) }))).toBe('TranscriptionText');
  });

  it('reads the status, queue, dial, recording, voicemail and transcription callbacks', () => {
    expect(parseCallStatus({ CallSid: CALL, CallStatus: 'completed', CallDuration: '42' })).toEqual({ callSid: CALL, status: 'completed', durationSeconds: 42 });
    expect(parseCallStatus({ CallSid: sid('CA', 2), CallStatus: 'in-progress', ParentCallSid: CALL })).toEqual({ callSid: sid('CA', 2), status: 'in-progress', parentCallSid: CALL });
    expect(parseQueueWait({ CallSid: CALL, QueuePosition: '3', QueueTime: '17' })).toEqual({ callSid: CALL, position: 3, waitedSeconds: 17 });
    expect(parseQueueExit({ CallSid: CALL, QueueResult: 'hangup', QueueTime: '65' })).toEqual({ callSid: CALL, result: 'hangup', waitedSeconds: 65 });
    expect(parseDialResult({ CallSid: CALL, DialCallStatus: 'no-answer' })).toEqual({ callSid: CALL, status: 'no-answer' });
    expect(parseRecording({ CallSid: CALL, RecordingSid: RECORDING, RecordingStatus: 'completed', RecordingDuration: '30', RecordingUrl: 'https://api.twilio.com/x' })).toEqual({
      callSid: CALL,
      recordingSid: RECORDING,
      status: 'completed',
      durationSeconds: 30,
    });
    expect(parseVoicemail({ CallSid: CALL, RecordingSid: RECORDING, RecordingDuration: '12' })).toEqual({ callSid: CALL, recordingSid: RECORDING, durationSeconds: 12 });
    expect(parseTranscription({ CallSid: CALL, RecordingSid: RECORDING, TranscriptionStatus: 'completed', TranscriptionText: 'Please call me back' })).toEqual({
      callSid: CALL,
      recordingSid: RECORDING,
      status: 'completed',
      text: 'Please call me back',
    });
  });

  describe('fuzzed', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(CALL, ACCOUNT, RECORDING, 'completed', 'ringing', 'hangup', 'no-answer', '0', '17', '-1', '999999999', '+4930123456', ''),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.object({ maxDepth: 1 }),
    );
    const key = fc.constantFrom(
      'CallSid', 'AccountSid', 'From', 'To', 'CallStatus', 'Direction', 'CallerName', 'CallDuration', 'ParentCallSid', 'QueuePosition', 'QueueTime', 'QueueResult',
      'DialCallStatus', 'DialCallDuration', 'RecordingSid', 'RecordingStatus', 'RecordingDuration', 'TranscriptionStatus', 'TranscriptionText', '__proto__', 'constructor', 'toString',
    );
    const body = fc.oneof(fc.dictionary(key, value, { maxKeys: 12 }), fc.dictionary(fc.string(), value), fc.anything());

    for (const [name, parse] of Object.entries(PARSERS)) {
      it(`${name} throws nothing but its own validation error, on 10,000 generated bodies`, () => {
        fc.assert(
          fc.property(body, (input) => {
            try {
              parse(input);
            } catch (error) {
              expect(error).toBeInstanceOf(TwilioVoicePayloadError);
              expect((error as TwilioVoicePayloadError).field).toMatch(/^[A-Za-z]+$/);
            }
          }),
          { numRuns: 10_000 },
        );
      });
    }
  });
});
