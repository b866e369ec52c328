import fc from 'fast-check';
import jwt from 'jsonwebtoken';
import twilio from 'twilio';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, createOperator, customerWrites, eventTypes, waitFor } from './support/operators';
import {
  ACCOUNT_SID,
  API_KEY_SECRET,
  AUTH_TOKEN,
  callsOf,
  conversationOfCall,
  createVoiceInbox,
  incomingCall,
  nextCallSid,
  NUMBER,
  postTwilio,
  rowCounts,
  sid,
  startVoiceTest,
  type VoiceTest,
} from './support/voice-fixtures';

const names = (verbs: { name: string }[]) => verbs.map((v) => v.name);

describe('voice calls through Twilio', () => {
  let vt: VoiceTest;
  beforeAll(async () => {
    vt = await startVoiceTest();
  });
  afterAll(() => vt.close());

  it('answers the same 403 to a bad, missing or locally-computed signature and to what is not a voice inbox, and stores nothing', async () => {
    const { inbox } = await createVoiceInbox(vt);
    const before = await rowCounts(vt.t);
    const body = incomingCall(nextCallSid(), '+4930100001');
    for (const signature of ['bm90LWEtc2lnbmF0dXJl', null, '']) {
      const res = await postTwilio(vt, inbox.id, 'voice', body, { signature });
      expect(res.status, String(signature)).toBe(403);
      expect(res.json.message).toMatch(/X-Twilio-Signature/);
    }
    expect((await postTwilio(vt, inbox.id, 'voice', body, { token: 'another-accounts-token' })).status).toBe(403);
    // Signed for the address this process listens on, not the public one Twilio calls: refused.
    const local = await fetch(`${vt.t.url}/webhooks/twilio/${inbox.id}/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${vt.t.url}/webhooks/twilio/${inbox.id}/voice`, body) },
      body: new URLSearchParams(body).toString(),
    });
    expect(local.status).toBe(403);
    for (const hook of ['status', 'recording', 'queue-result']) expect((await postTwilio(vt, inbox.id, hook, body, { signature: 'forged' })).status).toBe(403);
    expect(await rowCounts(vt.t)).toEqual(before);

    const widget = await vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'webchat', name: 'Site' } });
    const archived = (await createVoiceInbox(vt)).inbox;
    expect((await vt.t.api(`/api/inboxes/${archived.id}`, { method: 'PATCH', token: vt.adminToken, body: { active: false } })).status).toBe(200);
    const withArchived = await rowCounts(vt.t);
    // Nothing tells an unsigned caller which inbox ids are voice inboxes, nor an archived line from one that never was.
    const forged = await postTwilio(vt, inbox.id, 'voice', body, { signature: 'forged' });
    for (const id of ['99999', 'abc', '0', String(widget.body.inbox.id), String(archived.id)]) {
      for (const signature of [undefined, null]) {
        const res = await postTwilio(vt, id, 'voice', body, { signature });
        expect({ status: res.status, message: res.json.message }, `${id} ${signature === null ? 'unsigned' : 'signed'}`).toEqual({ status: forged.status, message: forged.json.message });
      }
    }
    expect(await rowCounts(vt.t)).toEqual(withArchived);
    expect((await postTwilio(vt, inbox.id, 'teleport', body)).status).toBe(403);
  });

  it('answers 400 naming the field to malformed bodies that are correctly signed, and stores nothing', async () => {
    const { inbox } = await createVoiceInbox(vt);
    const before = await rowCounts(vt.t);
    const good = incomingCall(nextCallSid(), '+4930100002');
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['voice', { ...good, CallSid: 'CA-not-a-sid' }, /CallSid/],
      ['voice', { ...good, CallStatus: 'dancing' }, /CallStatus/],
      ['voice', { CallSid: good.CallSid }, /AccountSid/],
      ['status', { CallSid: good.CallSid, CallStatus: 'completed', CallDuration: 'long' }, /CallDuration/],
      ['wait', { CallSid: good.CallSid, QueuePosition: '0' }, /QueuePosition/],
      ['queue-result', { CallSid: good.CallSid, QueueResult: 'gone' }, /QueueResult/],
      ['dial-result', { CallSid: good.CallSid }, /DialCallStatus/],
      ['recording', { CallSid: good.CallSid, RecordingSid: 'x', RecordingStatus: 'completed' }, /RecordingSid/],
      ['transcription', { CallSid: good.CallSid, RecordingSid: sid('RE', 1), TranscriptionStatus: 'maybe' }, /TranscriptionStatus/],
      ['connect', { CallSid: good.CallSid, CallStatus: 'in-progress' }, /call/],
    ];
    for (const [hook, body, field] of cases) {
      const res = await postTwilio(vt, inbox.id, hook, body);
      expect(res.status, `${hook} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json.message).toMatch(field);
    }
    expect(await rowCounts(vt.t)).toEqual(before);
  });

  it('answers generated, correctly signed bodies with 200 or 400, never a 500, and stores nothing for a 400', async () => {
    const { inbox } = await createVoiceInbox(vt, { routingMode: 'manual' });
    const field = fc.constantFrom('CallSid', 'AccountSid', 'From', 'To', 'CallStatus', 'QueuePosition', 'QueueTime', 'QueueResult', 'DialCallStatus', 'RecordingSid', 'RecordingStatus', 'RecordingDuration', 'CallDuration', 'ParentCallSid');
    const value = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(sid('CA', 0xfa22), sid('AC', 0xabc), sid('RE', 0xfa22), 'completed', 'in-progress', 'hangup', '12', '-1', '+4930100099'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('voice', 'wait', 'queue-result', 'dial-result', 'status', 'recording', 'voicemail', 'transcription'), fc.dictionary(field, value, { maxKeys: 6 }), async (hook, body) => {
        const before = await rowCounts(vt.t);
        const res = await postTwilio(vt, inbox.id, hook, body);
        expect([200, 400]).toContain(res.status);
        if (res.status === 400) expect(await rowCounts(vt.t)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('in hours with a free operator: greets and dials the operator’s browser; answer, talk, recording and the end show on the call', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt, { settings: { greeting: 'Welcome to Acme', recordCalls: true }, automation: { csat: { enabled: true } } });
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const callSid = nextCallSid();
    const answer = await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+49 30 100003'.replace(/ /g, ''), { CallerName: 'Anna Caller' }));
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/text\/xml/);
    expect(names(answer.verbs)).toEqual(['Say', 'Dial']);
    expect(answer.verbs[0].text).toBe('Welcome to Acme');
    const dial = answer.verbs[1];
    expect(dial.attributes).toMatchObject({ action: `https://voice.example.com/webhooks/twilio/${inbox.id}/dial-result`, record: 'record-from-answer-dual', recordingStatusCallback: `https://voice.example.com/webhooks/twilio/${inbox.id}/recording` });
    expect(dial.children).toMatchObject([{ name: 'Client', text: `agent-${operator.id}`, attributes: { statusCallback: `https://voice.example.com/webhooks/twilio/${inbox.id}/status` } }]);

    const conversationId = await conversationOfCall(vt, callSid);
    const held = await conversation(vt.t, vt.adminToken, conversationId);
    expect(held).toMatchObject({ status: 'assigned', assigneeId: operator.id, contact: { name: 'Anna Caller', phone: '+4930100003' } });
    expect((await callsOf(vt, conversationId))[0]).toMatchObject({ state: 'connecting', agentId: operator.id, from: '+4930100003', to: NUMBER, direction: 'in' });

    const leg = sid('CA', 0xbeef01);
    expect((await postTwilio(vt, inbox.id, 'status', { CallSid: leg, ParentCallSid: callSid, CallStatus: 'in-progress' })).status).toBe(200);
    expect((await callsOf(vt, conversationId))[0]).toMatchObject({ state: 'talking', answeredAt: expect.any(String) });
    expect((await conversation(vt.t, vt.adminToken, conversationId)).firstAgentReplyAt).not.toBeNull();
    expect((await vt.t.api(`/api/agents/${operator.id}`, { token: vt.adminToken })).body.agent.onCall).toBe(true);

    const recordingSid = sid('RE', 0xbeef01);
    await postTwilio(vt, inbox.id, 'recording', { CallSid: callSid, RecordingSid: recordingSid, RecordingStatus: 'completed', RecordingDuration: '41', RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/x/Recordings/${recordingSid}` });
    const ended = await postTwilio(vt, inbox.id, 'dial-result', { CallSid: callSid, DialCallStatus: 'completed', DialCallDuration: '42', DialCallSid: leg });
    expect(names(ended.verbs)).toEqual(['Hangup']);
    await postTwilio(vt, inbox.id, 'status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '44' });
    const [summary] = await callsOf(vt, conversationId);
    expect(summary).toMatchObject({ state: 'ended', outcome: 'answered', talkSeconds: 42, waitSeconds: 0, callback: false, recording: { url: `/api/voice/calls/${summary.id}/recording`, durationSeconds: 41 } });
    expect(JSON.stringify(summary)).not.toContain(recordingSid);

    // The recording is played through the server, to signed-in operators only.
    expect((await fetch(vt.t.url + summary.recording.url)).status).toBe(401);
    const audio = await fetch(vt.t.url + summary.recording.url, { headers: { authorization: `Bearer ${operator.token}` } });
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await audio.arrayBuffer()).toString()).toContain('fake-mp3-audio');
    expect(vt.api.to(`/Recordings/${recordingSid}.mp3`)[0].auth).toBe(`${sid('AC', 0xabc)}:twilioauthtoken0123456789abcdef`);
    const operatorRow = (await vt.t.api(`/api/agents/${operator.id}`, { token: vt.adminToken })).body.agent;
    expect(operatorRow).toMatchObject({ openChats: 1, onCall: false });

    // Closing the call's conversation sends the survey's signed link by SMS from the inbox's number.
    expect((await vt.t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: operator.token })).status).toBe(200);
    const [sms] = await vt.api.waitFor('/Messages.json');
    expect(sms.form).toMatchObject({ To: '+4930100003', From: NUMBER });
    expect(sms.form.Body).toMatch(/https:\/\/voice\.example\.com\/csat\/[\w.-]+/);
    const link = /https:\/\/voice\.example\.com(\/csat\/[\w.-]+)/.exec(String(sms.form.Body))?.[1] as string;
    const page = await fetch(vt.t.url + link);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form/);
  });

  it('rings an operator’s own phone when the inbox has their number, showing the inbox’s number', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt);
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const bad = await vt.t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: vt.adminToken, body: { voice: { settings: { agentPhones: { [operator.id]: 'call me' } } } } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(new RegExp(`voice\\.settings\\.agentPhones\\.${operator.id}`));
    const patched = await vt.t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: vt.adminToken, body: { voice: { settings: { agentPhones: { [operator.id]: '+49 170 1234567' } } } } });
    expect(patched.body.inbox.settings).toMatchObject({ phoneNumber: NUMBER, agentPhones: { [operator.id]: '+491701234567' } });
    const answer = await postTwilio(vt, inbox.id, 'voice', incomingCall(nextCallSid(), '+4930100012'));
    expect(answer.verbs[1].attributes.callerId).toBe(NUMBER);
    expect(answer.verbs[1].children[0]).toMatchObject({ name: 'Number', text: '+491701234567' });
  });

  it('reads national numbers in the inbox’s default country and stores them in E.164; without one asks for the country code', async () => {
    const create = (extra: Record<string, unknown>) =>
      vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'twilio-voice', name: 'Local line', ...extra, voice: { phoneNumber: '040 111222', accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN } } });
    const refused = await create({});
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/^voice\.phoneNumber must start with \+ and the country code/);
    const created = await create({ settings: { defaultCountry: 'DE' } });
    expect(created.status).toBe(201);
    expect(created.body.inbox.settings).toMatchObject({ phoneNumber: '+4940111222', defaultCountry: 'DE' });

    const { inbox, teamId } = await createVoiceInbox(vt);
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const phones = (phone: string, settings?: Record<string, unknown>) =>
      vt.t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: vt.adminToken, body: { ...(settings ? { settings } : {}), voice: { settings: { agentPhones: { [operator.id]: phone } } } } });
    expect((await phones('0170 1234567')).body.message).toMatch(new RegExp(`^voice\\.settings\\.agentPhones\\.${operator.id} must start with \\+`));
    expect((await phones('0170 12', { defaultCountry: 'DE' })).body.message).toMatch(/must be a phone number: .*\(national numbers are read in DE\)/);
    const patched = await phones('0170 1234567', { defaultCountry: 'DE' });
    expect(patched.body.inbox.settings).toMatchObject({ defaultCountry: 'DE', agentPhones: { [operator.id]: '+491701234567' } });
  });

  it('in hours with every operator busy: the caller waits in the queue and is put through when one frees', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt, { settings: { holdMusicUrl: 'https://cdn.example.com/hold.mp3' } });
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const first = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(first, '+4930100004'))).verbs)).toEqual(['Say', 'Dial']);
    await postTwilio(vt, inbox.id, 'status', { CallSid: sid('CA', 0xbeef02), ParentCallSid: first, CallStatus: 'in-progress' });

    // The operator talks: a second caller queues, and the team's chats wait too.
    const second = nextCallSid();
    const queued = await postTwilio(vt, inbox.id, 'voice', incomingCall(second, '+4930100005'));
    expect(names(queued.verbs)).toEqual(['Say', 'Enqueue']);
    expect(queued.verbs[1].attributes).toMatchObject({ waitUrl: `https://voice.example.com/webhooks/twilio/${inbox.id}/wait`, action: `https://voice.example.com/webhooks/twilio/${inbox.id}/queue-result` });
    const secondConversation = await conversationOfCall(vt, second);
    expect(await conversation(vt.t, vt.adminToken, secondConversation)).toMatchObject({ status: 'queued', assigneeId: null });
    const site = await vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'webchat', name: 'Team site', teamId } });
    const chat = await customerWrites(vt.t, site.body.inbox.publicKey, 'Hello while you are on the phone');
    await new Promise((r) => setTimeout(r, 200));
    expect((await conversation(vt.t, vt.adminToken, chat.conversationId)).status).toBe('queued');

    const hold = await postTwilio(vt, inbox.id, 'wait', { CallSid: second, QueuePosition: '1', QueueTime: '12' });
    expect(hold.verbs.map((v) => [v.name, v.text])).toEqual([
      ['Say', 'You are next in line.'],
      ['Play', 'https://cdn.example.com/hold.mp3'],
    ]);
    expect((await callsOf(vt, secondConversation))[0]).toMatchObject({ state: 'queued' });

    // The first call ends: the operator is free, the router gives them the waiting call and Twilio moves it out of the queue.
    await postTwilio(vt, inbox.id, 'dial-result', { CallSid: first, DialCallStatus: 'completed', DialCallDuration: '30' });
    await postTwilio(vt, inbox.id, 'status', { CallSid: first, CallStatus: 'completed' });
    const [redirect] = await vt.api.waitFor(`/Calls/${second}.json`);
    const callId = (await callsOf(vt, secondConversation))[0].id;
    expect(redirect.form).toEqual({ Url: `https://voice.example.com/webhooks/twilio/${inbox.id}/connect?call=${callId}`, Method: 'POST' });
    expect(redirect.auth).toBe(`${sid('AC', 0xabc)}:twilioauthtoken0123456789abcdef`);
    expect(await conversation(vt.t, vt.adminToken, secondConversation)).toMatchObject({ status: 'assigned', assigneeId: operator.id });

    const connect = await postTwilio(vt, inbox.id, 'connect', { CallSid: second, CallStatus: 'in-progress' }, { query: `?call=${callId}` });
    expect(names(connect.verbs)).toEqual(['Dial']);
    expect(connect.verbs[0].children[0]).toMatchObject({ name: 'Client', text: `agent-${operator.id}` });
    expect(connect.verbs[0].attributes.callerId).toBe('+4930100005');
    await postTwilio(vt, inbox.id, 'queue-result', { CallSid: second, QueueResult: 'redirected', QueueTime: '14' });
    expect((await callsOf(vt, secondConversation))[0]).toMatchObject({ state: 'connecting', agentId: operator.id, outcome: null });
    // A connect for another call's id is refused with nothing to do.
    expect(names((await postTwilio(vt, inbox.id, 'connect', { CallSid: first, CallStatus: 'in-progress' }, { query: `?call=${callId}` })).verbs)).toEqual(['Hangup']);

    // The chat waited while the operator was on the phone; it is theirs once their calls are over at the latest.
    await postTwilio(vt, inbox.id, 'dial-result', { CallSid: second, DialCallStatus: 'completed', DialCallDuration: '5' });
    await waitFor(() => conversation(vt.t, vt.adminToken, chat.conversationId), (c) => c.status === 'assigned' && c.assigneeId === operator.id, 5000, 'the waiting chat to be assigned');
  });

  it('after hours: voicemail with transcription; the missed call waits in the queue as a callback', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt, {
      settings: { afterHoursPrompt: 'We are closed.', transcribeVoicemail: true },
      automation: { businessHours: { timeZone: 'UTC', weekly: {} } },
    });
    await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const callSid = nextCallSid();
    const answer = await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930100006'));
    expect(names(answer.verbs)).toEqual(['Say', 'Record', 'Hangup']);
    expect(answer.verbs[0].text).toBe('We are closed.');
    expect(answer.verbs[1].attributes).toMatchObject({
      action: `https://voice.example.com/webhooks/twilio/${inbox.id}/voicemail`,
      transcribe: 'true',
      transcribeCallback: `https://voice.example.com/webhooks/twilio/${inbox.id}/transcription`,
      recordingStatusCallback: `https://voice.example.com/webhooks/twilio/${inbox.id}/recording`,
    });
    const conversationId = await conversationOfCall(vt, callSid);
    const recordingSid = sid('RE', 0xbeef03);
    const done = await postTwilio(vt, inbox.id, 'voicemail', { CallSid: callSid, RecordingSid: recordingSid, RecordingDuration: '12', RecordingUrl: 'https://api.twilio.com/x' });
    expect(names(done.verbs)).toEqual(['Say', 'Hangup']);
    await postTwilio(vt, inbox.id, 'transcription', { CallSid: callSid, RecordingSid: recordingSid, TranscriptionStatus: 'completed', TranscriptionText: 'Please call me back about my order' });
    await postTwilio(vt, inbox.id, 'status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '20' });
    expect((await callsOf(vt, conversationId))[0]).toMatchObject({
      state: 'ended',
      outcome: 'voicemail',
      callback: true,
      transcription: 'Please call me back about my order',
      recording: { durationSeconds: 12 },
    });
    expect(vt.api.to(/\/Calls\//).filter((r) => r.path.includes(callSid))).toEqual([]);
  });

  it('caller hangs up in the queue: abandoned, logged, and the conversation stays queued for a callback', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt, { routingMode: 'manual' });
    await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const callSid = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930100007'))).verbs)).toEqual(['Say', 'Enqueue']);
    const conversationId = await conversationOfCall(vt, callSid);
    // Twilio asks the voice webhook again (a retry): same answer, nothing stored twice.
    const before = await rowCounts(vt.t);
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930100007'))).verbs)).toEqual(['Say', 'Enqueue']);
    expect(await rowCounts(vt.t)).toEqual(before);

    const left = await postTwilio(vt, inbox.id, 'queue-result', { CallSid: callSid, QueueResult: 'hangup', QueueTime: '65' });
    expect(left.verbs).toEqual([]);
    await postTwilio(vt, inbox.id, 'status', { CallSid: callSid, CallStatus: 'completed', CallDuration: '70' });
    expect((await callsOf(vt, conversationId))[0]).toMatchObject({ state: 'ended', outcome: 'abandoned', waitSeconds: 65, talkSeconds: null, callback: true });
    expect(await conversation(vt.t, vt.adminToken, conversationId)).toMatchObject({ status: 'queued' });
    expect((await eventTypes(vt.t, vt.adminToken, conversationId)).filter((type) => type === 'abandoned')).toHaveLength(1);
  });

  it('nobody online: straight to voicemail; a caller waiting too long is offered voicemail from the queue', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt, { settings: { maxWaitSeconds: 60 } });
    const nobody = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(nobody, '+4930100008'))).verbs)).toEqual(['Say', 'Record', 'Hangup']);
    await postTwilio(vt, inbox.id, 'status', { CallSid: nobody, CallStatus: 'completed' });
    expect((await callsOf(vt, await conversationOfCall(vt, nobody)))[0]).toMatchObject({ outcome: 'missed', callback: true });

    await createOperator(vt.t, vt.adminToken, { teamIds: [teamId], maxChats: 0 });
    const waiting = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(waiting, '+4930100009'))).verbs)).toEqual(['Say', 'Enqueue']);
    expect(names((await postTwilio(vt, inbox.id, 'wait', { CallSid: waiting, QueuePosition: '1', QueueTime: '60' })).verbs)).toEqual(['Leave']);
    expect(names((await postTwilio(vt, inbox.id, 'queue-result', { CallSid: waiting, QueueResult: 'leave', QueueTime: '61' })).verbs)).toEqual(['Say', 'Record', 'Hangup']);
  });

  it('the same number on another channel is the same contact, with one history', async () => {
    const { inbox } = await createVoiceInbox(vt);
    const site = await vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'webchat', name: 'Site for history' } });
    const chat = await customerWrites(vt.t, site.body.inbox.publicKey, 'I will call you');
    const contactId = (await conversation(vt.t, vt.adminToken, chat.conversationId)).contact.id;
    expect((await vt.t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token: vt.adminToken, body: { phone: '+4930100010' } })).status).toBe(200);
    const callSid = nextCallSid();
    await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930100010'));
    const callConversation = await conversation(vt.t, vt.adminToken, await conversationOfCall(vt, callSid));
    expect(callConversation.contact.id).toBe(contactId);
    const history = await vt.t.api(`/api/contacts/${contactId}/history`, { token: vt.adminToken });
    expect(history.body.items.map((c: any) => c.id).sort()).toEqual([chat.conversationId, callConversation.id].sort());
  });

  it('click-to-call: the stand-in REST API is asked to ring the customer, and the answered call rings the operator', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt);
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const callSid = nextCallSid();
    await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930100011'));
    await postTwilio(vt, inbox.id, 'dial-result', { CallSid: callSid, DialCallStatus: 'no-answer' });
    await postTwilio(vt, inbox.id, 'status', { CallSid: callSid, CallStatus: 'completed' });
    const conversationId = await conversationOfCall(vt, callSid);
    // Another team's operator: the conversation is not there for them.
    const other = await createOperator(vt.t, vt.adminToken, { online: false });
    expect((await vt.t.api(`/api/conversations/${conversationId}/call`, { token: other.token, body: {} })).status).toBe(404);

    const placed = await vt.t.api(`/api/conversations/${conversationId}/call`, { token: operator.token, body: {} });
    expect(placed.status).toBe(201);
    expect(placed.body.call).toMatchObject({ direction: 'out', state: 'dialing', to: '+4930100011', from: NUMBER, agentId: operator.id });
    const [request] = vt.api.to('/Calls.json');
    expect(request.form).toMatchObject({
      To: '+4930100011',
      From: NUMBER,
      Url: `https://voice.example.com/webhooks/twilio/${inbox.id}/connect?call=${placed.body.call.id}`,
      StatusCallback: `https://voice.example.com/webhooks/twilio/${inbox.id}/status`,
    });
    expect(request.auth).toBe(`${sid('AC', 0xabc)}:twilioauthtoken0123456789abcdef`);
    expect((await vt.t.api(`/api/conversations/${conversationId}/call`, { token: operator.token, body: {} })).status).toBe(409);

    const outbound = (await callsOf(vt, conversationId)).find((c) => c.direction === 'out');
    const rows = await vt.t.app.get(DataSource).query('SELECT callSid FROM voice_calls WHERE id = ?', [outbound.id]);
    const answered = await postTwilio(vt, inbox.id, 'connect', { CallSid: rows[0].callSid, CallStatus: 'in-progress' }, { query: `?call=${placed.body.call.id}` });
    expect(answered.verbs[0].children[0]).toMatchObject({ name: 'Client', text: `agent-${operator.id}` });
    await postTwilio(vt, inbox.id, 'status', { CallSid: rows[0].callSid, CallStatus: 'busy' });
    expect((await callsOf(vt, conversationId)).find((c) => c.direction === 'out')).toMatchObject({ state: 'ended', outcome: 'missed' });
    // A replayed connect of the ended call rings nobody and leaves the operator free.
    const replay = await postTwilio(vt, inbox.id, 'connect', { CallSid: rows[0].callSid, CallStatus: 'in-progress' }, { query: `?call=${placed.body.call.id}` });
    expect(names(replay.verbs)).toEqual(['Hangup']);
    expect((await vt.t.app.get(DataSource).query('SELECT onCallSince FROM agents WHERE id = ?', [operator.id]))[0].onCallSince).toBeNull();
  });

  it('issues a short-lived Voice SDK token for the operator’s own identity, only where browser calling is set up', async () => {
    const { inbox, teamId } = await createVoiceInbox(vt);
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId] });
    const issued = await vt.t.api('/api/voice/token', { token: operator.token, body: { inboxId: inbox.id } });
    expect(issued.status).toBe(201);
    const claims = jwt.verify(issued.body.token, API_KEY_SECRET) as any;
    expect(claims.grants).toMatchObject({ identity: `agent-${operator.id}`, voice: { incoming: { allow: true } } });
    expect(claims.sub).toBe(sid('AC', 0xabc));
    expect(claims.exp - claims.iat).toBe(900);
    expect(new Date(issued.body.expiresAt).getTime()).toBe(claims.exp * 1000);
    expect(issued.body.identity).toBe(`agent-${operator.id}`);

    expect((await vt.t.api('/api/voice/token', { body: { inboxId: inbox.id } })).status).toBe(401);
    expect((await vt.t.api('/api/voice/token', { token: operator.token, body: { inboxId: 'one' } })).status).toBe(400);
    const { inbox: phoneOnly, teamId: phoneOnlyTeam } = await createVoiceInbox(vt, { browserCalling: false });
    await vt.t.api(`/api/agents/${operator.id}`, { method: 'PATCH', token: vt.adminToken, body: { teamIds: [teamId, phoneOnlyTeam] } });
    expect((await vt.t.api('/api/voice/token', { token: operator.token, body: { inboxId: phoneOnly.id } })).status).toBe(409);
  });

  it('keeps another team’s line from an operator: no token, no call from its number, no recording; all answered as if it did not exist', async () => {
    const { inbox: lineA, teamId: teamA } = await createVoiceInbox(vt, { settings: { recordCalls: true } });
    const { inbox: lineB, teamId: teamB } = await createVoiceInbox(vt, { settings: { recordCalls: true } });
    const operatorA = await createOperator(vt.t, vt.adminToken, { teamIds: [teamA] });
    const operatorB = await createOperator(vt.t, vt.adminToken, { teamIds: [teamB] });

    const token = await vt.t.api('/api/voice/token', { token: operatorA.token, body: { inboxId: lineB.id } });
    expect(token.status).toBe(404);
    expect(token.body.message).toBe(`inboxId: there is no voice inbox ${lineB.id}`);
    expect((await vt.t.api('/api/voice/token', { token: operatorA.token, body: { inboxId: 999999 } })).body.message).toBe('inboxId: there is no voice inbox 999999');

    // A's own conversation (a call to A's line), called back from B's number: refused, nothing asked of Twilio.
    const callA = nextCallSid();
    await postTwilio(vt, lineA.id, 'voice', incomingCall(callA, '+4930100021'));
    await postTwilio(vt, lineA.id, 'dial-result', { CallSid: callA, DialCallStatus: 'no-answer' });
    await postTwilio(vt, lineA.id, 'status', { CallSid: callA, CallStatus: 'completed' });
    const conversationA = await conversationOfCall(vt, callA);
    expect(await conversation(vt.t, vt.adminToken, conversationA)).toMatchObject({ assigneeId: operatorA.id });
    const placedBefore = vt.api.to('/Calls.json').length;
    const fromB = await vt.t.api(`/api/conversations/${conversationA}/call`, { token: operatorA.token, body: { inboxId: lineB.id } });
    expect(fromB.status).toBe(404);
    expect(fromB.body.message).toBe(`inboxId: there is no voice inbox ${lineB.id}`);
    expect(vt.api.to('/Calls.json')).toHaveLength(placedBefore);
    expect((await callsOf(vt, conversationA)).filter((c) => c.direction === 'out')).toEqual([]);

    // B's recorded call: B's operator hears it, A's gets the answer of a call that does not exist.
    const callB = nextCallSid();
    await postTwilio(vt, lineB.id, 'voice', incomingCall(callB, '+4930100022'));
    const recordingSid = sid('RE', 0xbeef21);
    await postTwilio(vt, lineB.id, 'recording', { CallSid: callB, RecordingSid: recordingSid, RecordingStatus: 'completed', RecordingDuration: '9', RecordingUrl: 'https://api.twilio.com/x' });
    await postTwilio(vt, lineB.id, 'dial-result', { CallSid: callB, DialCallStatus: 'completed', DialCallDuration: '9' });
    const [recorded] = await callsOf(vt, await conversationOfCall(vt, callB));
    const fetchedBefore = vt.api.to(`/Recordings/${recordingSid}.mp3`).length;
    const asA = await fetch(vt.t.url + recorded.recording.url, { headers: { authorization: `Bearer ${operatorA.token}` } });
    expect(asA.status).toBe(404);
    expect((await asA.json()).message).toBe(`Call ${recorded.id} has no recording`);
    expect(vt.api.to(`/Recordings/${recordingSid}.mp3`)).toHaveLength(fetchedBefore);
    expect((await fetch(vt.t.url + recorded.recording.url, { headers: { authorization: `Bearer ${operatorB.token}` } })).status).toBe(200);
  });
});
