import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';
import { RESULTS, useBrowserSuite, WIDGET } from './browser';
import { writeOnDemoPage } from './pages';

/**
 * The README's first steps in a real Chromium, on the demo inbox as
 * `npm start` makes it: a customer writes on /demo and is greeted (still
 * there after a reload), the operator answers in the inbox and closes, the
 * widget says goodbye and asks for a rating, and the operator sees it.
 */


describe('the demo loop in Chromium: greeting, answer, close, rating', () => {
  const suite = useBrowserSuite(() => startTestApp({}, undefined, { demoAsShipped: true }));
  const newPage = suite.newPage;
  let app: TestApp;
  let adminToken: string;


  beforeAll(async () => {
    app = suite.app;
    adminToken = suite.adminToken;
  });

  it('walks the README’s steps on the demo page', async () => {
    const demo = (await app.api('/api/inboxes', { token: adminToken })).body.items[0];
    const greetingText: string = demo.automation.greeting.text.en;
    const goodbyeText: string = demo.automation.goodbye.text.en;

    // 1. The operator logs in and goes online.
    const operator = await newPage();
    await operator.goto(`${app.url}/`);
    await operator.locator('[data-login-form] input[name=email]').fill(ADMIN.email);
    await operator.locator('[data-login-form] input[name=password]').fill(ADMIN.password);
    await operator.locator('[data-login-form] button[type=submit]').click();
    await operator.locator('.conv-list [role=option], .conv-list .empty').first().waitFor();
    await operator.locator('[data-status-selector]').click();
    await operator.locator('[role=menuitemradio][data-status=online]').click();
    await expect.poll(() => operator.locator('[data-my-status]').textContent()).toBe('Online');

    // 2. A customer writes on the demo page: the greeting answers, and is still there after a reload.
    const customer = await newPage({ width: 1024, height: 720 });
    await writeOnDemoPage(customer, app.url, 'Hello, where is my order #1234?');
    await customer.locator(`${WIDGET} .row.sys`, { hasText: greetingText }).waitFor();
    await customer.reload();
    await customer.locator(`${WIDGET} .launcher`).click();
    await customer.locator(`${WIDGET} .row.in .bubble`, { hasText: 'order #1234' }).waitFor();
    await customer.locator(`${WIDGET} .row.sys`, { hasText: greetingText }).waitFor();
    await customer.screenshot({ path: join(RESULTS, 'demo-greeting.png') });

    // 3. It is routed to the operator; the list shows the greeting as automatic, and so does the dialog.
    const row = operator.locator('.conv-list [role=option]').first();
    await expect.poll(() => row.locator('.preview').textContent(), { timeout: 10_000 }).toBe(`Automatic: ${greetingText}`);
    await operator.screenshot({ path: join(RESULTS, 'demo-list.png') });
    await row.click();
    await operator.locator('.msg.in', { hasText: 'order #1234' }).waitFor();
    const greetingNote = operator.locator('[data-automatic=greeting]');
    expect(await greetingNote.locator('[data-automatic-tag]').textContent()).toBe('Automatic');
    expect(await operator.locator('.msg.out', { hasText: greetingText }).count()).toBe(0);

    const composer = operator.locator('[data-composer] textarea');
    await composer.fill('It left our warehouse this morning.');
    await composer.press('Enter');
    const reply = operator.locator('.msg.out', { hasText: 'It left our warehouse' });
    await expect.poll(() => reply.getAttribute('data-status')).toBe('sent');
    await expect.poll(() => row.locator('.preview').textContent()).toBe('You: It left our warehouse this morning.');
    await customer.locator(`${WIDGET} .row.out .bubble`, { hasText: 'It left our warehouse' }).waitFor();
    await operator.screenshot({ path: join(RESULTS, 'demo-dialog.png') });

    // 4. The operator closes: the widget says goodbye and asks for a rating; the operator sees the answer.
    await operator.locator('[data-action=close]').click();
    await operator.locator('[data-action=confirm-close]').click();
    await expect.poll(() => operator.locator('.dialog-head [data-status]').textContent()).toBe('Closed');
    await customer.locator(`${WIDGET} .row.sys`, { hasText: goodbyeText }).waitFor();
    const survey = customer.locator(`${WIDGET} .row.survey`);
    await survey.waitFor();
    await customer.screenshot({ path: join(RESULTS, 'demo-survey.png') });
    // The comment box is drawn as a field (the composer's textarea rule once took its border away).
    expect(await survey.locator('.rate-comment').evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('1px');
    await survey.locator('.star').nth(4).click();
    await survey.locator('.rate-comment').fill('Quick and kind, thank you');
    await survey.locator('button[type=submit]').click();
    await survey.locator('.rated').waitFor();
    await customer.screenshot({ path: join(RESULTS, 'demo-rated.png') });

    await operator.locator('[data-automatic=goodbye]', { hasText: goodbyeText }).waitFor();
    await operator.locator('[data-automatic=csat]').waitFor();
    await expect.poll(() => operator.locator('[data-csat]').textContent()).toBe('Rated 5/5');
    // The comment is in the dialog's header, not only a tooltip.
    await expect.poll(() => operator.locator('[data-csat-comment]').textContent()).toBe('The customer wrote: “Quick and kind, thank you”');
    await operator.screenshot({ path: join(RESULTS, 'demo-rated-inbox.png') });
  }, 120_000);
});
