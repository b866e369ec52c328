import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PRODUCTION_NODE_ARGS, root } from './backend.mjs';

// The benchmarks measure the backend as it is deployed: with the node flags `npm start` and the image give it.
test('npm start and the image start the backend with the flags the benchmarks use', () => {
  const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  assert.ok(start.endsWith(`node ${PRODUCTION_NODE_ARGS.join(' ')} backend/dist/main.js`), start);
  const cmd = readFileSync(join(root, 'docker/Dockerfile'), 'utf8').match(/^CMD (.*)$/m)?.[1];
  assert.deepEqual(JSON.parse(cmd ?? 'null'), ['node', ...PRODUCTION_NODE_ARGS, 'backend/dist/main.js']);
});
