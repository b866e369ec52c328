// docker/nginx.conf, the proxy docker-compose puts in front of the app
// replicas, run by the machine's nginx in front of local backend processes
// (the cluster test and benchmark). The configuration is made from that file
// each time, only its servers, its listen address and nginx's own file
// locations changed, so what is tested is what is deployed. CommonJS, so the
// backend's tests (CommonJS TypeScript) import it as the benchmarks do.
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { connect } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const COMPOSE_NGINX_CONF = join(__dirname, '../../docker/nginx.conf');

/** The compose service every upstream names, and the port the proxy listens on there. */
const REPLICAS = /^([ \t]*)server app:3000;[ \t]*$/gm;
const LISTEN = /^([ \t]*)listen 80;[ \t]*$/m;

/**
 * `template` (docker/nginx.conf's text) for local processes: each upstream
 * lists 127.0.0.1:<port> for every one of `backendPorts` instead of the
 * compose service `app`, the server listens on 127.0.0.1:`listenPort`, and
 * nginx keeps its pid, logs and temporary files under `prefix` and stays in
 * the foreground. Throws when the template no longer has the lines replaced,
 * so a change there is noticed rather than tested around.
 */
function localProxyConfig(template, { listenPort, backendPorts, prefix }) {
  if (!backendPorts.length) throw new Error('the proxy needs at least one backend port');
  if (!template.match(REPLICAS)) throw new Error('nginx.conf: no "server app:3000;" line to point at the local processes');
  if (!LISTEN.test(template)) throw new Error('nginx.conf: no "listen 80;" line to move to a local port');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`).join('\n');
  return [
    `daemon off;`,
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    template
      .replace(REPLICAS, (_, indent) => backendPorts.map((port) => `${indent}server 127.0.0.1:${port};`).join('\n'))
      .replace(LISTEN, (_, indent) => `${indent}listen 127.0.0.1:${listenPort};`)
      .replace(/^http \{$/m, `http {\n  access_log off;\n${temp}`),
  ].join('\n');
}

/** Why nginx cannot run here, or null when it can. */
function nginxMissing() {
  return existsSync(NGINX) ? null : `${NGINX} is missing (Debian: apt-get install nginx; or set NGINX_PATH)`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/**
 * nginx with docker/nginx.conf on 127.0.0.1:`listenPort` in front of the
 * local `backendPorts`; resolves once it accepts connections. stop() ends
 * it (SIGTERM to its master, which ends the workers) and removes its folder.
 */
async function startLocalProxy({ listenPort, backendPorts }) {
  const prefix = mkdtempSync(join(tmpdir(), 'inbox-nginx-'));
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, localProxyConfig(readFileSync(COMPOSE_NGINX_CONF, 'utf8'), { listenPort, backendPorts, prefix }));
  // -e: where nginx writes errors before it has read the configuration (its default is under /var/log).
  const child = spawn(NGINX, ['-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const errorLog = () => [stderr, existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''].join('\n').trim();
  for (const deadline = Date.now() + 10_000; !(await accepts(listenPort)); await sleep(50)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx did not start on port ${listenPort}: ${errorLog()}`);
    }
  }
  return {
    url: `http://127.0.0.1:${listenPort}`,
    pid: child.pid,
    /** nginx's error log so far: upstreams it found down, and why. */
    errorLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

module.exports = { NGINX, COMPOSE_NGINX_CONF, localProxyConfig, nginxMissing, startLocalProxy };
