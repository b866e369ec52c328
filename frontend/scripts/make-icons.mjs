/**
 * Draws the app's PNG icons (the installed app's home-screen and push
 * notification icons) from public/icon.svg and public/icon-maskable.svg
 * with Chromium, so no image library is needed. Run once after changing an
 * SVG; the PNGs are committed.
 *
 *   CHROMIUM_PATH=/usr/bin/chromium node scripts/make-icons.mjs
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const icons = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  // Maskable: the launcher may crop to a circle, so the mark sits inside the middle 80 %.
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
  for (const { svg, png, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(publicDir + svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${source}</body>`);
    await page.screenshot({ path: publicDir + png, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
