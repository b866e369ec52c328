import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, createOperator, customerWrites, waitFor } from './support/operators';
import { connectSocket, nextEvent, startTestApp, type TestApp } from './support/test-app';

describe('PATCH /api/contacts/:id', () => {
  let t: TestApp;
  let admin: string;
  let holder: { id: number; token: string };
  let other: { id: number; token: string };
  let socket: Socket;
  let conversationId: number;
  let contactId: number;
  let inboxId: number;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Site' } })).body.inbox;
    inboxId = inbox.id;
    holder = await createOperator(t, admin, { name: 'Olga' });
    other = await createOperator(t, admin, { name: 'Petro', online: false });
    socket = await connectSocket(`${t.url}/agents`, { token: holder.token });
    conversationId = (await customerWrites(t, inbox.publicKey, 'Hello')).conversationId;
    const assigned = await waitFor(() => conversation(t, admin, conversationId), (c) => c.assigneeId === holder.id, 5000, 'assignment');
    contactId = assigned.contact.id;
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  const patch = (token: string, body: unknown, id = contactId) => t.api(`/api/contacts/${id}`, { method: 'PATCH', token, body });

  it('lets the operator holding the conversation correct the contact, and tells every operator', async () => {
    const contactEvent = nextEvent(socket, 'contact.updated');
    // Routing's own conversation.updated may still be on its way: wait for the one carrying the new name.
    const rowEvent = new Promise<any>((resolve) => {
      const onUpdate = (payload: any) => {
        if (payload.conversation.contact?.name !== 'Anna Koval') return;
        socket.off('conversation.updated', onUpdate);
        resolve(payload);
      };
      socket.on('conversation.updated', onUpdate);
    });
    const res = await patch(holder.token, { name: '  Anna Koval ', email: 'Anna@Example.com', phone: '+380 (44) 123-45-67', language: 'uk' });
    expect(res.status).toBe(200);
    expect(res.body.contact).toMatchObject({ id: contactId, name: 'Anna Koval', email: 'anna@example.com', phone: '+380441234567', language: 'uk' });
    expect((await contactEvent).contact).toMatchObject({ id: contactId, name: 'Anna Koval', phone: '+380441234567' });
    expect((await rowEvent).conversation).toMatchObject({ id: conversationId, contact: { name: 'Anna Koval', email: 'anna@example.com' } });
    expect((await t.api(`/api/contacts/${contactId}`, { token: admin })).body.contact.language).toBe('uk');
  });

  it('changes only the fields sent; null clears one', async () => {
    const res = await patch(holder.token, { email: null });
    expect(res.status).toBe(200);
    expect(res.body.contact).toMatchObject({ name: 'Anna Koval', email: null, phone: '+380441234567', language: 'uk' });
  });

  it('answers 400 naming the field and changes nothing', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ email: 'not-an-address' }, /email must be an e-mail address/],
      [{ phone: 'call me' }, /phone must be a phone number/],
      [{ language: 'Ukrainian!' }, /language must be a language tag/],
      [{ name: 'x'.repeat(201) }, /name must be shorter than or equal to 200 characters/],
      [{ name: 42 }, /name must be a string/],
      [{ country: 'UA' }, /country should not exist/],
      [{}, /body: change at least one of name, email, phone, language/],
    ];
    for (const [body, message] of cases) {
      const res = await patch(holder.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
    expect((await t.api(`/api/contacts/${contactId}`, { token: admin })).body.contact).toMatchObject({ name: 'Anna Koval', email: null, language: 'uk' });
  });

  it('reads a national phone in the default country of the inbox of the contact’s conversation, and without one asks for the country code', async () => {
    const setCountry = (defaultCountry: unknown) => t.api(`/api/inboxes/${inboxId}`, { method: 'PATCH', token: admin, body: { settings: { defaultCountry } } });
    const national = await patch(holder.token, { phone: '044 123 45 67' });
    expect(national.status).toBe(400);
    expect(JSON.stringify(national.body.message)).toMatch(/phone must start with \+ and the country code: no default country is set/);

    for (const wrong of ['XX', 'ua', 'UKR', 7]) {
      const res = await setCountry(wrong);
      expect(res.status, String(wrong)).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/settings\.defaultCountry must be an ISO 3166 alpha-2 country code/);
    }
    expect((await setCountry('UA')).body.inbox.settings).toMatchObject({ defaultCountry: 'UA' });
    const read = await patch(holder.token, { phone: '044 123 45 67' });
    expect(read.status).toBe(200);
    expect(read.body.contact.phone).toBe('+380441234567');

    const cases: Array<[string, RegExp]> = [
      ['044 12', /phone must be a phone number: a country code that exists and the right length for it \(national numbers are read in UA\)/],
      ['+999 44 123 45 67', /phone must be a phone number/],
      ['+49 123', /phone must be a phone number/],
    ];
    for (const [phone, message] of cases) {
      const res = await patch(holder.token, { phone });
      expect(res.status, phone).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }

    expect((await setCountry(null)).body.inbox.settings.defaultCountry).toBeNull();
    expect((await patch(holder.token, { phone: '044 123 45 67' })).status).toBe(400);
    expect((await t.api(`/api/contacts/${contactId}`, { token: admin })).body.contact.phone).toBe('+380441234567');
  });

  it('is 403 for an operator who holds no conversation of the contact, 404 for no such contact', async () => {
    expect((await patch(other.token, { name: 'Someone else' })).status).toBe(403);
    expect((await patch(holder.token, { name: 'Nobody' }, 999_999)).status).toBe(404);
    expect((await patch(admin, { name: 'Anna K.' })).status).toBe(200);
  });

  it('is 403 for the operator once the conversation is closed; supervisors still may', async () => {
    expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: holder.token })).status).toBe(200);
    expect((await patch(holder.token, { name: 'Too late' })).status).toBe(403);
    expect((await patch(admin, { language: 'en' })).body.contact.language).toBe('en');
  });
});
