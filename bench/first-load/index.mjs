// First load of the operator inbox in headless Chromium: how long until the
// conversation list shows, timed inside the page (performance.now(), from the
// navigation's start) so the driver's own round trips do not count. Against
// the built backend on a fresh SQLite file with CONVERSATIONS seeded; the
// operator has OPERATOR_OPEN open conversations in "Mine", the list they land on.
/* global document, requestAnimationFrame, MutationObserver, window */
import { percentile, recordBenchmark } from '../lib/record.mjs';
import { LIST_ROW, launchChromium, OPERATOR, OPERATOR_OPEN, startSeededInbox } from '../lib/inbox-app.mjs';

const CONVERSATIONS = Number(process.env.BENCH_FIRST_LOAD_CONVERSATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_FIRST_LOAD_RUNS ?? 7);
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Runs in the page before its own scripts: notes when the login form shows,
 * when it is submitted, and the first animation frame whose DOM holds a
 * conversation row (the frame that paints the list).
 */
function watchList(rowSelector) {
  const marks = {};
  window.__firstLoad = marks;
  document.addEventListener('submit', () => (marks.submitted ??= performance.now()), true);
  new MutationObserver((_, observer) => {
    if (marks.loginForm === undefined && document.querySelector('[data-login-form] button[type=submit]')) marks.loginForm = performance.now();
    if (document.querySelector(rowSelector)) {
      observer.disconnect();
      requestAnimationFrame(() => {
        marks.listShown = performance.now();
        const list = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/conversations?'));
        marks.listRequest = list ? list.responseEnd - list.startTime : NaN;
      });
    }
  }).observe(document, { childList: true, subtree: true });
}

const marksOf = async (page) => {
  await page.waitForFunction(() => window.__firstLoad?.listShown !== undefined);
  return page.evaluate(() => window.__firstLoad);
};

async function newPage(browser, storageState) {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState });
  const page = await context.newPage();
  await page.addInitScript(watchList, LIST_ROW);
  return { context, page };
}

/** Logged out, empty cache: the login page, then signing in until the list shows. Returns the signed-in storage too. */
async function signIn(browser, url) {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}/`);
  await page.locator('[data-login-form] input[name=email]').fill(OPERATOR.email);
  await page.locator('[data-login-form] input[name=password]').fill(OPERATOR.password);
  await page.locator('[data-login-form] button[type=submit]').click();
  const marks = await marksOf(page);
  const rows = await page.locator(LIST_ROW).count();
  const storage = await context.storageState();
  await context.close();
  return { loginForm: marks.loginForm, signedIn: marks.listShown - marks.submitted, rows, storage };
}

/** Signed in (token in local storage), empty cache; then a reload with the cache warm. */
async function reopen(browser, url, storage) {
  const { context, page } = await newPage(browser, storage);
  await page.goto(`${url}/#/inbox`);
  const { listShown: cold, listRequest } = await marksOf(page);
  await page.reload();
  const warm = (await marksOf(page)).listShown;
  await context.close();
  return { cold, listRequest, warm };
}

async function main() {
  const app = await startSeededInbox({ label: 'first-load', conversations: CONVERSATIONS });
  let browser;
  try {
    browser = await launchChromium();
    // One unmeasured round: Chromium's first page pays for its own start-up.
    const first = await signIn(browser, app.url);
    await reopen(browser, app.url, first.storage);
    const samples = { loginForm: [], signedIn: [], cold: [], listRequest: [], warm: [] };
    for (let run = 0; run < RUNS; run++) {
      const signedIn = await signIn(browser, app.url);
      if (signedIn.rows === 0) throw new Error('the list showed no conversation');
      const reopened = await reopen(browser, app.url, signedIn.storage);
      samples.loginForm.push(signedIn.loginForm);
      samples.signedIn.push(signedIn.signedIn);
      samples.cold.push(reopened.cold);
      samples.listRequest.push(reopened.listRequest);
      samples.warm.push(reopened.warm);
      console.log(`run ${run + 1}: login form ${signedIn.loginForm.toFixed(0)} ms, sign-in → list ${signedIn.signedIn.toFixed(0)} ms, signed-in open ${reopened.cold.toFixed(0)} ms, reload ${reopened.warm.toFixed(0)} ms`);
    }
    const ms = (v) => `${Math.round(v)} ms`;
    const row = (label, values) => `| ${label} | ${ms(percentile(values, 50))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`;
    const version = browser.version();
    const table = [
      `| measure (${RUNS} runs) | median | min | max |`,
      '|---|---|---|---|',
      row('logged out, empty cache: navigation → login form shown', samples.loginForm),
      row('then "Log in" submitted → conversation list shown (login request, inbox code, list request)', samples.signedIn),
      row('**signed in, empty cache: navigation → conversation list shown**', samples.cold),
      row('of which the list request, sent → answered (`GET /api/conversations`)', samples.listRequest),
      row('signed in, reload with the cache warm: navigation → list shown', samples.warm),
    ].join('\n');
    recordBenchmark(
      'first-load',
      'Operator inbox: first load',
      `${table}

Headless Chromium ${version} (Debian's, software rendering) against the built backend on localhost, on a fresh SQLite file
with ${CONVERSATIONS} seeded conversations (two messages each); the operator's "Mine" list, where the app opens, holds their
${OPERATOR_OPEN} open conversations. Each run is a new browser context, so its cache starts empty (the reload then finds
the files cached for an hour). Times are read in the page (\`performance.now()\`, from the navigation's start or from the
form's submit event) at the first animation frame whose DOM holds a conversation row. The browser, the backend and the
driver share the machine's cores; one warm-up round is not counted.`,
    );
    console.log(table);
  } finally {
    await browser?.close();
    await app.close();
  }
}

await main();
