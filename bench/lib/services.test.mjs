// The check npm run bench makes before building: a server a chosen benchmark
// needs that does not answer stops the run with its name and how to start it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from './backend.mjs';
import { explainUnreachable, probeMysql, probeRedis, SERVICES, unreachableServices } from './services.mjs';

const run = join(dirname(fileURLToPath(import.meta.url)), '../run.mjs');

/** SERVICES with probes that answer `errors[key]` (null: up) and record what was asked. */
function stubServices(errors) {
  const asked = [];
  const services = Object.fromEntries(
    Object.entries(SERVICES).map(([key, service]) => [
      key,
      { ...service, url: `${key}://stub`, probe: async (url) => (asked.push(url), errors[key] ?? null) },
    ]),
  );
  return { services, asked };
}

describe('unreachableServices', () => {
  it('asks only about the servers the chosen benchmarks need', async () => {
    const down = 'does not answer (ECONNREFUSED)';
    const bundle = stubServices({ mariadb: down, redis: down, chromium: 'is not installed' });
    assert.deepEqual(await unreachableServices(['bundle'], bundle.services), []);
    assert.deepEqual(bundle.asked, []);

    const browser = stubServices({ mariadb: down, redis: down });
    assert.deepEqual(await unreachableServices(['first-load', 'scroll'], browser.services), []);
    assert.deepEqual(browser.asked, ['chromium://stub']);

    const routing = stubServices({ redis: down });
    assert.deepEqual(await unreachableServices(['routing'], routing.services), []);
    assert.deepEqual(routing.asked, ['mariadb://stub']);
  });

  it('reports each server that does not answer with the benchmarks that need it', async () => {
    const { services } = stubServices({ redis: 'does not answer (ECONNREFUSED)' });
    const unreachable = await unreachableServices(['routing', 'telegram', 'greeting', 'bundle'], services);
    assert.equal(unreachable.length, 1);
    assert.equal(unreachable[0].name, 'Redis');
    assert.equal(unreachable[0].error, 'does not answer (ECONNREFUSED)');
    assert.deepEqual(unreachable[0].neededBy, ['telegram', 'greeting']);
  });

  it('holds the ceiling benchmark, which runs the backend and inserts into MariaDB itself, to MariaDB and Redis', async () => {
    const mariadbDown = stubServices({ mariadb: 'does not answer (ECONNREFUSED)' });
    assert.deepEqual((await unreachableServices(['ceiling'], mariadbDown.services)).map((s) => s.name), ['MariaDB']);
    const redisDown = stubServices({ redis: 'does not answer (ECONNREFUSED)' });
    assert.deepEqual((await unreachableServices(['ceiling'], redisDown.services)).map((s) => s.name), ['Redis']);
  });

  it('takes a benchmark it has no entry for as needing MariaDB and Redis', async () => {
    const { services } = stubServices({ mariadb: 'does not answer (ECONNREFUSED)', redis: 'does not answer (ETIMEDOUT)', chromium: 'is not installed' });
    const unreachable = await unreachableServices(['a-new-one'], services);
    assert.deepEqual(unreachable.map((s) => s.name), ['MariaDB', 'Redis']);
  });
});

describe('explainUnreachable', () => {
  it('names what is missing, where it was looked for, why, who needs it and how to start it', () => {
    const text = explainUnreachable([
      { ...SERVICES.redis, url: 'redis://127.0.0.1:1', error: 'does not answer (ECONNREFUSED)', neededBy: ['load', 'telegram'] },
      { ...SERVICES.chromium, url: '/nowhere/chromium', error: 'is not installed', neededBy: ['scroll'] },
    ]);
    assert.match(text, /no figures written/);
    assert.match(text, /Redis at redis:\/\/127\.0\.0\.1:1 does not answer \(ECONNREFUSED\); needed by: load, telegram\./);
    assert.match(text, /redis-server --daemonize yes/);
    assert.match(text, /BENCH_REDIS_URL/);
    assert.match(text, /Chromium at \/nowhere\/chromium is not installed; needed by: scroll\./);
    assert.match(text, /apt-get install chromium/);
  });
});

describe('the probes', () => {
  it('say why MariaDB and Redis on a closed port do not answer', async () => {
    const port = await freePort();
    assert.equal(await probeMysql(`mysql://root@127.0.0.1:${port}`), 'does not answer (ECONNREFUSED)');
    assert.equal(await probeRedis(`redis://127.0.0.1:${port}`), 'does not answer (ECONNREFUSED)');
  });
});

describe('npm run bench', () => {
  it('exits 1 before building, naming the servers that are down, when MariaDB and Redis do not answer', async () => {
    const port = await freePort();
    const result = spawnSync(process.execPath, [run, 'telegram', 'routing'], {
      env: { ...process.env, BENCH_MYSQL_URL: `mysql://root@127.0.0.1:${port}`, BENCH_REDIS_URL: `redis://127.0.0.1:${port}` },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`MariaDB at mysql://root@127\\.0\\.0\\.1:${port} does not answer \\(ECONNREFUSED\\); needed by: telegram, routing\\.`));
    assert.match(result.stderr, new RegExp(`Redis at redis://127\\.0\\.0\\.1:${port} does not answer \\(ECONNREFUSED\\); needed by: telegram\\.`));
    assert.match(result.stderr, /apt-get install mariadb-server/);
    assert.doesNotMatch(result.stdout, /Building/);
  });
});
