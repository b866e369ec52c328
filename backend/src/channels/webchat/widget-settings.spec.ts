import { describe, expect, it } from 'vitest';
import { messageForVisitors, originAllowed, storedWidgetSettings, widgetSessionInbox } from './widget-settings';

describe('storedWidgetSettings', () => {
  it('turns the old switch into the field list and does not keep it', () => {
    expect(storedWidgetSettings({ preChatForm: true, color: '#123456' })).toEqual({ color: '#123456', preChatFields: { name: 'required', email: 'required' } });
    expect(storedWidgetSettings({ preChatForm: false })).toEqual({ preChatFields: {} });
  });

  it('lets the field list win over the old switch, and leaves both out when neither is given', () => {
    expect(storedWidgetSettings({ preChatForm: true, preChatFields: { phone: 'optional' } })).toEqual({ preChatFields: { phone: 'optional' } });
    expect(storedWidgetSettings({ greeting: 'Hi' } as { greeting: string; preChatForm?: boolean })).toEqual({ greeting: 'Hi' });
  });

  it('stores origins as browsers send them, once each', () => {
    expect(storedWidgetSettings({ allowedOrigins: ['https://Shop.Example.com/', 'https://shop.example.com:443', 'http://localhost:8080'] })).toEqual({
      allowedOrigins: ['https://shop.example.com', 'http://localhost:8080'],
    });
  });
});

describe('originAllowed', () => {
  const own = 'https://support.example.com';

  it('lets any page in while the list is empty', () => {
    expect(originAllowed({}, 'https://any.test', own)).toBe(true);
    expect(originAllowed({ allowedOrigins: [] }, undefined, own)).toBe(true);
  });

  it('with a list, takes the listed sites and the server’s own, and nothing else', () => {
    const settings = { allowedOrigins: ['https://shop.example.com'] };
    expect(originAllowed(settings, 'https://shop.example.com', own)).toBe(true);
    expect(originAllowed(settings, 'https://SHOP.example.com:443', own)).toBe(true);
    expect(originAllowed(settings, own, own)).toBe(true);
    expect(originAllowed(settings, 'http://shop.example.com', own)).toBe(false);
    expect(originAllowed(settings, 'https://shop.example.com.evil.test', own)).toBe(false);
    expect(originAllowed(settings, undefined, own)).toBe(false);
    expect(originAllowed(settings, 'null', own)).toBe(false);
  });
});

describe('widgetSessionInbox', () => {
  const hours = { timeZone: 'Europe/Berlin', weekly: { mon: [{ open: '09:00', close: '17:00' }] } };
  // Sunday 2030-01-06 12:00 in Berlin: closed, back Monday 09:00 (08:00 UTC).
  const sunday = new Date('2030-01-06T11:00:00Z');
  const inbox = (settings: Record<string, unknown>) => ({ name: 'Shop', settings, automation: { businessHours: hours } });

  it('gives the defaults of an inbox that set nothing', () => {
    expect(widgetSessionInbox({ name: 'Shop', settings: {}, automation: {} }, sunday, 10)).toEqual({
      name: 'Shop',
      greeting: undefined,
      color: undefined,
      position: 'right',
      launcherText: undefined,
      preChatFields: {},
      showAgentNames: true,
      showAgentInitials: true,
      away: null,
      maxUploadBytes: 10,
    });
  });

  it('says when the team is back only with the notice on, outside the hours', () => {
    expect(widgetSessionInbox(inbox({ awayNotice: true }), sunday, 10).away).toEqual({ backAt: '2030-01-07T08:00:00.000Z' });
    expect(widgetSessionInbox(inbox({ awayNotice: false }), sunday, 10).away).toBeNull();
    expect(widgetSessionInbox(inbox({ awayNotice: true }), new Date('2030-01-07T09:00:00Z'), 10).away).toBeNull();
  });
});

describe('messageForVisitors', () => {
  const reply = {
    id: 9,
    senderType: 'agent',
    senderName: 'Olga Petrova',
    replyTo: { id: 8, senderType: 'agent', senderName: 'Ivan', text: 'Hi' },
  };
  it('leaves operator names out when the inbox hides them, on the message and its quote', () => {
    expect(messageForVisitors(reply, { showAgentNames: false })).toEqual({ ...reply, senderName: null, replyTo: { ...reply.replyTo, senderName: null } });
  });
  it('keeps the names of visitors, and every name when the inbox shows them', () => {
    const fromVisitor = { id: 10, senderType: 'contact', senderName: 'Anna', replyTo: null };
    expect(messageForVisitors(fromVisitor, { showAgentNames: false })).toEqual(fromVisitor);
    expect(messageForVisitors(reply, {})).toBe(reply);
    expect(messageForVisitors(reply, { showAgentNames: true })).toBe(reply);
  });
});
