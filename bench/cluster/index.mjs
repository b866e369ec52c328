// The cluster benchmark: the built backend as 1, 2 and 3 processes on one
// MariaDB and one Redis behind nginx running docker/nginx.conf (as
// docker-compose runs replicas), all on this machine. For each number of
// processes, through nginx:
//   1. socket latency: Telegram updates at BENCH_CLUSTER_RATE (default 300/s)
//      for BENCH_CLUSTER_SECONDS (default 10) to the webhook while an
//      operator's socket listens; from each update's scheduled send to its
//      'message.created' on the socket;
//   2. inbound throughput: BENCH_CLUSTER_BURST updates (default 10,000) posted
//      by BENCH_CLUSTER_CONCURRENCY senders (default 128) as fast as they are
//      acknowledged, every acknowledged one stored once, and where the CPU
//      went meanwhile: each backend, nginx, MariaDB, Redis, this tool, and
//      the rest of the machine (other work running beside it);
//   3. BENCH_CLUSTER_SOCKETS widget sockets (default 3,000), each from a local
//      address of its own so nginx's per-address stickiness spreads them:
//      how many each process holds and what they add to its memory.
// The processes share the machine's cores with nginx, the database and this
// tool, so the ratios say what a process adds on this machine, not what one
// adds on a host of its own.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, BENCH_ADMIN, benchEnv, cleanRedis, cpuTicks, freePort, pids, jsonPoster, mysqlDatabase, postAtRate, residentBytes, sleep, startBackend, stopBackend, waitForIdle } from '../lib/backend.mjs';
import { formatRatio } from '../lib/figures.mjs';
import { NGINX, startLocalProxy } from '../lib/nginx-proxy.cjs';
import { recordBenchmark } from '../lib/record.mjs';
import { requireServices } from '../lib/services.mjs';
import { CHATS, connect, inboundThroughput, updates, webhookToSocket } from '../lib/telegram-load.mjs';
import { startFakeBotApi } from '../telegram/fake-bot-api.mjs';

const PROCESSES = (process.env.BENCH_CLUSTER_PROCESSES ?? '1,2,3').split(',').map(Number);
const RATE = Number(process.env.BENCH_CLUSTER_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_CLUSTER_SECONDS ?? 10);
const BURST = Number(process.env.BENCH_CLUSTER_BURST ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CLUSTER_CONCURRENCY ?? 128);
const SOCKETS = Number(process.env.BENCH_CLUSTER_SOCKETS ?? 3000);

/** Busy clock ticks of the whole machine (every core), from /proc/stat. */
function machineBusyTicks() {
  // cpu  user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return user + nice + system + irq + softirq + steal;
}

/** Clock ticks used so far by each part of the set-up (this tool's own from process.cpuUsage, in the same 1/100 s). */
function cpuSnapshot(parts) {
  const own = process.cpuUsage();
  const snapshot = { machine: machineBusyTicks(), tool: (own.user + own.system) / 10_000 };
  for (const [part, partPids] of Object.entries(parts)) snapshot[part] = partPids.reduce((sum, pid) => sum + (cpuTicks(pid) ?? 0), 0);
  return snapshot;
}

/** Cores each part kept busy between two snapshots `seconds` apart; `other` is the machine's busy time nobody here used. */
function coresUsed(before, after, seconds) {
  const cores = Object.fromEntries(Object.keys(before).map((part) => [part, (after[part] - before[part]) / 100 / seconds]));
  cores.other = Math.max(0, cores.machine - Object.entries(cores).reduce((sum, [part, used]) => (part === 'machine' ? sum : sum + used), 0));
  return cores;
}

/** Established TCP connections to each of `ports` on this machine, from /proc/net/tcp and tcp6. */
function connectionsTo(ports) {
  const counts = new Map(ports.map((port) => [port, 0]));
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const port = local ? parseInt(local.split(':').at(-1), 16) : NaN;
      if (state === '01' && counts.has(port)) counts.set(port, counts.get(port) + 1);
    }
  }
  return ports.map((port) => counts.get(port));
}

/** SOCKETS widget sockets through the proxy, each from an address of its own; what each process then holds. */
async function widgetSockets(proxyUrl, backends, inboxKey) {
  const ports = backends.map((b) => b.port);
  // Node closes nginx's idle keep-alive connections after 5 s (its keepAliveTimeout): gone before the count starts.
  await sleep(6000);
  const baseline = { connections: connectionsTo(ports), rss: backends.map((b) => residentBytes(b.child.pid)) };
  const sockets = [];
  let failed = 0;
  let next = 0;
  // 200 handshakes in flight at a time, as a crowd of page loads would arrive.
  await Promise.all(
    Array.from({ length: 200 }, async () => {
      while (next < SOCKETS) {
        const i = next++;
        try {
          sockets.push(await connect(`${proxyUrl}/widget`, { auth: { inboxKey }, localAddress: `127.1.${Math.floor(i / 250)}.${1 + (i % 250)}` }));
        } catch {
          failed++;
        }
      }
    }),
  );
  await sleep(3000);
  const held = connectionsTo(ports).map((n, i) => n - baseline.connections[i]);
  const rssGrowth = backends.map((b, i) => residentBytes(b.child.pid) - baseline.rss[i]);
  const rss = backends.map((b) => residentBytes(b.child.pid));
  for (const socket of sockets) socket.close();
  return { connected: sockets.length, failed, held, rss, rssGrowth };
}

/** `count` backend processes behind nginx on a fresh database, with the bot connected: one run's figures. */
async function measure(count) {
  const label = `cluster${count}`;
  const database = await mysqlDatabase(label);
  const prefix = `inbox-bench-${label}-${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  const fake = await startFakeBotApi();
  const proxyPort = await freePort();
  const env = benchEnv({ databaseUrl: database.url, prefix, dataDir, port: proxyPort, extra: { TELEGRAM_API_ROOT: fake.apiRoot, TRUST_PROXY: 'true' } });
  const backends = [];
  let proxy;
  let poster;
  try {
    // One after the other, as a rolling start does: the first runs the migrations alone.
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      backends.push({ port, child: await startBackend({ env, port, logFile: join(dataDir, `backend-${i}.log`) }) });
    }
    proxy = await startLocalProxy({ listenPort: proxyPort, backendPorts: backends.map((b) => b.port) });
    const { accessToken } = await api(proxyPort, '/api/auth/login', { body: BENCH_ADMIN });
    await api(proxyPort, '/api/agents/me/status', { method: 'PATCH', token: accessToken, body: { status: 'online' } });
    const { inbox } = await api(proxyPort, '/api/inboxes', { token: accessToken, body: { type: 'telegram', name: 'Bench bot', telegram: { botToken: '123456:bench-token' } } });
    const widget = (await api(proxyPort, '/api/inboxes', { token: accessToken, body: { type: 'webchat', name: 'Cluster site' } })).inbox;
    poster = jsonPoster(`${proxy.url}/webhooks/telegram/${inbox.id}`, { 'x-telegram-bot-api-secret-token': fake.webhook.secret });
    const idle = async () => {
      for (const b of backends) await waitForIdle(b.child.pid);
    };
    const load = loadavg()[0];

    console.log(`${count} process(es): warm-up, ${CHATS} customers open their conversations`);
    await postAtRate(poster, updates(CHATS), 100);
    await idle();

    console.log(`  webhook → operator socket at ${RATE} updates/s for ${SECONDS} s`);
    const latency = await webhookToSocket(proxy.url, poster, accessToken, { rate: RATE, seconds: SECONDS });
    await idle();

    console.log(`  inbound throughput: ${BURST} updates, ${CONCURRENCY} senders`);
    const parts = { backends: backends.map((b) => b.child.pid), nginx: [proxy.pid, ...pids({ parent: proxy.pid })], mariadb: pids({ name: 'mariadbd' }), redis: pids({ name: 'redis-server' }) };
    const perBackend = () => backends.map((b) => cpuTicks(b.child.pid) ?? 0);
    const [before, backendsBefore, startedAt] = [cpuSnapshot(parts), perBackend(), performance.now()];
    const burst = await inboundThroughput(poster, database, inbox.id, { burst: BURST, concurrency: CONCURRENCY });
    const seconds = (performance.now() - startedAt) / 1000;
    const cores = coresUsed(before, cpuSnapshot(parts), seconds);
    const backendCores = perBackend().map((ticks, i) => (ticks - backendsBefore[i]) / 100 / seconds);
    await idle();

    console.log(`  ${SOCKETS} widget sockets`);
    const sockets = await widgetSockets(proxy.url, backends, widget.publicKey);
    const result = { count, load, latency, burst, cores, backendCores, sockets };
    console.log(`  ${burst.rate.toFixed(0)} updates/s; socket p50 ${latency.socket.p50.toFixed(1)} ms, p99 ${latency.socket.p99.toFixed(1)} ms; sockets held ${sockets.held.join(' / ')}`);
    return result;
  } finally {
    poster?.close();
    await proxy?.stop();
    for (const b of backends) await stopBackend(b.child);
    await fake.close();
    await database.drop();
    await cleanRedis(prefix);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (v) => `${v.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const core = (v) => v.toFixed(2);

function section(runs) {
  const single = runs.find((r) => r.count === 1);
  const rows = runs.map((r) => {
    const stored = r.burst.stored === r.burst.acked && r.burst.failed === 0 ? 'all stored once' : `${r.burst.stored} of ${r.burst.acked} stored, ${r.burst.failed} non-200`;
    return (
      `| ${r.count} | ${r.load.toFixed(1)} | ${r.burst.rate.toFixed(0)}/s (${single ? formatRatio(r.burst.rate, single.burst.rate) : '—'}; ${stored}) ` +
      `| ${ms(r.latency.socket.p50)} / ${ms(r.latency.socket.p95)} / ${ms(r.latency.socket.p99)} (${r.latency.heard} of ${r.latency.count} heard) ` +
      `| ${r.sockets.held.join(' / ')} (${r.sockets.failed} refused) | ${r.sockets.rss.map(mb).join(' / ')} (+${r.sockets.rssGrowth.map(mb).join(' / +')}) |`
    );
  });
  const cpuRows = runs.map(
    (r) =>
      `| ${r.count} | ${core(r.cores.backends)} (${r.backendCores.map(core).join(' / ')}) | ${(r.burst.rate / r.cores.backends).toFixed(0)} | ${core(r.cores.nginx)} | ${core(r.cores.mariadb)} | ${core(r.cores.redis)} | ${core(r.cores.tool)} | ${core(r.cores.other)} | ${core(r.cores.machine)} of ${cpus().length} |`,
  );
  // nginx -v answers on stderr: "nginx version: nginx/1.22.1".
  const nginxVersion = spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '');
  return `| processes | load average at the run's start | inbound throughput, ${CONCURRENCY} senders, ${BURST} updates (ratio to 1 process) | webhook → operator socket at ${RATE} updates/s: p50 / p95 / p99 | ${SOCKETS} widget sockets: held by each process | RSS of each process with them (growth) |
|---|---|---|---|---|---|
${rows.join('\n')}

Cores kept busy during the throughput burst:

| processes | backends (each) | updates per backend core-second | nginx | MariaDB | Redis | load tool | other work on the machine | machine total |
|---|---|---|---|---|---|---|---|---|
${cpuRows.join('\n')}

The built backend as 1, 2 and 3 processes on one MariaDB and one Redis behind ${nginxVersion} running
\`docker/nginx.conf\` (its servers and listen address made local, \`bench/lib/nginx-proxy.cjs\`), everything on this
machine's ${cpus().length} cores: the processes, nginx, MariaDB, Redis and the load tool. Every request and socket goes
through nginx: Telegram updates (text from ${CHATS} customers whose conversations a warm-up opened) to
\`POST /webhooks/telegram/:inboxId\`, spread by \`least_conn\`; the operator's \`/agents\` socket and the widget sockets
over WebSocket, kept on one process per client address (\`hash $remote_addr consistent\`); each widget socket comes
from a loopback address of its own so the hash spreads them as it spreads real visitors. Sockets held per process
are its established connections beyond those before they connected (nginx's idle keep-alive connections to it
closed first). Socket latency is from each update's scheduled send to its \`message.created\` on the operator's socket
(open loop), whichever process stored it. The CPU table is clock ticks from \`/proc\` over the burst; "other work" is the
machine's busy time used by none of these, i.e. other jobs running beside the benchmark, which it could not avoid:
the load average column shows how busy the machine already was. Updates per backend core-second (throughput over
the cores the backends got) is the figure least moved by that other work. With two cores shared by all of it, a second
process can add only what the first leaves idle; the ratios measure that, not what a process on a host of its own adds.`;
}

async function main() {
  await requireServices(['cluster']);
  const runs = [];
  for (const count of PROCESSES) runs.push(await measure(count));
  const body = section(runs);
  recordBenchmark('cluster', 'Cluster: 1, 2 and 3 processes behind nginx', body);
  console.log(body.split('\n\n')[0]);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
