import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { customerWrites } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn, setStatusInUi } from './pages';

const PHONE = { width: 390, height: 844 };

/** Nothing wider than the screen: a phone would scroll the whole page sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const visible = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().width > 0);

/**
 * The operator app on a phone (390 × 844): the list, the dialog and the
 * contact are pages of their own with back buttons, the top bar folds into a
 * menu, and the floor fits the screen.
 */
describe('the inbox on a phone', () => {
  const suite = useBrowserSuite();

  it('an operator answers a conversation at 390 × 844 and the list keeps its place', async () => {
    const { app, adminToken } = suite;
    const created = await app.api('/api/agents', { token: adminToken, body: { name: 'Petro Moroz', email: 'petro@test.local', password: 'petro-password-1', maxChats: 30 } });
    expect(created.status).toBe(201);
    const page = await suite.newPage(PHONE);
    await logIn(page, app.url, 'petro@test.local', 'petro-password-1');
    await setStatusInUi(page, 'online', 'Online');

    const demoKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    for (let i = 1; i <= 14; i += 1) await customerWrites(app, demoKey, `Question number ${i} about my parcel`);
    const rows = page.locator('.conv-list [role=option]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    await page.screenshot({ path: join(RESULTS, 'phone-list.png') });
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // Scrolled down the list, the operator opens a conversation: the dialog takes the whole screen.
    const scroller = page.locator('.conv-list .rows');
    await scroller.evaluate((el) => (el.scrollTop = 200));
    const scrolled = await scroller.evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    const row = rows.filter({ hasText: 'Question number' }).nth(5);
    const question = ((await row.textContent()) ?? '').match(/Question number \d+/)![0];
    await row.click();
    await page.locator('[data-back-to-list]').waitFor();
    expect(await visible(page, '.conv-list')).toBe(false);
    expect(await visible(page, 'section.dialog')).toBe(true);

    // The reply goes from the composer at the bottom of the screen.
    const composer = page.locator('section.dialog textarea');
    const box = (await composer.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await composer.fill('We have found your parcel, it arrives tomorrow.');
    await composer.press('Enter');
    await page.locator('section.dialog', { hasText: 'it arrives tomorrow' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(RESULTS, 'phone-dialog.png') });
    const id = Number(page.url().match(/inbox\/(\d+)/)![1]);
    const thread = (await app.api(`/api/conversations/${id}/messages`, { token: adminToken })).body.items as Array<{ text?: string }>;
    expect(thread.map((m) => m.text)).toEqual(expect.arrayContaining([expect.stringContaining(question), 'We have found your parcel, it arrives tomorrow.']));

    // The contact is a page of its own, and back leads to the dialog, then to the list where it was.
    await page.locator('[data-open-contact]').click();
    await page.locator('[data-back-to-dialog]').waitFor();
    expect(await visible(page, '.contact-panel')).toBe(true);
    expect(await visible(page, 'section.dialog')).toBe(false);
    await page.screenshot({ path: join(RESULTS, 'phone-contact.png') });
    await page.locator('[data-back-to-dialog]').click();
    await page.locator('[data-back-to-list]').click();
    await expect.poll(() => visible(page, '.conv-list')).toBe(true);
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(scrolled);

    // The top bar's links are in its menu.
    expect(await page.locator('[data-nav-my-reviews]').isVisible()).toBe(false);
    await page.locator('[data-menu-toggle]').click();
    await page.locator('[data-nav-my-reviews]').click();
    await expect.poll(() => page.url()).toContain('#/my-reviews');
    expect(await page.locator('[data-nav-my-reviews]').isVisible()).toBe(false);
  }, 180_000);

  it('a supervisor reads the floor and the reports on a phone without scrolling sideways', async () => {
    const { app } = suite;
    const page = await suite.newPage(PHONE);
    await logIn(page, app.url, ADMIN.email, ADMIN.password);
    await page.locator('[data-menu-toggle]').click();
    await page.locator('[data-nav-board]').click();
    await page.locator('[data-board-operators]').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const overflowing = await page.locator('.page').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflowing).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'phone-floor.png'), fullPage: true });
    await page.locator('[data-menu-toggle]').click();
    await page.locator('[data-nav-reports]').click();
    await page.locator('.tiles').first().waitFor();
    expect(await page.locator('.page').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(RESULTS, 'phone-reports.png'), fullPage: true });
  }, 120_000);
});
