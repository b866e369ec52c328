// Names are Twilio-prefixed where they would be ambiguous: connectors/src/index.ts re-exports every adapter side by side.
export { callerIdentity, callerNumber, TwilioVoiceConnector, type TwilioVoiceSecrets } from './twilio-voice.connector';
export { TwilioVoicePayloadError } from './twilio-voice.errors';
export {
  CALL_STATUSES as TWILIO_CALL_STATUSES,
  parseCallStatus,
  parseDialResult,
  parseIncomingCall,
  parseQueueExit,
  parseQueueWait,
  parseRecording,
  parseTranscription,
  parseVoicemail,
  type CallStatus as TwilioCallStatus,
  type CallStatusUpdate,
  type DialResult,
  type IncomingCall,
  type QueueExit,
  type QueueWait,
  type RecordingUpdate,
  type TranscriptionUpdate,
  type VoicemailResult,
} from './twilio-voice.payload';
export { TWILIO_API_URL, TwilioVoiceRest, toProviderError as twilioProviderError, type FetchedRecording, type TwilioCredentials } from './twilio-voice.rest';
export { publicRequestUrl, TWILIO_SIGNATURE_HEADER, verifyTwilioSignature } from './twilio-voice.signature';
export { issueVoiceToken, operatorClientIdentity, type VoiceToken, type VoiceTokenInput } from './twilio-voice.token';
export { dialTwiml, emptyTwiml, enqueueTwiml, hangupTwiml, queueWaitTwiml, TWILIO_DEFAULT_HOLD_MUSIC, voicemailTwiml, type DialTarget, type SpeechOptions, type Spoken } from './twilio-voice.twiml';
