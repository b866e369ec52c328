import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { Message } from '../src/conversations/message.entity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudMessage, cloudSamples, cloudStatus, cloudText } from '../../connectors/test/fixtures/meta/whatsapp-cloud';
import { igEvent, igSamples, igText } from '../../connectors/test/fixtures/meta/instagram';
import { fuzzBodies } from '../../connectors/test/fuzz';
import { PNG, eventually, rowCounts } from './support/telegram-fixtures';
import { PHONE_NUMBER_ID } from '../../connectors/test/fixtures/meta/whatsapp-cloud';
import { APP_SECRET, GRAPH_TOKEN, createCloudInbox, createInstagramInbox, postMeta, startMetaTest, type MetaTest } from './support/meta-fixtures';

const WA = '16505551234';
const IG_USER = '1234567890123456';
/** Below the longest text a template's parameters can make (20 of 1,024 characters), so the limit can be shown to apply. */
const MESSAGE_MAX_CHARS = 2000;

async function conversationOfSender(mt: MetaTest, name: string) {
  return eventually(async () => (await mt.t.api('/api/conversations?view=all', { token: mt.adminToken })).body.items.find((c: any) => c.contact?.name === name || c.contact?.phone === name));
}

async function messagesOf(mt: MetaTest, conversationId: number) {
  return (await mt.t.api(`/api/conversations/${conversationId}/messages`, { token: mt.adminToken })).body.items as any[];
}

describe('the Meta webhook', () => {
  let mt: MetaTest;
  let cloudId: number;
  let igId: number;

  beforeAll(async () => {
    mt = await startMetaTest({ MESSAGE_MAX_CHARS: String(MESSAGE_MAX_CHARS) });
    const cloud = await createCloudInbox(mt);
    cloudId = cloud.id;
    igId = (await createInstagramInbox(mt)).id;
    expect(cloud.settings).toMatchObject({ webhookUrl: `${mt.t.url}/webhooks/meta/${cloudId}`, verifyToken: expect.any(String), displayPhoneNumber: '+1 555-010-0000' });
    expect(JSON.stringify(cloud)).not.toContain(APP_SECRET);
  });
  afterAll(() => mt.close());

  it('checks an inbox with Graph before storing it, and names the field that is wrong', async () => {
    const base = { type: 'whatsapp-cloud', name: 'WhatsApp 2' };
    const good = { phoneNumberId: '200000000000001', accessToken: GRAPH_TOKEN, appSecret: APP_SECRET };
    const missing = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: base });
    expect(missing).toMatchObject({ status: 400, body: { message: expect.stringMatching(/whatsappCloud\.phoneNumberId/) } });
    const badId = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: { ...base, whatsappCloud: { ...good, phoneNumberId: '+1 555' } } });
    expect(badId).toMatchObject({ status: 400, body: { message: expect.stringMatching(/phoneNumberId/) } });
    // The credentials every Meta inbox shares are checked the same way for both kinds.
    const badSecret = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: { ...base, whatsappCloud: { ...good, appSecret: 'short' } } });
    expect(badSecret).toMatchObject({ status: 400, body: { message: expect.stringMatching(/appSecret must be the app secret/) } });
    const badToken = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: { type: 'instagram', name: 'x', instagram: { accountId: '17841400000000001', accessToken: 'x', appSecret: APP_SECRET } } });
    expect(badToken).toMatchObject({ status: 400, body: { message: expect.stringMatching(/accessToken must be the token from Meta/) } });
    const refused = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: { ...base, whatsappCloud: { ...good, accessToken: 'EAAGwrong_token_0123456789' } } });
    expect(refused).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^whatsappCloud\.accessToken: Meta refused/) } });
    const taken = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: { ...base, whatsappCloud: { ...good, phoneNumberId: PHONE_NUMBER_ID } } });
    expect(taken).toMatchObject({ status: 409, body: { message: expect.stringMatching(/already connected as inbox/) } });
    const wrongKind = await mt.t.api('/api/inboxes', { token: mt.adminToken, body: { type: 'instagram', name: 'x', whatsappCloud: good } });
    expect(wrongKind.status).toBe(400);
    const inboxes = (await mt.t.api('/api/inboxes', { token: mt.adminToken })).body.items;
    expect(inboxes.filter((i: any) => i.name === 'WhatsApp 2')).toHaveLength(0);
  });

  it('answers the dashboard’s verification with the challenge for the right verify token only', async () => {
    const { settings } = (await mt.t.api(`/api/inboxes/${cloudId}`, { token: mt.adminToken })).body.inbox;
    const ok = await fetch(`${mt.t.url}/webhooks/meta/${cloudId}?hub.mode=subscribe&hub.verify_token=${settings.verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${mt.t.url}/webhooks/meta/${cloudId}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
    expect(wrong.status).toBe(403);
    expect((await fetch(`${mt.t.url}/webhooks/meta/99999?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`)).status).toBe(404);
  });

  it('answers 401 to a wrong or missing signature and stores nothing', async () => {
    const before = await rowCounts(mt.t);
    const body = cloudText(WA, 'forged');
    const wrong = await postMeta(mt, cloudId, body, 'sha256=' + '0'.repeat(64));
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toMatch(/X-Hub-Signature-256/);
    expect((await postMeta(mt, cloudId, body, null)).status).toBe(401);
    // Signed over other bytes than the ones sent (re-serialized JSON does not match).
    const { signMetaPayload } = await import('@inbox/connectors');
    expect((await postMeta(mt, cloudId, JSON.stringify(body, null, 2), signMetaPayload(JSON.stringify(body), APP_SECRET))).status).toBe(401);
    expect((await postMeta(mt, igId, igText(IG_USER, 'forged'), signMetaPayload('{}', APP_SECRET))).status).toBe(401);
    expect(await rowCounts(mt.t)).toEqual(before);
  });

  it('answers 400 naming the field for signed bodies that are not Meta webhooks, and stores nothing', async () => {
    const before = await rowCounts(mt.t);
    const bad = cloudText(WA, 'x') as any;
    bad.entry[0].changes[0].value.messages[0].from = 12345;
    const cases: Array<[number, unknown, RegExp]> = [
      [cloudId, bad, /messages\[0\]\.from/],
      [cloudId, { object: 'instagram', entry: [] }, /object/],
      [cloudId, [1, 2], /body/],
      [cloudId, '{"object": "whatsapp_business_account", "entry": ', /JSON|Unexpected|body/i],
      [igId, igEvent(IG_USER, { message: { mid: 42 } }), /message\.mid/],
      [igId, cloudText(WA, 'wrong channel'), /object/],
    ];
    for (const [inbox, body, field] of cases) {
      const res = await postMeta(mt, inbox, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.message).toMatch(field);
    }
    expect(await rowCounts(mt.t)).toEqual(before);
  });

  it('never answers 500 to signed generated bodies; a 400 stores nothing', async () => {
    const valid = [...cloudSamples(WA).slice(0, 4)];
    await fc.assert(
      fc.asyncProperty(fuzzBodies(valid), async (body) => {
        const before = await rowCounts(mt.t);
        const res = await postMeta(mt, cloudId, body === undefined ? 'null' : body);
        expect([200, 400]).toContain(res.status);
        if (res.status === 400) expect(await rowCounts(mt.t)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('carries a Cloud API dialog both ways: text and an image in, a reply and a file out, statuses back', async () => {
    const first = cloudText('447700900123', 'Hello, where is my order?');
    expect((await postMeta(mt, cloudId, first)).status).toBe(200);
    const conversation = await conversationOfSender(mt, 'Sheena Nelson');
    expect(conversation.contact.phone).toBe('+447700900123');

    mt.graph.addMedia('9911', PNG, 'image/png');
    const image = cloudMessage('447700900123', { type: 'image', image: { id: '9911', mime_type: 'image/png', sha256: 'x', caption: 'the label' } });
    expect((await postMeta(mt, cloudId, image)).status).toBe(200);
    const withFile = await eventually(async () => (await messagesOf(mt, conversation.id)).find((m) => m.text === 'the label' && m.attachments?.length === 1));
    expect(withFile.attachments[0]).toMatchObject({ mimeType: 'image/png', size: PNG.length });

    const sent = await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'It ships today.' } });
    expect(sent.status).toBe(201);
    const [send] = (await mt.graph.waitForSends(1)).filter((b) => b.to === '447700900123');
    expect(send).toMatchObject({ messaging_product: 'whatsapp', to: '447700900123', type: 'text', text: { body: 'It ships today.' } });
    const stored = await eventually(async () => (await messagesOf(mt, conversation.id)).find((m) => m.id === sent.body.message.id && m.status === 'sent'));
    const wamid = (await mt.t.app.get(DataSource).query('SELECT externalId FROM messages WHERE id = ?', [stored.id]))[0].externalId;
    expect(wamid).toMatch(/^wamid\./);

    // Out of order: read before delivered; the status only moves forward.
    expect((await postMeta(mt, cloudId, cloudStatus(wamid, 'read', '447700900123'))).status).toBe(200);
    expect((await postMeta(mt, cloudId, cloudStatus(wamid, 'delivered', '447700900123'))).status).toBe(200);
    expect((await messagesOf(mt, conversation.id)).find((m) => m.id === stored.id).status).toBe('read');

    const upload = new FormData();
    upload.set('file', new Blob([PNG], { type: 'image/png' }), 'label.png');
    const att = await fetch(`${mt.t.url}/api/conversations/${conversation.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${mt.adminToken}` }, body: upload }).then((r) => r.json());
    await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'New label', attachments: [att.attachment.id] } });
    const media = await eventually(async () => mt.graph.sends().find((b) => b.type === 'image' && b.image?.caption === 'New label'));
    const uploaded = mt.graph.calls.find((c) => c.path.endsWith('/media') && c.files[0]?.data.equals(PNG));
    expect(uploaded).toBeDefined();
    expect(media.image.id).toBeTruthy();
  });

  it('stores a resent webhook once', async () => {
    const body = cloudText(WA, 'sent twice');
    expect((await postMeta(mt, cloudId, body)).status).toBe(200);
    const before = await rowCounts(mt.t);
    expect((await postMeta(mt, cloudId, body)).status).toBe(200);
    expect(await rowCounts(mt.t)).toEqual(before);
    const count = await mt.t.app.get(DataSource).query("SELECT COUNT(*) AS n FROM messages WHERE text = 'sent twice'");
    expect(Number(count[0].n)).toBe(1);
  });

  it('carries an Instagram dialog both ways: text, story reply and mention in; text and an image out; unsent and reactions', async () => {
    const sender = '1784100000000077';
    expect((await postMeta(mt, igId, igText(sender, 'Hi from Instagram'))).status).toBe(200);
    const convs = await eventually(async () => (await mt.t.api(`/api/conversations?view=all&inboxId=${igId}`, { token: mt.adminToken })).body.items);
    const conversation = convs[0];
    const story = mt.graph.addCdnFile('story.png', PNG, 'image/png');
    expect((await postMeta(mt, igId, igEvent(sender, { message: { mid: 'aWdfMENTION1', attachments: [{ type: 'story_mention', payload: { url: story } }] } }))).status).toBe(200);
    expect((await postMeta(mt, igId, igText(sender, 'Nice story', { mid: 'aWdfSTORYREPLY', reply_to: { story: { url: story, id: '1789' } } }))).status).toBe(200);
    const mention = await eventually(async () => (await messagesOf(mt, conversation.id)).find((m) => m.payload?.storyMention && m.attachments?.length === 1));
    expect(mention.kind).toBe('image');

    await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'Thanks for the mention!' } });
    const reply = await eventually(async () => mt.graph.sends().find((b) => b.recipient?.id === sender));
    expect(reply).toEqual({ recipient: { id: sender }, message: { text: 'Thanks for the mention!' } });

    const upload = new FormData();
    upload.set('file', new Blob([PNG], { type: 'image/png' }), 'promo.png');
    const att = await fetch(`${mt.t.url}/api/conversations/${conversation.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${mt.adminToken}` }, body: upload }).then((r) => r.json());
    await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { attachments: [att.attachment.id] } });
    const image = await eventually(async () => mt.graph.sends().find((b) => b.recipient?.id === sender && b.message?.attachment));
    expect(image.message.attachment).toMatchObject({ type: 'image', payload: { url: expect.stringContaining(`${mt.t.url}/api/attachments/`) } });
    // The URL Instagram is given serves the file.
    expect(Buffer.from(await (await fetch(image.message.attachment.payload.url)).arrayBuffer()).equals(PNG)).toBe(true);

    expect((await postMeta(mt, igId, igEvent(sender, { message: { mid: 'aWdfSTORYREPLY', is_deleted: true } }))).status).toBe(200);
    const unsent = (await messagesOf(mt, conversation.id)).find((m) => m.payload?.unsent);
    expect(unsent).toMatchObject({ text: null, edited: true });
    expect((await postMeta(mt, igId, igEvent(sender, { reaction: { mid: 'aWdfMENTION1', action: 'react', reaction: 'love', emoji: '❤️' } }))).status).toBe(200);
    expect((await messagesOf(mt, conversation.id)).some((m) => m.payload?.reaction === '❤️')).toBe(true);
    // Every documented sample is accepted.
    for (const body of igSamples(sender)) expect((await postMeta(mt, igId, body)).status).toBe(200);
  });

  it('refuses free-form replies outside the 24-hour window with 409 saying why; an approved template still goes', async () => {
    expect((await postMeta(mt, cloudId, cloudText('4915111122233', 'Old question', {}))).status).toBe(200);
    const conversation = await eventually(async () => (await mt.t.api(`/api/conversations?view=all&inboxId=${cloudId}`, { token: mt.adminToken })).body.items.find((c: any) => c.contact?.phone === '+4915111122233'));
    const db = mt.t.app.get(DataSource);
    await db.getRepository(Message).update({ conversationId: conversation.id }, { createdAt: new Date(Date.now() - 25 * 3_600_000) });

    const window = await mt.t.api(`/api/conversations/${conversation.id}/window`, { token: mt.adminToken });
    expect(window.body.window).toMatchObject({ rule: 'window', open: false, templates: true });
    const refused = await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'Are you still there?' } });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/customer_window_closed.*24-hour.*approved message template/);
    expect((await messagesOf(mt, conversation.id)).some((m) => m.text === 'Are you still there?')).toBe(false);

    const templates = await mt.t.api(`/api/conversations/${conversation.id}/templates`, { token: mt.adminToken });
    expect(templates.body.items.map((t: any) => t.name)).toEqual(['order_update']);
    const wrongCount = await mt.t.api(`/api/conversations/${conversation.id}/template`, { token: mt.adminToken, body: { name: 'order_update', language: 'en_US', parameters: ['Ann'] } });
    expect(wrongCount.status).toBe(400);
    expect((await mt.t.api(`/api/conversations/${conversation.id}/template`, { token: mt.adminToken, body: { name: 'draft_promo', language: 'en_US' } })).status).toBe(400);
    const long = ['a'.repeat(1000), 'b'.repeat(1000)];
    const tooLong = await mt.t.api(`/api/conversations/${conversation.id}/template`, { token: mt.adminToken, body: { name: 'order_update', language: 'en_US', parameters: long } });
    expect(tooLong).toMatchObject({ status: 400, body: { message: `parameters: the text would be 2029 characters, past the limit of ${MESSAGE_MAX_CHARS}` } });
    expect(mt.graph.sends().some((b) => b.type === 'template')).toBe(false);
    const sent = await mt.t.api(`/api/conversations/${conversation.id}/template`, { token: mt.adminToken, body: { name: 'order_update', language: 'en_US', parameters: ['Ann', 'A-17'] } });
    expect(sent.status).toBe(201);
    expect(sent.body.message.text).toBe('Hello Ann, your order A-17 has news.');
    const template = await eventually(async () => mt.graph.sends().find((b) => b.to === '4915111122233' && b.type === 'template'));
    expect(template.template).toMatchObject({ name: 'order_update', language: { code: 'en_US' } });

    // Instagram has no templates: outside its window a reply is refused, saying to wait for the customer.
    const igSender = '1784100000000099';
    expect((await postMeta(mt, igId, igText(igSender, 'old DM'))).status).toBe(200);
    const igConversation = await eventually(async () => (await mt.t.api(`/api/conversations?view=all&inboxId=${igId}`, { token: mt.adminToken })).body.items.find((c: any) => c.id !== undefined && c.lastMessage?.text === 'old DM'));
    await db.getRepository(Message).update({ conversationId: igConversation.id }, { createdAt: new Date(Date.now() - 25 * 3_600_000) });
    const igRefused = await mt.t.api(`/api/conversations/${igConversation.id}/messages`, { token: mt.adminToken, body: { text: 'Late answer' } });
    expect(igRefused.status).toBe(409);
    expect(igRefused.body.message).toMatch(/Instagram.*when the customer writes again/);
    expect((await mt.t.api(`/api/conversations/${igConversation.id}/template`, { token: mt.adminToken, body: { name: 'order_update', language: 'en_US' } })).status).toBe(400);

    // With Meta's Human Agent feature on the inbox, a person may still answer for 7 days, tagged HUMAN_AGENT.
    expect((await mt.t.api(`/api/inboxes/${cloudId}`, { method: 'PATCH', token: mt.adminToken, body: { instagram: { humanAgent: true } } })).status).toBe(400);
    const badFlag = await mt.t.api(`/api/inboxes/${igId}`, { method: 'PATCH', token: mt.adminToken, body: { instagram: { humanAgent: 'yes' } } });
    expect(badFlag.status).toBe(400);
    expect(JSON.stringify(badFlag.body.message)).toMatch(/instagram.humanAgent must be true or false|humanAgent must be true or false/);
    const enabled = await mt.t.api(`/api/inboxes/${igId}`, { method: 'PATCH', token: mt.adminToken, body: { instagram: { humanAgent: true } } });
    expect(enabled.body.inbox.settings.humanAgent).toBe(true);
    const humanWindow = (await mt.t.api(`/api/conversations/${igConversation.id}/window`, { token: mt.adminToken })).body.window;
    expect(humanWindow).toMatchObject({ open: false });
    // Seven days from the last message, which was 25 hours ago.
    expect(new Date(humanWindow.humanAgentUntil).getTime()).toBeGreaterThan(Date.now() + 142 * 3_600_000);
    const late = await mt.t.api(`/api/conversations/${igConversation.id}/messages`, { token: mt.adminToken, body: { text: 'Sorry for the wait: it is on its way' } });
    expect(late.status).toBe(201);
    const tagged = await eventually(async () => mt.graph.sends().find((b) => b.message?.text === 'Sorry for the wait: it is on its way'));
    expect(tagged).toMatchObject({ recipient: { id: igSender }, messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    // Past the 7 days, nothing goes.
    await db.getRepository(Message).update({ conversationId: igConversation.id, direction: 'in' }, { createdAt: new Date(Date.now() - 8 * 24 * 3_600_000) });
    const tooLate = await mt.t.api(`/api/conversations/${igConversation.id}/messages`, { token: mt.adminToken, body: { text: 'Still there?' } });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.message).toMatch(/more than 7 days ago/);
    // Inside the 24 hours a reply goes untagged, as before.
    expect((await postMeta(mt, igId, igText(igSender, 'Back again'))).status).toBe(200);
    await eventually(async () => (await messagesOf(mt, igConversation.id)).some((m) => m.text === 'Back again'));
    expect((await mt.t.api(`/api/conversations/${igConversation.id}/messages`, { token: mt.adminToken, body: { text: 'Welcome back' } })).status).toBe(201);
    const untagged = await eventually(async () => mt.graph.sends().find((b) => b.message?.text === 'Welcome back'));
    expect(untagged).not.toHaveProperty('tag');

    // The customer writes again: the window opens again.
    expect((await postMeta(mt, cloudId, cloudText('4915111122233', 'Thanks!'))).status).toBe(200);
    expect((await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'You are welcome' } })).status).toBe(201);
  });

  it('asks the survey with a list of 1–5 after a close; the choice is stored once, a repeat is told it counted', async () => {
    await mt.t.api(`/api/inboxes/${cloudId}`, { method: 'PATCH', token: mt.adminToken, body: { automation: { csat: { enabled: true } } } });
    expect((await postMeta(mt, cloudId, cloudText('393331234567', 'Ciao'))).status).toBe(200);
    const conversation = await eventually(async () => (await mt.t.api(`/api/conversations?view=all&inboxId=${cloudId}`, { token: mt.adminToken })).body.items.find((c: any) => c.contact?.phone === '+393331234567'));
    await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'Done!' } });
    await mt.t.api(`/api/conversations/${conversation.id}/close`, { method: 'POST', token: mt.adminToken });
    const survey = await eventually(async () => mt.graph.sends().find((b) => b.to === '393331234567' && b.type === 'interactive'), 10_000);
    const rows = survey.interactive.action.sections[0].rows;
    expect(rows.map((r: any) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `csat:${conversation.id}:${n}`));

    const answer = (score: number) => cloudMessage('393331234567', { type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: `csat:${conversation.id}:${score}`, title: `${score} ⭐` } } });
    expect((await postMeta(mt, cloudId, answer(5))).status).toBe(200);
    await eventually(async () => (await mt.t.api(`/api/conversations/${conversation.id}`, { token: mt.adminToken })).body.conversation.csatScore === 5);
    expect((await postMeta(mt, cloudId, answer(1))).status).toBe(200);
    const replies = await eventually(async () => {
      const texts = mt.graph.sends().filter((b) => b.to === '393331234567' && b.type === 'text').map((b) => b.text.body);
      return texts.includes('You have already rated this conversation. Thank you!') && texts;
    });
    expect(replies).toContain('Thank you for your rating!');
    const after = (await mt.t.api(`/api/conversations/${conversation.id}`, { token: mt.adminToken })).body.conversation;
    expect(after).toMatchObject({ status: 'closed', csatScore: 5 });
    const open = (await mt.t.api(`/api/conversations?view=all&inboxId=${cloudId}&status=queued`, { token: mt.adminToken })).body.items;
    expect(open.some((c: any) => c.contact?.phone === '+393331234567')).toBe(false);
  });

  it('asks the Instagram survey with quick replies; the tapped one is the score', async () => {
    await mt.t.api(`/api/inboxes/${igId}`, { method: 'PATCH', token: mt.adminToken, body: { automation: { csat: { enabled: true } } } });
    const sender = '1784100000000555';
    expect((await postMeta(mt, igId, igText(sender, 'Question for the survey'))).status).toBe(200);
    const conversation = await eventually(async () => (await mt.t.api(`/api/conversations?view=all&inboxId=${igId}`, { token: mt.adminToken })).body.items.find((c: any) => c.lastMessage?.text === 'Question for the survey'));
    await mt.t.api(`/api/conversations/${conversation.id}/messages`, { token: mt.adminToken, body: { text: 'Answered' } });
    await mt.t.api(`/api/conversations/${conversation.id}/close`, { method: 'POST', token: mt.adminToken });
    const survey = await eventually(async () => mt.graph.sends().find((b) => b.recipient?.id === sender && b.message?.quick_replies), 10_000);
    expect(survey.message.quick_replies.map((q: any) => q.payload)).toEqual([1, 2, 3, 4, 5].map((n) => `csat:${conversation.id}:${n}`));
    expect((await postMeta(mt, igId, igText(sender, '4 ⭐⭐⭐⭐', { quick_reply: { payload: `csat:${conversation.id}:4` } }))).status).toBe(200);
    await eventually(async () => (await mt.t.api(`/api/conversations/${conversation.id}`, { token: mt.adminToken })).body.conversation.csatScore === 4);
    await eventually(async () => mt.graph.sends().find((b) => b.recipient?.id === sender && b.message?.text === 'Thank you for your rating!'));
  });

  it('answers 404 to the verification and to signed webhooks of an archived inbox, storing nothing, and takes them again once reactivated', async () => {
    const { settings } = (await mt.t.api(`/api/inboxes/${cloudId}`, { token: mt.adminToken })).body.inbox;
    const verify = () => fetch(`${mt.t.url}/webhooks/meta/${cloudId}?hub.mode=subscribe&hub.verify_token=${settings.verifyToken}&hub.challenge=42`);
    expect((await mt.t.api(`/api/inboxes/${cloudId}`, { method: 'PATCH', token: mt.adminToken, body: { active: false } })).status).toBe(200);
    const before = await rowCounts(mt.t);
    expect((await verify()).status).toBe(404);
    expect((await postMeta(mt, cloudId, cloudText(WA, 'written to an archived number'))).status).toBe(404);
    expect(await rowCounts(mt.t)).toEqual(before);

    expect((await mt.t.api(`/api/inboxes/${cloudId}`, { method: 'PATCH', token: mt.adminToken, body: { active: true } })).status).toBe(200);
    expect((await verify()).status).toBe(200);
    expect((await postMeta(mt, cloudId, cloudText(WA, 'written after the reactivation'))).status).toBe(200);
  });
});
