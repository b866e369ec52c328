/**
 * A webhook body that is not what Twilio sends for that callback: a field
 * missing, of the wrong shape, or out of range. `field` names it as Twilio
 * spells it (`CallSid`, `RecordingDuration`), so the 400 says which.
 */
export class TwilioVoicePayloadError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`Not a Twilio voice callback: ${field} ${message}`);
    this.name = 'TwilioVoicePayloadError';
  }
}
