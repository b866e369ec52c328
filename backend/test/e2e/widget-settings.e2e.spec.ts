import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOperator, openInbox } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite, WIDGET } from './browser';
import { logIn, until } from './pages';

const TEAL = { hex: '#0f766e', rgb: 'rgb(15, 118, 110)' };

/**
 * Settings → Inboxes → Widget in Chromium: the admin changes the colour,
 * the corner, the pre-chat fields and the operators' initial badges and
 * watches the preview follow, copies the snippet, and a visitor on /demo
 * gets the widget as set, an operator's reply signed with the name alone.
 */
describe('the widget settings screen in Chromium', () => {
  const suite = useBrowserSuite();

  it('changes the widget from Settings, previews it, copies the snippet, and the visitor sees it on /demo', async () => {
    const { app, adminToken } = suite;
    const demo = (await app.api('/api/inboxes', { token: adminToken })).body.items[0];

    const { context, page: admin } = await suite.newContext({ width: 1280, height: 900 });
    admin.setDefaultTimeout(10_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await logIn(admin, app.url, ADMIN.email, ADMIN.password);
    await admin.goto(`${app.url}/#/admin/inboxes`);
    await admin.locator(`[data-inbox-id="${demo.id}"] [data-widget-settings]`).click();
    await admin.locator('[data-widget-form]').waitFor();
    expect(await admin.locator('[data-admin-nav=inboxes]').getAttribute('class')).toContain('router-link-active');

    const preview = admin.locator('[data-widget-preview]');
    const previewLauncher = preview.locator('.launcher');
    await expect.poll(() => previewLauncher.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(TEAL.rgb);
    expect(await preview.locator('.iw.left').count()).toBe(0);
    expect(await preview.locator('#iw-phone').count()).toBe(0);

    await admin.locator('input[name=color]').fill(TEAL.hex);
    await admin.locator('input[name=position][value=left]').check();
    await admin.locator('select[name="preChat.name"]').selectOption('optional');
    await admin.locator('select[name="preChat.phone"]').selectOption('required');

    // The preview follows as the form changes, before anything is saved.
    await expect.poll(() => previewLauncher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(TEAL.rgb);
    await preview.locator('.iw.left').waitFor({ state: 'attached' });
    await preview.locator('#iw-phone').waitFor();
    const frame = await preview.locator('[data-preview-host]').boundingBox();
    const launcherBox = await previewLauncher.boundingBox();
    expect(launcherBox!.x - frame!.x).toBeLessThan(frame!.width / 2);
    await admin.screenshot({ path: join(RESULTS, 'widget-settings.png') });

    // With a launcher text, the closed button is a pill with the text beside the icon.
    await admin.locator('input[name=launcherText]').fill('Chat with us');
    await previewLauncher.click();
    await preview.locator('.launcher-text', { hasText: 'Chat with us' }).waitFor();
    expect((await previewLauncher.boundingBox())!.width).toBeGreaterThan(120);
    await admin.screenshot({ path: join(RESULTS, 'widget-settings-launcher.png') });
    await previewLauncher.click();

    // The sample conversation: the operator's name with the initial badge, then without it.
    await admin.locator('[data-stage=chat]').click();
    const who = preview.locator('.items .who');
    await expect.poll(() => who.getAttribute('data-initial')).toBe('A');
    await admin.locator('input[name=showAgentInitials]').uncheck();
    await expect.poll(() => who.getAttribute('data-initial')).toBeNull();
    expect(await who.textContent()).toBe('Anna');

    await admin.locator('[data-save-widget]').click();
    await expect
      .poll(async () => (await app.api('/api/inboxes', { token: adminToken })).body.items[0].settings)
      .toMatchObject({ color: TEAL.hex, position: 'left', launcherText: 'Chat with us', preChatFields: { name: 'optional', phone: 'required' }, showAgentNames: true, showAgentInitials: false });

    await admin.locator('[data-copy-snippet]').click();
    await expect.poll(() => admin.locator('[data-copy-snippet]').textContent()).toBe('✓ Copied');
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(demo.widgetSnippet);

    // A visitor on the demo page: bottom-left, teal, and asked for a phone number first.
    const operator = await createOperator(app, adminToken, { name: 'Olena' });
    const operatorSocket = await openInbox(app, operator);
    const visitor = await suite.newPage({ width: 1280, height: 800 });
    await visitor.goto(`${app.url}/demo`);
    const launcher = visitor.locator(`${WIDGET} .launcher`);
    await launcher.waitFor();
    const box = await launcher.boundingBox();
    expect(box!.x).toBeLessThan(100);
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(TEAL.rgb);
    expect(await visitor.locator(`${WIDGET} .launcher-text`).textContent()).toBe('Chat with us');
    await launcher.click();
    const phone = visitor.locator(`${WIDGET} #iw-phone`);
    await phone.waitFor();
    expect(await visitor.locator(`${WIDGET} .prechat input`).evaluateAll((inputs) => inputs.map((i) => i.getAttribute('name')))).toEqual(['name', 'phone']);
    expect(await visitor.locator(`${WIDGET} textarea`).isVisible()).toBe(false);

    await phone.fill('call me');
    await visitor.locator(`${WIDGET} .prechat button[type=submit]`).click();
    await expect.poll(() => visitor.locator(`${WIDGET} #iw-phone-error`).textContent()).toBe('This does not look like a phone number');
    await phone.fill('+49 30 1234567');
    await visitor.locator(`${WIDGET} .prechat button[type=submit]`).click();
    await visitor.locator(`${WIDGET} textarea`).waitFor();

    // The visitor writes; the operator's reply is signed with her name, without the initial badge.
    await visitor.locator(`${WIDGET} textarea`).fill('Do you ship to Lviv?');
    await visitor.locator(`${WIDGET} textarea`).press('Enter');
    const conversation = await until('the conversation assigned to the operator', async () => (await app.api('/api/conversations?view=mine', { token: operator.token })).body.items[0]);
    expect((await app.api(`/api/conversations/${conversation.id}/messages`, { token: operator.token, body: { text: 'Yes, we do.' } })).status).toBe(201);
    const signed = visitor.locator(`${WIDGET} .items .who`, { hasText: 'Olena' });
    await signed.waitFor();
    expect(await signed.getAttribute('data-initial')).toBeNull();
    operatorSocket.close();
    await visitor.screenshot({ path: join(RESULTS, 'widget-settings-visitor.png') });
  }, 120_000);
});
