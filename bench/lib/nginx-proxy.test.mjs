// The proxy the cluster test and benchmark run is docker/nginx.conf with local addresses, nothing else.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COMPOSE_NGINX_CONF, localProxyConfig } from './nginx-proxy.cjs';

const compose = readFileSync(COMPOSE_NGINX_CONF, 'utf8');
const options = { listenPort: 18080, backendPorts: [4001, 4002, 4003], prefix: '/tmp/proxy' };

describe('localProxyConfig', () => {
  it('points both upstreams at every local process and listens on the local port', () => {
    const config = localProxyConfig(compose, options);
    for (const upstream of ['inbox_sockets', 'inbox_http']) {
      const block = new RegExp(`upstream ${upstream} \\{([^}]*)\\}`).exec(config)?.[1] ?? '';
      assert.deepEqual([...block.matchAll(/server (\S+);/g)].map((m) => m[1]), ['127.0.0.1:4001', '127.0.0.1:4002', '127.0.0.1:4003']);
    }
    assert.match(config, /listen 127\.0\.0\.1:18080;/);
    assert.doesNotMatch(config, /app:3000|listen 80;/);
  });

  it("keeps the compose file's routing: sticky sockets, least-busy HTTP, upgrades, timeouts", () => {
    const config = localProxyConfig(compose, options);
    for (const line of ['hash $remote_addr consistent;', 'least_conn;', 'proxy_set_header Upgrade $http_upgrade;', 'proxy_read_timeout 1h;', 'proxy_request_buffering off;']) {
      assert.ok(config.includes(line), line);
    }
  });

  it('refuses a template without the lines it replaces, so a change there is noticed', () => {
    assert.throws(() => localProxyConfig(compose.replaceAll('server app:3000;', 'server inbox:3000;'), options), /server app:3000/);
    assert.throws(() => localProxyConfig(compose.replace('listen 80;', 'listen 8080;'), options), /listen 80/);
  });
});
