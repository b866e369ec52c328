// Scrolling the whole conversation list, 10,000 conversations, top to bottom
// in headless Chromium. The list renders only the rows in view and loads 100
// at a time as the end comes near, so the figures are: how smooth the frames
// are while rows are swapped and pages arrive, how long the main thread is
// blocked, whether a frame ever shows the list blank where rows are loaded,
// and how long the scroll waits at the end of what is loaded for the next page.
/* global document, requestAnimationFrame, PerformanceObserver */
import { percentile, recordBenchmark } from '../lib/record.mjs';
import { BENCH_ADMIN } from '../lib/backend.mjs';
import { LIST_ROW, LIST_SCROLLER, launchChromium, logIn, startSeededInbox } from '../lib/inbox-app.mjs';

const CONVERSATIONS = Number(process.env.BENCH_SCROLL_CONVERSATIONS ?? 10_000);
/** Pixels per animation frame: 6 rows of 68 px, a fast wheel fling (about 24,000 px/s at 60 frames/s). */
const STEP = Number(process.env.BENCH_SCROLL_STEP ?? 408);
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Runs in the page: moves the list by `step` px in every animation frame
 * until its last row is in view and no more are loaded. Each frame notes
 * its interval, whether rows cover the list's box at its top and bottom,
 * and whether the scroll is held at the end of the loaded rows (waiting for
 * a page). Long tasks come from the browser's PerformanceObserver.
 */
function scrollThrough({ scroller, rowSelector, step, total, timeoutMs }) {
  const el = document.querySelector(scroller);
  const rowAt = (x, y) => document.elementFromPoint(x, y)?.closest('.vlist-row') != null;
  /** Whether rows cover the list's box at its top and bottom (the box shrinks while "Loading" shows under it). */
  const covered = () => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    return rowAt(x, box.top + 1) && rowAt(x, Math.min(box.bottom, box.top + el.scrollHeight) - 1);
  };
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const stats = { frames: [], blankFrames: 0, pageWaits: [], maxRows: 0, heapBefore: performance.memory?.usedJSHeapSize ?? NaN };
  const started = performance.now();
  let last = started;
  let waitingSince = null;
  let loadedHeight = el.scrollHeight;
  /** Every row has this height, so the rows loaded are the scroll height over it. */
  const rowHeight = el.querySelector('.vlist-row').offsetHeight;
  return new Promise((resolve, reject) => {
    const frame = (now) => {
      stats.frames.push(now - last);
      last = now;
      stats.maxRows = Math.max(stats.maxRows, el.querySelectorAll(rowSelector).length);
      if (!covered()) stats.blankFrames++;
      if (el.scrollHeight > loadedHeight) {
        loadedHeight = el.scrollHeight;
        if (waitingSince !== null) stats.pageWaits.push(now - waitingSince);
        waitingSince = null;
      }
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      const rows = Math.round(el.scrollHeight / rowHeight);
      if (atEnd && rows >= total) {
        observer.disconnect();
        resolve({ ...stats, longTasks, seconds: (now - started) / 1000, heapAfter: performance.memory?.usedJSHeapSize ?? NaN });
        return;
      }
      if (now - started > timeoutMs) {
        observer.disconnect();
        reject(new Error(`not at the end after ${timeoutMs} ms: ${rows} rows loaded of ${total}`));
        return;
      }
      if (atEnd) waitingSince ??= now;
      el.scrollTop += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function main() {
  const app = await startSeededInbox({ label: 'scroll', conversations: CONVERSATIONS });
  let browser;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    await logIn(page, app.url, BENCH_ADMIN);
    await page.locator('[data-tab=all]').click();
    await page.locator(`${LIST_ROW}[data-conversation-id="${CONVERSATIONS}"]`).waitFor();
    const visible = await page.locator(LIST_ROW).count();
    console.log(`Scrolling ${CONVERSATIONS} conversations, ${STEP} px per frame`);
    const run = await page.evaluate(scrollThrough, { scroller: LIST_SCROLLER, rowSelector: LIST_ROW, step: STEP, total: CONVERSATIONS, timeoutMs: 300_000 });
    const lastRow = await page.locator(`${LIST_ROW}[data-conversation-id="1"]`).count();
    if (lastRow !== 1) throw new Error('the oldest conversation is not in view at the end');

    const ms = (v) => `${v.toFixed(1)} ms`;
    const frames = run.frames.slice(1);
    const longTotal = run.longTasks.reduce((a, b) => a + b, 0);
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    const table = [
      '| measure | figure |',
      '|---|---|',
      `| top to bottom | ${run.seconds.toFixed(1)} s, ${(CONVERSATIONS / run.seconds).toFixed(0)} rows/s, ${frames.length} frames |`,
      `| frame interval: p50 / p95 / p99 / max | ${ms(percentile(frames, 50))} / ${ms(percentile(frames, 95))} / ${ms(percentile(frames, 99))} / ${ms(Math.max(...frames))} |`,
      `| frames over 50 ms | ${frames.filter((f) => f > 50).length} of ${frames.length} |`,
      `| long tasks (main thread busy > 50 ms) | ${run.longTasks.length}, ${ms(longTotal)} in all, longest ${ms(Math.max(0, ...run.longTasks))} |`,
      `| waits at the end of the loaded rows for the next page: count, p50 / p95 / max | ${run.pageWaits.length}, ${ms(percentile(run.pageWaits, 50))} / ${ms(percentile(run.pageWaits, 95))} / ${ms(Math.max(0, ...run.pageWaits))} |`,
      `| frames with the list's box not covered by rows | ${run.blankFrames} |`,
      `| rows in the page at once: at the start / at most | ${visible} / ${run.maxRows} |`,
      `| JS heap before / after | ${mb(run.heapBefore)} / ${mb(run.heapAfter)} |`,
    ].join('\n');
    recordBenchmark(
      'scroll',
      `Operator inbox: scrolling ${CONVERSATIONS.toLocaleString('en')} conversations`,
      `${table}

The admin's "All" list over ${CONVERSATIONS} seeded conversations (a fresh SQLite file, the built backend on localhost),
in headless Chromium ${browser.version()} (Debian's, software rendering) at ${VIEWPORT.width} × ${VIEWPORT.height}. A script in the page
moves the list ${STEP} px (6 rows) in every animation frame, a fast fling, from the top until the oldest conversation is
in view; the app loads 100 rows at a time when the scroll comes within 10 rows of the end, so the script's scroll is held
at the end of the loaded rows until the next page renders ("waits": from the first frame held there to the first frame
with the new rows, the request's round trip included). Frame intervals are between \`requestAnimationFrame\` callbacks (16.7 ms
at 60 frames/s); long tasks are the browser's \`longtask\` entries. A frame counts as blank when, once the list has
handled the last move's scroll event, the point at the top or at the bottom of its box shows no row: rows missing where
they are loaded. (The rows for a move render on the next frame's scroll event; the 6 rows rendered beyond each edge cover
that frame, as a move is 6 rows.) The script forces a layout in every frame to read the offset, work the browser does once
a frame anyway. The browser, the backend and the script share the machine's cores.`,
    );
    console.log(table);
    await context.close();
  } finally {
    await browser?.close();
    await app.close();
  }
}

await main();
