import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError, TwilioVoiceConnector, TwilioVoiceRest } from '../../src';
import { FAKE_RECORDING_BYTES, FakeTwilioApi, sid } from './fake-twilio-api';

const credentials = { accountSid: sid('AC', 1), authToken: 'auth-token-1' };

describe(TwilioVoiceRest.name, () => {
  let api: FakeTwilioApi;
  let rest: TwilioVoiceRest;
  beforeAll(async () => {
    api = await new FakeTwilioApi().start();
    rest = new TwilioVoiceRest(`${api.url}/`);
  });
  afterAll(() => api.stop());

  it('places a call through the configured base URL, with the account’s credentials', async () => {
    const { callSid } = await rest.placeCall(credentials, { to: '+4930123456', from: '+4940111222', url: 'https://x/outbound', statusCallback: 'https://x/status' });
    expect(callSid).toMatch(/^CA[0-9a-f]{32}$/);
    const [request] = api.to('/Calls.json');
    expect(request).toMatchObject({ method: 'POST', path: `/2010-04-01/Accounts/${credentials.accountSid}/Calls.json`, auth: `${credentials.accountSid}:auth-token-1` });
    expect(request.form).toMatchObject({ To: '+4930123456', From: '+4940111222', Url: 'https://x/outbound', StatusCallback: 'https://x/status', StatusCallbackEvent: ['answered', 'completed'] });
  });

  it('redirects a live call, sends an SMS and streams a recording', async () => {
    await rest.redirectCall(credentials, sid('CA', 5), 'https://x/connect?call=1');
    expect(api.to(`/Calls/${sid('CA', 5)}.json`)[0].form).toEqual({ Url: 'https://x/connect?call=1', Method: 'POST' });
    const sms = await new TwilioVoiceConnector(rest).send(
      { id: 1, recipientExternalId: '+4930123456', text: 'How did we do?', attachments: [] },
      { inboxId: 1, settings: { phoneNumber: '+4940111222' }, secrets: credentials },
    );
    expect(sms.externalId).toMatch(/^SM/);
    expect(api.to('/Messages.json')[0].form).toEqual({ To: '+4930123456', From: '+4940111222', Body: 'How did we do?' });
    const recording = await rest.fetchRecording(credentials, sid('RE', 1));
    const chunks: Buffer[] = [];
    for await (const chunk of recording.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(FAKE_RECORDING_BYTES);
    expect(recording.contentType).toBe('audio/mpeg');
  });

  it('turns Twilio’s refusals into provider errors that say whether to retry', async () => {
    api.failWith = 401;
    await expect(rest.redirectCall(credentials, sid('CA', 6), 'u')).rejects.toMatchObject({ code: 'auth' });
    api.failWith = 400;
    await expect(rest.placeCall(credentials, { to: '+1', from: '+2', url: 'u', statusCallback: 's' })).rejects.toMatchObject({ code: 'permanent' });
    api.failWith = 503;
    await expect(rest.fetchRecording(credentials, sid('RE', 2))).rejects.toMatchObject({ code: 'temporary' });
    const unreachable = new TwilioVoiceRest('http://127.0.0.1:9');
    await expect(unreachable.redirectCall(credentials, sid('CA', 7), 'u')).rejects.toBeInstanceOf(ProviderError);
    await expect(
      new TwilioVoiceConnector(rest).send({ id: 2, recipientExternalId: 'withheld:CA1', text: 'hi', attachments: [] }, { inboxId: 1, settings: {}, secrets: credentials }),
    ).rejects.toMatchObject({ code: 'permanent' });
  });
});
