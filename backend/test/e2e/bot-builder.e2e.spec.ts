import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DemoService } from '../../src/demo/demo.service';
import { ADMIN } from '../support/test-app';
import { join } from 'node:path';
import { RESULTS, useBrowserSuite, WIDGET } from './browser';
import { logIn, until } from './pages';

/**
 * The bot builder's canvas: a menu with two buttons, each drawn to a step of
 * its own, tried in the Test chat, saved, and gone through by a visitor on
 * /demo.
 */

const suite = useBrowserSuite();
const panel = '[data-canvas-panel]';

/** Sets the step open in the side panel: its type and its first text. */
async function fillStep(page: Page, type: string, text: string) {
  await page.locator(`${panel} select[name=stepType]`).selectOption(type);
  await page.locator(`${panel} textarea`).first().fill(text);
}

/** Draws an edge from a branch's dot on one node to another node's entry dot. */
async function connect(page: Page, from: string, handle: string, to: string) {
  await page.locator(`[data-node="${from}"] [data-handle="${handle}"]`).dragTo(page.locator(`[data-node="${to}"] .vue-flow__handle.target`));
}

describe('the bot builder, in Chromium', () => {
  it('builds a two-branch flow on the canvas, tests it in the preview, publishes it, and a visitor goes through it', async () => {
    const inbox = await suite.app.app.get(DemoService).demoInbox();
    const page = await suite.newPage({ width: 1280, height: 800 });
    page.setDefaultTimeout(10_000);
    await logIn(page, suite.app.url, ADMIN.email, ADMIN.password);
    await page.goto(`${suite.app.url}/#/admin/bots`);
    await page.locator('[data-new-bot]').click();
    await page.locator('[data-bot-form] select[name=inboxId]').selectOption(String(inbox?.id));
    await page.locator('[data-bot-form] input[name=name]').fill('Canvas bot');

    // The canvas is the first view; its first step is open in the panel.
    await page.locator('[data-node="start"]').waitFor();
    await fillStep(page, 'menu', 'Sales or support?');
    for (const title of ['Sales', 'Support']) {
      await page.locator(`${panel} [data-add-option]`).click();
      await page.locator(`${panel} .entry textarea`).last().fill(title);
    }
    await page.locator('[data-canvas-add]').click();
    await fillStep(page, 'message', 'Our sales team says hi.');
    await page.locator('[data-canvas-add]').click();
    await fillStep(page, 'handover', 'Support is on the way.');

    // Before the edges are drawn, the nodes say what is wrong.
    await page.locator('[data-node="step2"] [data-node-problems]', { hasText: 'No path from the first step' }).waitFor();
    expect(await page.locator('[data-node="start"] [data-node-problems]').textContent()).toContain('“Sales” leads nowhere');

    // Three nodes now: fit them all into view before drawing.
    await page.locator('[data-canvas-fit]').click();
    await connect(page, 'start', 'option:0', 'step2');
    await connect(page, 'start', 'option:1', 'step3');
    await until('both edges drawn', async () => (await page.locator('.vue-flow__edge').count()) === 2);
    expect(await page.locator('[data-node-problems]').count()).toBe(0);

    // Undo takes the last edge back; redo restores it.
    await page.locator('[data-canvas-undo]').click();
    await until('the edge undone', async () => (await page.locator('.vue-flow__edge').count()) === 1);
    await page.locator('[data-canvas-redo]').click();
    await until('the edge redone', async () => (await page.locator('.vue-flow__edge').count()) === 2);

    // A selected edge deleted with Backspace clears its branch; undo brings it back.
    await page.locator('.vue-flow__edge-text', { hasText: 'Support' }).click({ force: true });
    await page.keyboard.press('Backspace');
    await until('the edge deleted', async () => (await page.locator('.vue-flow__edge').count()) === 1);
    expect(await page.locator('[data-node="start"] [data-node-problems]').textContent()).toContain('“Support” leads nowhere');
    await page.locator('[data-canvas-undo]').click();
    await until('the edge back', async () => (await page.locator('.vue-flow__edge').count()) === 2);

    // A node dragged elsewhere stays there when the flow changes.
    const node = page.locator('.vue-flow__node[data-id="step3"]');
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 50, { steps: 5 });
    await page.mouse.up();
    const moved = (await node.boundingBox())!;
    expect(moved.x - box.x).toBeGreaterThan(20);
    await page.locator(`${panel} textarea`).first().fill('Support is on the way!');
    expect((await node.boundingBox())!.x).toBeCloseTo(moved.x, 0);

    // The Test chat runs the unsaved flow.
    await page.locator('[data-canvas-test]').click();
    await page.locator('[data-preview-start]').click();
    await page.locator('[data-preview-line=bot]', { hasText: 'Sales or support?' }).waitFor();
    await page.locator('[data-preview-button]', { hasText: 'Sales' }).click();
    await page.locator('[data-preview-line=bot]', { hasText: 'Our sales team says hi.' }).waitFor();
    await page.locator('[data-preview-line=note]').waitFor();
    await page.screenshot({ path: join(RESULTS, 'bot-builder-test-chat.png') });
    expect(await suite.app.api('/api/bots', { token: suite.adminToken }).then((r) => r.body.items)).toEqual([]);

    // The form and the JSON show the same flow.
    await page.locator('[data-view=json]').click();
    const json = JSON.parse(await page.locator('textarea[name=definition]').inputValue());
    expect(json.steps.start.options.map((o: { next: string }) => o.next)).toEqual(['step2', 'step3']);
    await page.locator('[data-view=canvas]').click();

    await page.locator('[data-bot-form] button[type=submit]').click();
    const bots = await until('the bot saved', async () => {
      const items = (await suite.app.api('/api/bots', { token: suite.adminToken })).body.items;
      return items.length ? items : null;
    });
    expect(bots[0]).toMatchObject({ name: 'Canvas bot', inboxId: inbox?.id, version: 1 });

    // A visitor on /demo presses Support and is handed over.
    const visitor = await suite.newPage({ width: 1024, height: 720 });
    await visitor.goto(`${suite.app.url}/demo`);
    await visitor.locator(`${WIDGET} .launcher`).click();
    const input = visitor.locator(`${WIDGET} textarea`);
    await input.fill('Hello');
    await input.press('Enter');
    const choices = visitor.locator(`${WIDGET} .choices .choice`);
    await choices.first().waitFor();
    expect(await choices.allTextContents()).toEqual(['Sales', 'Support']);
    await choices.nth(1).click();
    await visitor.locator(`${WIDGET} .bubble`, { hasText: 'Support is on the way!' }).waitFor();
  }, 90_000);
});
