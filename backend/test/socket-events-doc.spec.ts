import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WidgetGateway } from '../src/channels/webchat/widget.gateway';
import { AgentsGateway } from '../src/realtime/agents.gateway';
import { listSocketEvents } from './support/routes';

/**
 * Sockets are outside the OpenAPI document, so docs/api.md is their
 * description: every event the server sends on a namespace, and every one
 * it takes, must have its row there (with its payload), and a row must not
 * outlive its event.
 */
const SOURCE = resolve(__dirname, '../src');
const API_DOC = readFileSync(resolve(__dirname, '../../docs/api.md'), 'utf8');

type Namespace = '/agents' | '/widget';
type Events = Record<'sent' | 'taken', string[]>;

/** The rows of the namespace's table: the events in the second cell, by the direction in the first. */
function documented(namespace: Namespace): Events {
  const start = API_DOC.indexOf(`### \`${namespace}\``);
  expect(start, `docs/api.md has a section ### \`${namespace}\``).toBeGreaterThan(-1);
  const section = API_DOC.slice(start).split(/\n#{2,3} /)[0];
  const events: Events = { sent: [], taken: [] };
  for (const row of section.split('\n').filter((line) => /^\| (server|client|both)/.test(line))) {
    const [direction, names] = row.split(' | ');
    const found = [...names.matchAll(/`([\w.-]+)`/g)].map((m) => m[1]);
    if (direction !== '| client →') events.sent.push(...found);
    if (direction !== '| server →') events.taken.push(...found);
  }
  return { sent: [...new Set(events.sent)].sort(), taken: [...new Set(events.taken)].sort() };
}

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });

/** Every event name the server emits: through RealtimeService (toVisitor is the widget's; the rest go to operators) or a gateway's own socket (not its domain events). */
function sent(): Record<Namespace, string[]> {
  const events: Record<Namespace, Set<string>> = { '/agents': new Set(), '/widget': new Set() };
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.(?:toAgents|toSupervisors|toAdmins)\(\s*'([\w.-]+)'/g)) events['/agents'].add(m[1]);
    for (const m of text.matchAll(/\.(?:toAgent|toAgentAndSupervisors|toWatchers)\([^,()]+,\s*'([\w.-]+)'/g)) events['/agents'].add(m[1]);
    for (const m of text.matchAll(/\.toVisitor\([^,()]+,[^,()]+,\s*'([\w.-]+)'/g)) events['/widget'].add(m[1]);
    const gateway = file.endsWith('widget.gateway.ts') ? '/widget' : file.endsWith('agents.gateway.ts') ? '/agents' : null;
    if (gateway) for (const m of text.matchAll(/(?<!domainEvents)\.emit\(\s*'([\w.-]+)'/g)) events[gateway].add(m[1]);
  }
  return { '/agents': [...events['/agents']].sort(), '/widget': [...events['/widget']].sort() };
}

describe('docs/api.md describes every socket event', () => {
  const emitted = sent();

  it.each([
    ['/agents', AgentsGateway],
    ['/widget', WidgetGateway],
  ] as const)('%s: the events the server sends and takes, each with its payload', (namespace, gateway) => {
    expect(emitted[namespace].length).toBeGreaterThan(3);
    expect(documented(namespace)).toEqual({ sent: emitted[namespace], taken: listSocketEvents(Object.create(gateway.prototype) as object) });
  });
});
