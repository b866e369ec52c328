import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { WIDGET } from './browser';

/** What the browser suites do in the operator app and on the demo page, in one place. */

/** Polls until the probe gives something truthy; returns it. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Logs in on the login page and waits for the conversation list. */
export async function logIn(page: Page, appUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${appUrl}/`);
  await page.locator('[data-login-form] input[name=email]').fill(email);
  await page.locator('[data-login-form] input[name=password]').fill(password);
  await page.locator('[data-login-form] button[type=submit]').click();
  await page.locator('.conv-list [role=option], .conv-list .empty').first().waitFor();
}

/** Picks a status in the top bar's selector and waits until the bar shows it. */
export async function setStatusInUi(page: Page, status: 'online' | 'away' | 'offline', label: string): Promise<void> {
  await page.locator('[data-status-selector]').click();
  await page.locator(`[role=menuitemradio][data-status=${status}]`).click();
  await expect.poll(() => page.locator('[data-my-status]').textContent()).toBe(label);
}

/** A customer opens the widget on /demo and sends `text`; resolves once the widget shows it. */
export async function writeOnDemoPage(page: Page, appUrl: string, text: string): Promise<void> {
  await page.goto(`${appUrl}/demo`);
  await page.locator(`${WIDGET} .launcher`).click();
  const input = page.locator(`${WIDGET} textarea`);
  await input.fill(text);
  await input.press('Enter');
  await page.locator(`${WIDGET} .row.in .bubble`, { hasText: text }).waitFor();
}
