import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

/** Shared by the browser suites: Debian's Chromium, and a frontend build no older than its sources. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../../..');
const FRONTEND = join(ROOT, 'frontend');

/** Builds the frontend unless dist/ is newer than every source file (the same check as `npm start`). */
export function ensureFrontendBuilt(): void {
  execFileSync(process.execPath, [join(FRONTEND, 'scripts/build-if-stale.mjs')], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
}

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set CHROMIUM_PATH). It is not installed, so these tests cannot run.`,
    );
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Screenshots of the browser suites (not committed); CI gives its MariaDB + Redis pass a folder of its own, as both passes run at once. */
export const RESULTS = process.env.TEST_RESULTS_DIR ? resolve(process.env.TEST_RESULTS_DIR) : resolve(__dirname, '../../test-results');
/** The site widget's root element on a page that embeds it. */
export const WIDGET = '[data-inbox-widget]';

/** What a browser suite works with once its beforeAll ran. */
export interface BrowserSuite {
  readonly app: TestApp;
  readonly browser: Browser;
  /** The first admin's access token. */
  readonly adminToken: string;
  /** A page in a context of its own (own storage: another person), closed with the suite; page errors go to the log. */
  newContext(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers a browser suite's beforeAll and afterAll: Chromium and a
 * current frontend build are checked, the app started (`start`, a plain
 * test app by default) and the admin logged in; every context and the app
 * are closed after it.
 */
export function useBrowserSuite(start: () => Promise<TestApp> = () => startTestApp()): BrowserSuite {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let adminToken = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    requireChromium();
    ensureFrontendBuilt();
    mkdirSync(RESULTS, { recursive: true });
    app = await start();
    adminToken = await app.login();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is used before the suite's beforeAll ran`);
    return value;
  };
  const suite: BrowserSuite = {
    get app() {
      return ready(app, 'app');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get adminToken() {
      return adminToken;
    },
    async newContext(viewport = { width: 1280, height: 720 }) {
      const context = await suite.browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
      return { context, page };
    },
    async newPage(viewport) {
      return (await suite.newContext(viewport)).page;
    },
  };
  return suite;
}
