import { describe, expect, it } from 'vitest';
import { ADMIN } from '../support/test-app';
import { useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * Settings → Integrations in Chromium: an admin creates an API token, sees
 * its secret once (gone after the dialog closes and after a reload), and
 * the page's own fetch then uses it against the API, within its scope.
 */
describe('API tokens in Settings → Integrations, in Chromium', () => {
  const suite = useBrowserSuite();

  it('creates a token, shows the secret once, and the secret works against the API', async () => {
    const page = await suite.newPage({ width: 1360, height: 860 });
    await logIn(page, suite.app.url, ADMIN.email, ADMIN.password);
    await page.goto(`${suite.app.url}/#/admin`);
    await page.locator('[data-admin-nav="integrations"]').click();
    await page.locator('[data-section="api-tokens"]').waitFor();

    await page.locator('[data-create-token]').click();
    await page.locator('input[name="name"]').fill('Browser-made');
    await page.locator('[data-save-token]').click();

    const shown = page.locator('[data-token-secret]');
    await shown.waitFor();
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^inb_/);
    await page.locator('[data-close-secret]').click();
    await shown.waitFor({ state: 'detached' });
    const row = page.locator('[data-token-id]', { hasText: 'Browser-made' });
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    // The token from the page itself: reads pass, writes outside `read` are refused by scope.
    const answers = await page.evaluate(async (token) => {
      const read = await fetch('/api/conversations?view=all', { headers: { 'X-Api-Token': token } });
      const write = await fetch('/api/teams', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Nope' }) });
      return { read: read.status, items: Array.isArray((await read.json()).items), write: write.status, refusal: (await write.json()).message };
    }, secret);
    expect(answers).toEqual({ read: 200, items: true, write: 403, refusal: 'This API token lacks the scope "admin" that POST /api/teams needs' });

    // Listed with its last use, which the read above set.
    await page.reload();
    await expect.poll(() => row.locator('[data-last-used]').textContent()).not.toBe('Not yet');
  });
});
