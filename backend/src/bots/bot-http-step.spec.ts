import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { ContactsService } from '../contacts/contacts.service';
import type { Conversation } from '../conversations/conversation.entity';
import type { Bot } from './bot.entity';
import { BotHttpStep } from './bot-http-step';

/** The shop's endpoint: answers by path, `/slow` after a second. */
let server: Server;
let host: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const answer = (status: number, body: string) => res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    if (req.url?.startsWith('/slow')) setTimeout(() => answer(200, '{}'), 1000);
    else if (req.url?.startsWith('/missing')) answer(404, '{}');
    else if (req.url?.startsWith('/redirect')) res.writeHead(302, { location: 'http://example.invalid/' }).end();
    else if (req.url?.startsWith('/text')) answer(200, 'not json');
    else answer(200, JSON.stringify({ status: 'shipped', eta: 3, nested: { no: true } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function step() {
  const merged: Array<Record<string, unknown>> = [];
  const contact = { id: 5, name: 'Anna', email: null, phone: '+44 20/1', language: 'en', attributes: { orderNumber: 'A 1' } };
  const db = { getRepository: () => ({ findOneByOrFail: async () => contact }) } as unknown as DataSource;
  const contacts = { mergeAttributes: async (_id: number, attributes: Record<string, unknown>) => merged.push(attributes) } as unknown as ContactsService;
  return { http: new BotHttpStep(db, contacts), merged };
}

const bot = (allowedHosts: string[]) => ({ id: 1, allowedHosts }) as Bot;
const conversation = { id: 9, contactId: 5 } as Conversation;
const call = (url: string, extra: Record<string, unknown> = {}) => ({ type: 'http' as const, method: 'GET' as const, url, timeoutMs: 300, ...extra });

describe(BotHttpStep.name, () => {
  it('calls an allowed host with the variables URL-encoded and saves the answer’s plain fields', async () => {
    const { http, merged } = step();
    const ok = await http.call(bot([host]), conversation, call(`http://${host}/orders/{{contact.attributes.orderNumber}}?phone={{contact.phone}}`, { saveAs: 'order' }));
    expect(ok).toBe(true);
    expect(requests.at(-1)).toBe('GET /orders/A%201?phone=%2B44%2020%2F1');
    expect(merged).toEqual([{ order_status: 'shipped', order_eta: 3 }]);
  });

  it('never calls a host that is not allowed', async () => {
    const before = requests.length;
    expect(await step().http.call(bot(['api.example.com']), conversation, call(`http://${host}/orders`))).toBe(false);
    expect(requests.length).toBe(before);
  });

  it('fails on a timeout, an error status, a redirect, or an answer that is not the JSON object asked for', async () => {
    const { http } = step();
    expect(await http.call(bot([host]), conversation, call(`http://${host}/slow`))).toBe(false);
    expect(await http.call(bot([host]), conversation, call(`http://${host}/missing`))).toBe(false);
    expect(await http.call(bot([host]), conversation, call(`http://${host}/redirect`))).toBe(false);
    expect(await http.call(bot([host]), conversation, call(`http://${host}/text`, { saveAs: 'x' }))).toBe(false);
    expect(await http.call(bot([host]), conversation, call(`http://${host}/text`))).toBe(true);
  });

  it('posts the contact as JSON', async () => {
    const { http } = step();
    expect(await http.call(bot([host]), conversation, call(`http://${host}/lookup`, { method: 'POST' }))).toBe(true);
    expect(requests.at(-1)).toBe('POST /lookup');
  });
});
