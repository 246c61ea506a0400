/**
 * "Add this page" end to end in Debian's Chromium with the built extension (#13):
 * a served news article (real published text, whose names the bundled sources do
 * not know) is added from the popup with its publisher and date corrected in the
 * preview; another page that names a person only that article knows is then
 * highlighted, its card shows the article's passage with the corrected publisher
 * and date, and the popup's search finds the passage. A page that is not an
 * article is refused with the reader's message.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  launchExtension,
  saveScreenshot,
  type ExtensionBrowser,
} from './support/chromium';
import { highlightedTexts, readCard, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';
import { findTabId, openPopupFor } from './support/tabs';

const ARTICLE = '/add-page/derna-prosecutor.html';
const ELSEWHERE = '/add-page/elsewhere.html';
const NOT_AN_ARTICLE = '/page-capture/app-shell.html';
/** Named only in the added article: in no bundled source. */
const MAYOR = 'Abdulmenam al-Ghaithi';
const PASSAGE = 'Derna Mayor Abdulmenam al-Ghaithi, who was sacked after the disaster';

/** lib/context-menu.ts's id (that module imports the extension's browser API, so not imported here). */
const ADD_PAGE_MENU_ID = 'sourcelight-add-page';

/** The parts of the service worker's `chrome` this test calls. */
interface WorkerChrome {
  contextMenus: { update(id: string, props: object, done: () => void): void };
  runtime: { lastError?: { message: string } };
}

/** lib/sources' chunk (`chunks/sources-<hash>.js`), which starts the compiler's worker: only on Save. */
const isCompilerChunk = (path: string) => /^\/chunks\/sources-[^/]+\.js$/u.test(path);
/** The compiler itself (`assets/compile-worker-<hash>.js`, megabytes). */
const isCompilerWorker = (path: string) => /^\/assets\/compile-worker-[^/]+\.js$/u.test(path);

const allHighlighted = async (page: Page) =>
  [
    ...(await highlightedTexts(page, 'sourcelight-term')),
    ...(await highlightedTexts(page, 'sourcelight-term-bg')),
  ].map((h) => h.text);

describe('Add this page in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('adds a served article with corrected publisher and date; its names are highlighted elsewhere, its passage is in the card and in search', async () => {
    // Control: before the article is added, nothing knows the mayor.
    const before = await ext.context.newPage();
    await before.goto(server.url(ELSEWHERE));
    await findTabId(ext, server.url(ELSEWHERE));
    expect(await allHighlighted(before)).not.toContain(MAYOR);
    await before.close();

    const article = await ext.context.newPage();
    await article.goto(server.url(ARTICLE));
    const popupRequests: string[] = [];
    const popup = await openPopupFor(ext, await findTabId(ext, server.url(ARTICLE)), {
      requests: popupRequests,
    });
    const errors = collectPageErrors(popup);
    await popup.locator('#sl-add-page:not([disabled])').click();

    // The preview: what the page gave, and where from.
    const title = popup.locator('#sl-add-title');
    await title.waitFor({ timeout: 20_000 });
    expect(await title.inputValue()).toBe(
      'Libya’s top prosecutor orders eight officials arrested after flood disaster',
    );
    // No og:site_name or JSON-LD publisher, and a bare IP address is not a publisher's name.
    expect(await popup.locator('#sl-add-publisher').inputValue()).toBe('');
    expect(await popup.locator('#sl-add-publisher-from').textContent()).toBe(
      'Not found on the page',
    );
    expect(await popup.locator('#sl-add-date').inputValue()).toBe('');
    expect(await popup.locator('#sl-add-url').inputValue()).toBe(server.url(ARTICLE));
    // The story opens with its standfirst; the headline is the title, not repeated as text.
    expect(await popup.locator('.sl-add-text p').first().textContent()).toMatch(
      /^Top prosecutor says the mayor of Derna/u,
    );
    // Nothing of the compiler is loaded to show the preview.
    expect(popupRequests.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(0);
    expect(popupRequests.filter(isCompilerChunk)).toEqual([]);
    expect(popupRequests.filter(isCompilerWorker)).toEqual([]);

    // A date as the page writes it is refused, with the form to use.
    await popup.locator('#sl-add-publisher').fill('Al Jazeera');
    await popup.locator('#sl-add-date').fill('25 Sep 2023');
    await popup.locator('#sl-add-save').click();
    await expect
      .poll(() => popup.locator('#sl-add-date-problem').textContent())
      .toMatch(/“25 Sep 2023” is not a date: write it as YYYY-MM-DD/u);

    await popup.locator('#sl-add-date').fill('2023-09-25');
    await saveScreenshot(popup, 'add-page-preview');
    await popup.locator('#sl-add-save').click();
    await expect
      .poll(() => popup.locator('#sl-add-done').textContent(), { timeout: 30_000 })
      .toMatch(/^Added: \d+ names?, \d+ passages?$/u);
    const done = (await popup.locator('#sl-add-done').textContent())!;
    expect(Number(/(\d+) name/u.exec(done)![1])).toBeGreaterThanOrEqual(2);
    expect(popupRequests.filter(isCompilerChunk)).toHaveLength(1);
    await saveScreenshot(popup, 'add-page-added');

    // Another page naming the mayor: highlighted, and the card cites the corrected source.
    const elsewhere = await ext.context.newPage();
    await elsewhere.setViewportSize({ width: 1000, height: 700 });
    await elsewhere.goto(server.url(ELSEWHERE));
    await expect.poll(() => allHighlighted(elsewhere), { timeout: 20_000 }).toContain(MAYOR);
    await elsewhere.bringToFront();
    // The first word: the whole name may wrap, and the centre of a wrapped range is between lines.
    const target = await wordCenter(elsewhere, 'mayor', 'Abdulmenam');
    await elsewhere.mouse.move(target.x - 200, target.y + 200);
    await elsewhere.mouse.move(target.x, target.y, { steps: 4 });
    await expect
      .poll(async () => (await readCard(elsewhere))?.status, { timeout: 15_000 })
      .toBe('ready');
    const card = (await readCard(elsewhere))!;
    expect(card.text).toContain(PASSAGE);
    expect(card.text).toContain('Al Jazeera');
    expect(card.text).toContain('25 Sep 2023');
    await saveScreenshot(elsewhere, 'add-page-card');

    // The popup's search finds the person and the passage, cited the same way.
    await popup.locator('#sl-add-done ~ .sl-add-actions button:not(.sl-link-button)').click();
    await popup.locator('#sl-query').fill('al-Ghaithi');
    await expect
      .poll(() => popup.locator('.sl-names-row .sl-chip').allTextContents(), { timeout: 15_000 })
      .toContain(MAYOR);
    await popup.locator('#sl-query').fill('mayor sacked');
    const first = popup.locator('#sl-hit-0');
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain(PASSAGE);
    expect(await first.textContent()).toMatch(/Al Jazeera · 25 Sep 2023/u);
    await saveScreenshot(popup, 'add-page-search');
    expect(errors).toEqual([]);
    await popup.close();
    await elsewhere.close();
    await article.close();
  }, 120_000);

  it('a page that is not an article is refused with the reader’s message', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(NOT_AN_ARTICLE));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopupFor(ext, await findTabId(ext, server.url(NOT_AN_ARTICLE)));
    await popup.locator('#sl-add-page:not([disabled])').click();
    await expect
      .poll(() => popup.locator('#sl-add-refused').textContent(), { timeout: 20_000 })
      .toMatch(/^This page does not look like an article/u);
    expect(await popup.locator('form.sl-add').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('the context menu has "Add this page to Sourcelight"; its window (popup.html?add=1) opens straight in the preview', async () => {
    // A menu click cannot be simulated; updating the item succeeds only if it was created.
    // Polled: the background creates its items on install, which may still be running.
    const menuError = () =>
      ext.worker.evaluate(
        (id) =>
          new Promise<string | null>((done) => {
            const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
            api.contextMenus.update(id, {}, () => done(api.runtime.lastError?.message ?? null));
          }),
        ADD_PAGE_MENU_ID,
      );
    await expect.poll(menuError, { timeout: 10_000 }).toBeNull();
    const page = await ext.context.newPage();
    await page.goto(server.url(ARTICLE));
    const popup = await openPopupFor(ext, await findTabId(ext, server.url(ARTICLE)), {
      query: '&add=1',
    });
    await expect
      .poll(() => popup.locator('#sl-add-title').inputValue(), { timeout: 20_000 })
      .toMatch(/^Libya’s top prosecutor/u);
    expect(await popup.locator('#sl-query').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('on an extension page the button is off and says why', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('#sl-add-blocked').textContent(), { timeout: 10_000 })
      .toMatch(/no page to add/iu);
    expect(await popup.locator('#sl-add-page').isDisabled()).toBe(true);
    await popup.close();
  });
});
