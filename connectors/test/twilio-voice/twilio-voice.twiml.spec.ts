import { describe, expect, it } from 'vitest';
import { dialTwiml, emptyTwiml, enqueueTwiml, hangupTwiml, queueWaitTwiml, TWILIO_DEFAULT_HOLD_MUSIC, voicemailTwiml } from '../../src/twilio-voice';
import { readTwiml } from './twiml';

const speech = { language: 'de-DE' };

describe('TwiML', () => {
  it('greets, then puts the caller in their queue with our wait and action URLs', () => {
    const [say, enqueue] = readTwiml(enqueueTwiml({ greeting: { text: 'Hallo & willkommen' }, queueName: 'call-7', waitUrl: 'https://x/wait', actionUrl: 'https://x/queue-result', speech }));
    expect(say).toMatchObject({ name: 'Say', text: 'Hallo & willkommen', attributes: { language: 'de-DE' } });
    expect(enqueue).toMatchObject({ name: 'Enqueue', text: 'call-7', attributes: { waitUrl: 'https://x/wait', action: 'https://x/queue-result', method: 'POST' } });
  });

  it('plays a recorded greeting instead of speaking when there is one', () => {
    const [play] = readTwiml(enqueueTwiml({ greeting: { text: 'ignored', audioUrl: 'https://cdn/greeting.mp3' }, queueName: 'q', waitUrl: 'w', actionUrl: 'a', speech }));
    expect(play).toMatchObject({ name: 'Play', text: 'https://cdn/greeting.mp3' });
  });

  it('announces the place in line and plays hold music, or leaves the queue', () => {
    const verbs = readTwiml(queueWaitTwiml({ position: 2, announce: (p) => ({ text: `Sie sind Nummer ${p}` }), leave: false, speech }));
    expect(verbs.map((v) => [v.name, v.text])).toEqual([
      ['Say', 'Sie sind Nummer 2'],
      ['Play', TWILIO_DEFAULT_HOLD_MUSIC],
    ]);
    expect(readTwiml(queueWaitTwiml({ position: 2, holdMusicUrl: 'https://cdn/hold.mp3', leave: false, speech })).map((v) => v.text)).toEqual(['https://cdn/hold.mp3']);
    expect(readTwiml(queueWaitTwiml({ position: 9, leave: true, speech })).map((v) => v.name)).toEqual(['Leave']);
  });

  it('dials the operator’s browser or phone, hearing the answer and the end of their leg', () => {
    const [dial] = readTwiml(dialTwiml({ target: { client: 'agent-4' }, actionUrl: 'https://x/dial-result', statusUrl: 'https://x/status?leg=agent', ringSeconds: 20, recordingStatusUrl: 'https://x/recording', speech }));
    expect(dial).toMatchObject({ name: 'Dial', attributes: { action: 'https://x/dial-result', timeout: '20', record: 'record-from-answer-dual', recordingStatusCallback: 'https://x/recording' } });
    expect(dial.children).toEqual([
      { name: 'Client', text: 'agent-4', children: [], attributes: { statusCallback: 'https://x/status?leg=agent', statusCallbackMethod: 'POST', statusCallbackEvent: 'answered completed' } },
    ]);
    const [plain] = readTwiml(dialTwiml({ target: { number: '+4930123456' }, actionUrl: 'a', statusUrl: 's', ringSeconds: 15, speech }));
    expect(plain.attributes.record).toBeUndefined();
    expect(plain.children[0]).toMatchObject({ name: 'Number', text: '+4930123456' });
  });

  it('records a voicemail, transcribed when asked, and hangs up on silence', () => {
    const verbs = readTwiml(voicemailTwiml({ prompt: { text: 'Nach dem Ton' }, actionUrl: 'https://x/voicemail', recordingStatusUrl: 'https://x/recording', transcribeUrl: 'https://x/transcription', maxSeconds: 120, speech }));
    expect(verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Hangup']);
    expect(verbs[1].attributes).toMatchObject({ action: 'https://x/voicemail', maxLength: '120', transcribe: 'true', transcribeCallback: 'https://x/transcription', recordingStatusCallback: 'https://x/recording' });
    const untranscribed = readTwiml(voicemailTwiml({ actionUrl: 'a', recordingStatusUrl: 'r', maxSeconds: 60, speech }));
    expect(untranscribed[0].attributes.transcribe).toBeUndefined();
  });

  it('says goodbye and hangs up; an empty answer is an empty Response', () => {
    expect(readTwiml(hangupTwiml({ text: 'Danke' }, speech)).map((v) => v.name)).toEqual(['Say', 'Hangup']);
    expect(readTwiml(emptyTwiml())).toEqual([]);
  });
});
