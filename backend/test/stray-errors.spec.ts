import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILT = resolve(__dirname, '../dist/common/stray-errors.js');

/** A process of its own (vitest has its own handlers for stray errors): the safety net, then what a client library may do. */
const SCRIPT = `
  require(${JSON.stringify(BUILT)}).keepRunningOnStrayErrors();
  Promise.reject(Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' }));
  setTimeout(() => { throw new Error('connection lost'); }, 10);
  setTimeout(() => console.log('still running'), 300);
`;

/**
 * The process-level safety net of main.ts: a rejection or an exception
 * nobody handled (ioredis's MaxRetriesPerRequestError during a Redis
 * outage used to end the process) is logged, and the process goes on.
 */
describe('errors nobody handled, once the server is up', () => {
  it('are logged and the process keeps running', async () => {
    if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: build the backend first (npm run build -w @inbox/backend)`);
    const child = spawn(process.execPath, ['-e', SCRIPT], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(output).toContain('A rejection nobody handled; the process keeps running: MaxRetriesPerRequestError: Reached the max retries per request limit');
    expect(output).toContain('An exception nobody caught; the process keeps running: Error: connection lost');
    expect(output).toContain('still running');
    expect(code).toBe(0);
  });
});
