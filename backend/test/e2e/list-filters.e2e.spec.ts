import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Inbox } from '../../src/channels/inbox.entity';
import { customerWrites } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { auditPage } from './page-audit';
import { logIn } from './pages';

/**
 * The selects above the conversation list (inbox, channel, label, attribute,
 * order, status) in Chromium, with every one of them shown: in English,
 * Russian and Ukrainian, with the list pane at its three widths (340 px at
 * 1280, 300 px at 1024, the whole screen on a phone), in each tab, each
 * option of each select chosen in turn shows its text whole.
 */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

describe('the conversation list’s filters in Chromium', () => {
  const suite = useBrowserSuite();

  it('show every option’s text whole at every pane width and language', async () => {
    const { app, adminToken: token } = suite;
    const inbox = (await app.api('/api/inboxes', { token })).body.items[0];
    await customerWrites(app, inbox.publicKey, 'Where is my parcel?');
    // A second kind of channel, so the channel filter shows (a mailbox, stored as is: nothing here connects to it).
    const db = app.app.get(DataSource);
    await db.getRepository(Inbox).save(db.getRepository(Inbox).create({ type: 'email', name: 'Support mailbox', publicKey: randomUUID(), settings: {}, automation: {} }));
    expect((await app.api('/api/labels', { token, body: { name: 'Refund', color: '#eb5757' } })).status).toBe(201);
    const attribute = { target: 'conversation', key: 'delivery', label: 'Delivery', type: 'list', options: ['courier', 'pickup'] };
    expect((await app.api('/api/attribute-definitions', { token, body: attribute })).status).toBe(201);

    const { page } = await suite.newContext({ width: 1280, height: 800 });
    await logIn(page, app.url, ADMIN.email, ADMIN.password);
    const filters = page.locator('.conv-list .filters');
    const problems: string[] = [];
    let checked = 0;
    /** The audit's own select check (a copy of the select at its natural width), on the filters alone. */
    const check = async (where: string) => {
      checked++;
      for (const p of await auditPage(page, { translatedUnits: false, keys: [] })) if (p.includes('select') && p.includes('.filters')) problems.push(`${where}: ${p}`);
    };

    for (const lang of ['en', 'ru', 'uk']) {
      await page.evaluate((l) => localStorage.setItem('inbox.locale', l), lang);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.goto(`${app.url}/#/inbox`);
        await page.reload();
        await filters.waitFor();
        await page.locator('[data-filter-attribute]').selectOption('delivery');
        await page.locator('[data-filter-attribute-value]').waitFor();
        for (const tab of ['mine', 'queue', 'all']) {
          await page.locator(`[data-tab=${tab}]`).click();
          await check(`${lang} ${size.width} ${tab}`);
        }
        // In the "all" tab every select is enabled: each option of each, in turn.
        for (const select of await filters.locator('select').all()) {
          const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
          const before = await select.inputValue();
          for (const value of values) {
            await select.selectOption(value);
            await check(`${lang} ${size.width} ${await select.getAttribute('id') ?? 'attribute value'}=${value}`);
          }
          await select.selectOption(before);
        }
        await page.screenshot({ path: join(RESULTS, `list-filters-${lang}-${size.width}.png`) });
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 300_000);
});
