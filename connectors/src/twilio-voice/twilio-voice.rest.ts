import { Readable } from 'node:stream';
import twilio from 'twilio';
import { providerFetch } from '../provider-fetch';
import { ProviderError } from '../types';

export const TWILIO_API_URL = 'https://api.twilio.com';
/** Where the twilio package sends every Voice and Messaging REST call. */
const TWILIO_ORIGIN = 'https://api.twilio.com';
/** Longest wait for one REST answer; Twilio answers these in well under a second. */
const REQUEST_TIMEOUT_MS = 15_000;

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
}

export interface PlacedCall {
  callSid: string;
}

export interface FetchedRecording {
  body: Readable;
  contentType: string;
  contentLength: number | null;
}

/**
 * The twilio package always builds https://api.twilio.com URLs; it offers
 * edges and regions but no other host. Its `httpClient` option takes any
 * RequestClient, so this one rewrites the origin to TWILIO_API_URL (a local
 * stand-in in tests) and leaves everything else (auth, form encoding,
 * errors) to the package.
 */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly apiUrl: string) {
    super({ timeout: REQUEST_TIMEOUT_MS });
  }

  override request<TData>(opts: Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0]) {
    const uri = opts.uri.startsWith(TWILIO_ORIGIN) ? this.apiUrl + opts.uri.slice(TWILIO_ORIGIN.length) : opts.uri;
    return super.request<TData>({ ...opts, uri } as never);
  }
}

/** Twilio's REST errors as the one provider error type (docs/architecture.md): what to retry, what is final. */
export function toProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : null;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403) return new ProviderError('auth', `Twilio refused the credentials: ${message}`);
  if (status === 429) return new ProviderError('rate-limited', `Twilio rate limit: ${message}`, 1000);
  if (status !== null && status >= 400 && status < 500) return new ProviderError('permanent', `Twilio refused the request: ${message}`);
  return new ProviderError('temporary', `Twilio could not be reached: ${message}`);
}

/**
 * The REST calls the voice channel makes: move a waiting call to the
 * operator, place a click-to-call, send an SMS, fetch a recording. One
 * client per account, built on demand (each inbox has its own credentials).
 */
export class TwilioVoiceRest {
  private readonly apiUrl: string;

  constructor(apiUrl: string = TWILIO_API_URL) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
  }

  private client(credentials: TwilioCredentials) {
    return twilio(credentials.accountSid, credentials.authToken, { httpClient: new RebasedRequestClient(this.apiUrl) as never, autoRetry: false });
  }

  /** A live call runs the TwiML at `url` next, e.g. leaves its queue for the operator (https://www.twilio.com/docs/voice/tutorials/how-to-modify-calls-in-progress). */
  async redirectCall(credentials: TwilioCredentials, callSid: string, url: string): Promise<void> {
    try {
      await this.client(credentials).calls(callSid).update({ url, method: 'POST' });
    } catch (error) {
      throw toProviderError(error);
    }
  }

  /** An outbound call: Twilio dials `to` from `from` and, when answered, runs the TwiML at `url`. */
  async placeCall(credentials: TwilioCredentials, input: { to: string; from: string; url: string; statusCallback: string }): Promise<PlacedCall> {
    try {
      const call = await this.client(credentials).calls.create({
        to: input.to,
        from: input.from,
        url: input.url,
        method: 'POST',
        statusCallback: input.statusCallback,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['answered', 'completed'],
      });
      return { callSid: call.sid };
    } catch (error) {
      throw toProviderError(error);
    }
  }

  async sendSms(credentials: TwilioCredentials, input: { to: string; from: string; body: string }): Promise<{ messageSid: string }> {
    try {
      const message = await this.client(credentials).messages.create({ to: input.to, from: input.from, body: input.body });
      return { messageSid: message.sid };
    } catch (error) {
      throw toProviderError(error);
    }
  }

  /**
   * A recording's audio, streamed from Twilio with the account's credentials
   * (https://www.twilio.com/docs/voice/api/recording#fetch-a-recording-media-file),
   * so operators hear it through our authenticated proxy and its URL is never handed out.
   */
  async fetchRecording(credentials: TwilioCredentials, recordingSid: string): Promise<FetchedRecording> {
    const url = `${this.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(credentials.accountSid)}/Recordings/${encodeURIComponent(recordingSid)}.mp3`;
    const authorization = `Basic ${Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString('base64')}`;
    let response: Response;
    try {
      response = await providerFetch(url, [this.apiUrl], { headers: { authorization }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw toProviderError(error);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw toProviderError(Object.assign(new Error(`recording ${recordingSid}: HTTP ${response.status}`), { status: response.status }));
    }
    const length = Number(response.headers.get('content-length'));
    return {
      body: Readable.fromWeb(response.body as never),
      contentType: response.headers.get('content-type') ?? 'audio/mpeg',
      contentLength: Number.isFinite(length) && length > 0 ? length : null,
    };
  }
}
