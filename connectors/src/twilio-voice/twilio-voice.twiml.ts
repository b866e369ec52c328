import twilio from 'twilio';

type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;

/** Something the caller hears: a recorded file when there is one, text-to-speech otherwise. */
export interface Spoken {
  text?: string;
  audioUrl?: string;
}

export interface SpeechOptions {
  /** Say's language, e.g. `en-US`, `de-DE` (https://www.twilio.com/docs/voice/twiml/say#language). */
  language?: string;
  voice?: string;
}

/** Twilio's own hold music, used when the inbox names none. */
export const TWILIO_DEFAULT_HOLD_MUSIC = 'http://com.twilio.music.classical.s3.amazonaws.com/BusyStrings.mp3';

function speak(response: VoiceResponse, spoken: Spoken | undefined, speech: SpeechOptions): void {
  if (!spoken) return;
  if (spoken.audioUrl) response.play(spoken.audioUrl);
  else if (spoken.text) response.say({ ...(speech.language ? { language: speech.language as never } : {}), ...(speech.voice ? { voice: speech.voice as never } : {}) }, spoken.text);
}

/** The greeting, then the queue: Twilio asks `waitUrl` for what to play and posts to `actionUrl` when the caller leaves it. */
export function enqueueTwiml(input: { greeting?: Spoken; queueName: string; waitUrl: string; actionUrl: string; speech: SpeechOptions }): string {
  const response = new twilio.twiml.VoiceResponse();
  speak(response, input.greeting, input.speech);
  response.enqueue({ action: input.actionUrl, method: 'POST', waitUrl: input.waitUrl, waitUrlMethod: 'POST' }, input.queueName);
  return response.toString();
}

/**
 * What the caller hears while waiting, asked again whenever it ends: the
 * place in line (if announced), then one round of hold music. `leave` takes
 * the caller out of the queue (to voicemail, through the Enqueue action).
 */
export function queueWaitTwiml(input: { position: number; announce?: (position: number) => Spoken; holdMusicUrl?: string; leave: boolean; speech: SpeechOptions }): string {
  const response = new twilio.twiml.VoiceResponse();
  if (input.leave) {
    response.leave();
    return response.toString();
  }
  speak(response, input.announce?.(input.position), input.speech);
  response.play(input.holdMusicUrl || TWILIO_DEFAULT_HOLD_MUSIC);
  return response.toString();
}

export type DialTarget = { client: string } | { number: string };

/**
 * Connects the caller to the operator: their browser (a Voice SDK client
 * identity) or their own phone. `statusUrl` hears when the operator
 * answers and hangs up; `actionUrl` when the operator's leg is over.
 */
export function dialTwiml(input: {
  target: DialTarget;
  actionUrl: string;
  statusUrl: string;
  callerId?: string;
  ringSeconds: number;
  recordingStatusUrl?: string;
  announce?: Spoken;
  speech: SpeechOptions;
}): string {
  const response = new twilio.twiml.VoiceResponse();
  speak(response, input.announce, input.speech);
  const dial = response.dial({
    action: input.actionUrl,
    method: 'POST',
    timeout: input.ringSeconds,
    ...(input.callerId ? { callerId: input.callerId } : {}),
    ...(input.recordingStatusUrl ? { record: 'record-from-answer-dual', recordingStatusCallback: input.recordingStatusUrl, recordingStatusCallbackEvent: ['completed'] } : {}),
  } as never);
  const leg = { statusCallback: input.statusUrl, statusCallbackMethod: 'POST', statusCallbackEvent: ['answered', 'completed'] as never };
  if ('client' in input.target) dial.client(leg, input.target.client);
  else dial.number(leg, input.target.number);
  return response.toString();
}

/** Voicemail: the prompt, a beep, up to `maxSeconds` of message; `actionUrl` gets the recording when it ends. */
export function voicemailTwiml(input: { prompt?: Spoken; actionUrl: string; recordingStatusUrl: string; transcribeUrl?: string; maxSeconds: number; speech: SpeechOptions }): string {
  const response = new twilio.twiml.VoiceResponse();
  speak(response, input.prompt, input.speech);
  response.record({
    action: input.actionUrl,
    method: 'POST',
    maxLength: input.maxSeconds,
    playBeep: true,
    finishOnKey: '#',
    recordingStatusCallback: input.recordingStatusUrl,
    recordingStatusCallbackMethod: 'POST',
    ...(input.transcribeUrl ? { transcribe: true, transcribeCallback: input.transcribeUrl } : {}),
  });
  // Reached only when the caller stays silent: Record ends without posting to action.
  response.hangup();
  return response.toString();
}

/** A last sentence (optional) and the end of the call. */
export function hangupTwiml(goodbye: Spoken | undefined, speech: SpeechOptions): string {
  const response = new twilio.twiml.VoiceResponse();
  speak(response, goodbye, speech);
  response.hangup();
  return response.toString();
}

/** Nothing more to do: for callbacks whose answer Twilio ignores. */
export function emptyTwiml(): string {
  return new twilio.twiml.VoiceResponse().toString();
}
