import { BadRequestException } from '@nestjs/common';
import type { TwilioVoiceSecrets } from '@inbox/connectors';
import { phoneField } from '../../contacts/phone-input';
import type { UpdateVoiceInboxDto, VoiceInboxDto, VoiceSettingsDto } from './voice-inbox.dto';

/** What a voice inbox keeps in its settings (visible to admins; no secrets). */
export interface VoiceInboxSettings extends VoiceSettingsDto {
  phoneNumber: string;
  /** Browser calling is set up (API key and TwiML App): the inbox can issue Voice SDK tokens. */
  browserCalling: boolean;
}

/** The settings with every default filled in, as the webhooks use them. */
export function voiceSettings(settings: Record<string, unknown>) {
  const s = settings as Partial<VoiceInboxSettings>;
  return {
    phoneNumber: s.phoneNumber ?? '',
    speech: { language: s.language ?? 'en-US', ...(s.voice ? { voice: s.voice } : {}) },
    greeting: s.greetingAudioUrl ? { audioUrl: s.greetingAudioUrl } : { text: s.greeting ?? 'Thank you for calling. Please hold, the next available operator will answer.' },
    afterHoursPrompt: { text: s.afterHoursPrompt ?? 'We are closed right now. Please leave a message after the tone and we will call you back.' },
    voicemailPrompt: { text: s.voicemailPrompt ?? 'Nobody can answer right now. Please leave a message after the tone and we will call you back.' },
    holdMusicUrl: s.holdMusicUrl,
    announcePosition: s.announcePosition ?? true,
    maxWaitSeconds: s.maxWaitSeconds ?? 300,
    ringSeconds: s.ringSeconds ?? 20,
    recordCalls: s.recordCalls ?? false,
    transcribeVoicemail: s.transcribeVoicemail ?? false,
    voicemailMaxSeconds: s.voicemailMaxSeconds ?? 120,
    agentPhones: s.agentPhones ?? {},
  };
}

export type VoiceSettings = ReturnType<typeof voiceSettings>;

/**
 * Operators' own numbers, keyed by operator id, each stored in E.164 (a
 * national one read in `country`); 400 naming the entry otherwise.
 */
function checkAgentPhones(phones: Record<string, unknown> | undefined, country: string | null): Record<string, string> | undefined {
  if (phones === undefined) return undefined;
  const checked: Record<string, string> = {};
  for (const [agentId, phone] of Object.entries(phones)) {
    const field = `voice.settings.agentPhones.${agentId.slice(0, 20)}`;
    if (!/^[1-9]\d{0,9}$/.test(agentId) || typeof phone !== 'string') throw new BadRequestException(`${field}: must map an operator id to a phone number`);
    checked[agentId] = phoneField(field, phone, country);
  }
  return checked;
}

/**
 * A new voice inbox's settings and secrets; both halves of browser calling
 * or neither. Its numbers are stored in E.164, national ones read in `country`.
 */
export function prepareVoiceInbox(input: VoiceInboxDto, country: string | null): { settings: VoiceInboxSettings; secrets: Record<string, string> } {
  if (Boolean(input.apiKeySid) !== Boolean(input.apiKeySecret)) throw new BadRequestException('voice.apiKeySecret: browser calling needs both apiKeySid and apiKeySecret');
  const phoneNumber = phoneField('voice.phoneNumber', input.phoneNumber, country);
  const agentPhones = checkAgentPhones(input.settings?.agentPhones, country);
  const secrets: TwilioVoiceSecrets = {
    accountSid: input.accountSid,
    authToken: input.authToken,
    ...(input.apiKeySid && input.apiKeySecret ? { apiKeySid: input.apiKeySid, apiKeySecret: input.apiKeySecret } : {}),
    ...(input.twimlAppSid ? { twimlAppSid: input.twimlAppSid } : {}),
  };
  return {
    settings: { ...(input.settings ?? {}), ...(agentPhones ? { agentPhones } : {}), phoneNumber, browserCalling: Boolean(secrets.apiKeySid) },
    secrets: secrets as unknown as Record<string, string>,
  };
}

export function updateVoiceSettings(current: Record<string, unknown>, input: UpdateVoiceInboxDto, country: string | null): Record<string, unknown> {
  const agentPhones = checkAgentPhones(input.settings?.agentPhones, country);
  return { ...current, ...(input.settings ?? {}), ...(agentPhones ? { agentPhones } : {}) };
}
