import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, createOperator, customerWrites, waitFor } from './support/operators';
import { conversationOfCall, createVoiceInbox, incomingCall, nextCallSid, postTwilio, sid, startVoiceTest, type VoiceTest } from './support/voice-fixtures';

const names = (verbs: { name: string }[]) => verbs.map((v) => v.name);

/** `routing.callsTakeSlot`: whether a call counts against the operator's limit, per voice inbox. */
describe('a call against the operator’s limit, as the voice inbox says', () => {
  let vt: VoiceTest;
  beforeAll(async () => {
    vt = await startVoiceTest();
  });
  afterAll(() => vt.close());

  const openChats = async (agentId: number) => (await vt.t.api(`/api/agents/${agentId}`, { token: vt.adminToken })).body.agent.openChats as number;

  /** A voice inbox and a site in one team, and an operator of it whose one slot a chat already holds. */
  async function fullOperator(routing: Record<string, unknown>) {
    const { inbox, teamId } = await createVoiceInbox(vt, { routing });
    const operator = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId], maxChats: 1 });
    const site = await vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'webchat', name: 'Team site', teamId } });
    const chat = await customerWrites(vt.t, site.body.inbox.publicKey, 'A chat first');
    await waitFor(() => conversation(vt.t, vt.adminToken, chat.conversationId), (c) => c.assigneeId === operator.id, 5000, 'the chat to be assigned');
    expect(await openChats(operator.id)).toBe(1);
    return { inbox, teamId, operator, sitePublicKey: site.body.inbox.publicKey as string };
  }

  it('by default a call takes a slot: a full operator’s caller waits in the queue', async () => {
    const { inbox, operator } = await fullOperator({});
    const callSid = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930200001'))).verbs)).toEqual(['Say', 'Enqueue']);
    expect(await conversation(vt.t, vt.adminToken, await conversationOfCall(vt, callSid))).toMatchObject({ status: 'queued', assigneeId: null, takesSlot: true });
    expect(await openChats(operator.id)).toBe(1);
  });

  it('with callsTakeSlot false a full operator still gets the call, and neither the call nor its close changes their load', async () => {
    const { inbox, operator, sitePublicKey } = await fullOperator({ callsTakeSlot: false });
    const first = nextCallSid();
    const answer = await postTwilio(vt, inbox.id, 'voice', incomingCall(first, '+4930200002'));
    expect(names(answer.verbs)).toEqual(['Say', 'Dial']);
    expect(answer.verbs[1].children[0]).toMatchObject({ name: 'Client', text: `agent-${operator.id}` });
    const firstConversation = await conversationOfCall(vt, first);
    expect(await conversation(vt.t, vt.adminToken, firstConversation)).toMatchObject({ status: 'assigned', assigneeId: operator.id, takesSlot: false });
    expect(await openChats(operator.id)).toBe(1);
    await postTwilio(vt, inbox.id, 'status', { CallSid: sid('CA', 0xcafe01), ParentCallSid: first, CallStatus: 'in-progress' });

    // Still one call at a time: a second caller waits while the operator talks.
    const second = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(second, '+4930200003'))).verbs)).toEqual(['Say', 'Enqueue']);
    const secondConversation = await conversationOfCall(vt, second);
    expect(await conversation(vt.t, vt.adminToken, secondConversation)).toMatchObject({ status: 'queued', takesSlot: false });
    // A new chat still finds the operator full.
    const chat = await customerWrites(vt.t, sitePublicKey, 'Another chat');

    // The first call ends: no slot was freed, yet the waiting call is routed to the (chat-full) operator.
    await postTwilio(vt, inbox.id, 'dial-result', { CallSid: first, DialCallStatus: 'completed', DialCallDuration: '20' });
    await postTwilio(vt, inbox.id, 'status', { CallSid: first, CallStatus: 'completed' });
    await waitFor(() => conversation(vt.t, vt.adminToken, secondConversation), (c) => c.assigneeId === operator.id, 5000, 'the waiting call to reach the operator');
    expect(await vt.api.waitFor(`/Calls/${second}.json`)).toHaveLength(1);
    expect((await conversation(vt.t, vt.adminToken, chat.conversationId)).status).toBe('queued');

    expect((await vt.t.api(`/api/conversations/${firstConversation}/close`, { method: 'POST', token: operator.token })).status).toBe(200);
    expect(await openChats(operator.id)).toBe(1);
    expect((await conversation(vt.t, vt.adminToken, chat.conversationId)).status).toBe('queued');
  });

  it('a call that takes no slot is transferred to a full operator and requeued without touching anyone’s load', async () => {
    const { inbox, teamId, operator } = await fullOperator({ callsTakeSlot: false });
    const callSid = nextCallSid();
    expect(names((await postTwilio(vt, inbox.id, 'voice', incomingCall(callSid, '+4930200004'))).verbs)).toEqual(['Say', 'Dial']);
    const id = await conversationOfCall(vt, callSid);
    await postTwilio(vt, inbox.id, 'dial-result', { CallSid: callSid, DialCallStatus: 'completed', DialCallDuration: '9' });
    // A colleague who takes no chats at all (limit 0) may still take calls that take no slot.
    const colleague = await createOperator(vt.t, vt.adminToken, { teamIds: [teamId], maxChats: 0 });

    const moved = await vt.t.api(`/api/conversations/${id}/transfer`, { token: operator.token, body: { agentId: colleague.id } });
    expect(moved.status).toBe(200);
    expect(moved.body.conversation).toMatchObject({ assigneeId: colleague.id, takesSlot: false });
    expect([await openChats(operator.id), await openChats(colleague.id)]).toEqual([1, 0]);

    const requeued = await vt.t.api(`/api/conversations/${id}/transfer`, { token: colleague.token, body: { teamId } });
    expect(requeued.status).toBe(200);
    // Back in the queue, it is routed again straight away.
    await waitFor(() => conversation(vt.t, vt.adminToken, id), (c) => c.status === 'assigned', 5000, 'the requeued call to be routed');
    expect([await openChats(operator.id), await openChats(colleague.id)]).toEqual([1, 0]);
  });

  it('400 naming the field when a chat inbox says how calls count', async () => {
    const site = await vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'webchat', name: 'No calls here', routing: { callsTakeSlot: false } } });
    expect(site.status).toBe(400);
    expect(site.body.message).toMatch(/routing\.callsTakeSlot/);
    const made = await vt.t.api('/api/inboxes', { token: vt.adminToken, body: { type: 'webchat', name: 'No calls here' } });
    const patched = await vt.t.api(`/api/inboxes/${made.body.inbox.id}`, { method: 'PATCH', token: vt.adminToken, body: { routing: { callsTakeSlot: true } } });
    expect(patched.status).toBe(400);
    expect(patched.body.message).toMatch(/routing\.callsTakeSlot/);
    const typed = await vt.t.api(`/api/inboxes/${made.body.inbox.id}`, { method: 'PATCH', token: vt.adminToken, body: { routing: { callsTakeSlot: 'no' } } });
    expect(typed.status).toBe(400);
    expect(JSON.stringify(typed.body.message)).toMatch(/callsTakeSlot/);
  });
});
