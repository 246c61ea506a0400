/**
 * "Open tabs follow at once" (#13), in Debian's Chromium: a page already open
 * when a source is added, turned off, removed or brought back by Undo on the
 * Sources page changes its highlights without a reload. The source is a real
 * published article (eval/compiler/articles/chandrayaan-3/01.txt), whose names
 * the bundled sources do not have.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  launchExtension,
  ROOT,
  type ExtensionBrowser,
} from './support/chromium';
import { highlightedTexts } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

const SOURCE = join(ROOT, 'eval/compiler/articles/chandrayaan-3/01.txt');
const PAGE = '/open-tab.html';
/** A page that names the article's people and mission, and one bundled name (a control). */
const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Open tab</title></head>
<body><main><h1>Moon mission notes</h1>
<p id="p1">S Somanath said the Vikram lander and the Pragyan rover were working well.</p>
<p id="p2">Kassym-Jomart Tokayev congratulated India on the landing.</p>
</main></body></html>`;

/** Every highlighted text on the page, joined: `toMatch(/Vikram/)` asks whether one holds it. */
const highlighted = async (page: Page) =>
  [
    ...(await highlightedTexts(page, 'sourcelight-term')),
    ...(await highlightedTexts(page, 'sourcelight-term-bg')),
  ]
    .map((h) => h.text)
    .join(' | ');

describe('open tabs follow changes to the sources, in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let tab: Page;
  let sources: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await serveFixtures({ [PAGE]: PAGE_HTML });
    ext = await launchExtension();
    tab = await ext.context.newPage();
    errors = collectPageErrors(tab);
    await tab.goto(server.url(PAGE));
    sources = await ext.openExtensionPage('sources.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const row = () => sources.locator('.sl-source-rows > li[data-file="chandrayaan-01.txt"]');

  it('a source added on the Sources page is highlighted in the open tab, without a reload', async () => {
    // The control: the bundled name is highlighted, the article's are not (yet).
    await expect.poll(() => highlighted(tab), { timeout: 15_000 }).toMatch(/Tokayev/u);
    expect(await highlighted(tab)).not.toMatch(/Vikram/u);
    const text = await readFile(SOURCE, 'utf8');
    await sources.locator('#sl-add-files').setInputFiles({
      name: 'chandrayaan-01.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => sources.locator('.sl-import-summary').textContent(), { timeout: 30_000 })
      .toMatch(/Added 1 of 1 file/u);
    await expect.poll(() => highlighted(tab), { timeout: 15_000 }).toMatch(/Vikram/u);
    expect(await highlighted(tab)).toMatch(/Tokayev/u);
    expect(await tab.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });

  it('turned off, its names leave the open tab; on again, they come back', async () => {
    await row().locator('.sl-src-toggle input').uncheck();
    await expect.poll(() => highlighted(tab), { timeout: 15_000 }).not.toMatch(/Vikram/u);
    expect(await highlighted(tab)).toMatch(/Tokayev/u);
    await row().locator('.sl-src-toggle input').check();
    await expect.poll(() => highlighted(tab), { timeout: 15_000 }).toMatch(/Vikram/u);
  });

  it('removed, its names leave the open tab; Undo brings them back', async () => {
    await row().locator('.sl-src-remove').click();
    await expect.poll(() => highlighted(tab), { timeout: 15_000 }).not.toMatch(/Vikram/u);
    await sources.locator('.sl-undo-button').click();
    await expect.poll(() => highlighted(tab), { timeout: 15_000 }).toMatch(/Vikram/u);
    expect(errors).toEqual([]);
  });
});
