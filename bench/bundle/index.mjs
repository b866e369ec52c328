// Bundle sizes of the built frontend (frontend/dist, which npm run bench
// builds first): what the browser downloads for the login page, what opening
// the inbox adds, what the reports page adds, the rest of the app, and the
// site widget. Which files a screen loads comes from Vite's manifest
// (dist/.vite/manifest.json): a chunk's static imports and CSS, recursively.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../lib/backend.mjs';
import { recordBenchmark } from '../lib/record.mjs';

const DIST = join(root, 'frontend/dist');
const MANIFEST = join(DIST, '.vite/manifest.json');
/** zlib's default, what a proxy compressing on the fly typically uses. */
const GZIP_LEVEL = 6;

/** Every file (JS and CSS, paths under dist/) that loading `key` brings in with it. */
function filesOf(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the frontend's manifest: a screen was renamed, update bench/bundle`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) filesOf(manifest, imported, into);
  return into;
}

function size(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(DIST, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: GZIP_LEVEL }).length;
  }
  const count = (ext) => [...files].filter((f) => f.endsWith(ext)).length;
  return { js: count('.js'), css: count('.css'), raw, gzip };
}

const minus = (files, ...loaded) => new Set([...files].filter((f) => !loaded.some((set) => set.has(f))));

function main() {
  if (!existsSync(MANIFEST) || !existsSync(join(DIST, 'widget.js'))) {
    throw new Error('frontend/dist has no .vite/manifest.json or widget.js: run `npm run build -w @inbox/frontend` (npm run bench does)');
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const login = filesOf(manifest, 'index.html', new Set(['index.html']));
  const inbox = minus(new Set([...filesOf(manifest, 'src/views/AppShell.vue'), ...filesOf(manifest, 'src/views/InboxView.vue')]), login);
  const reports = minus(filesOf(manifest, 'src/views/supervision/ReportsView.vue'), login, inbox);
  const everything = new Set(['index.html', ...readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`)]);
  const rest = minus(everything, login, inbox, reports);

  const parts = [
    ['login page: index.html, its entry chunk, the framework chunk and the app\'s CSS', size(login)],
    ['opening the inbox adds: the app shell, the inbox view, the socket client', size(inbox)],
    ['**inbox first load** (the two above)', size(new Set([...login, ...inbox]))],
    ['the reports page adds (ECharts), loaded when a supervisor opens it', size(reports)],
    ['every other screen, each loaded when first opened', size(rest)],
    ['all of the operator app', size(everything)],
    ['`widget.js`, the site widget (one file, its CSS inside)', size(new Set(['widget.js']))],
  ];
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const table = [
    '| part | JS + CSS files | raw | gzip |',
    '|---|---|---|---|',
    ...parts.map(([label, s]) => `| ${label} | ${s.js} + ${s.css} | ${kb(s.raw)} | ${kb(s.gzip)} |`),
  ].join('\n');
  recordBenchmark(
    'bundle',
    'Frontend bundle sizes',
    `${table}

Bytes of \`frontend/dist\` as \`npm run build -w @inbox/frontend\` leaves it (1 KB = 1,024 bytes); gzip at level ${GZIP_LEVEL} per file, as a
proxy compressing on the fly sends them (the backend itself serves them uncompressed). Which files a screen loads is
read from Vite's manifest: a chunk with its static imports and CSS, recursively; each part counts only what the ones
above it have not already loaded.`,
  );
  console.log(table);
}

main();
