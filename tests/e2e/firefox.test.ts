/**
 * Firefox is a first-class target: a smoke test in Debian's firefox-esr
 * (puppeteer-core over WebDriver BiDi, the build installed as a temporary
 * add-on) checks that names are highlighted, the hover card opens and the
 * popup page searches. `web-ext lint` runs on the Firefox zip, what ships
 * (zip.test.ts, which also checks the zip holds exactly this build's files).
 *
 * Two Firefox specifics:
 * - The extension's moz-extension:// UUID is random per profile; the
 *   `extensions.webextensions.uuids` pref pins it so the test knows the popup's URL.
 * - WebDriver BiDi refuses to navigate to moz-extension:// unless Firefox runs
 *   with `--remote-allow-system-access`, and then does not report the load
 *   (the page moves to the extension process): we start the navigation and
 *   wait for the document instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, FIREFOX_BUILD } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'sourcelight@sourcelight.invalid';
const ADDON_UUID = '3f1c2f0e-5b7a-4c1e-9a43-6d2f0c9b7e11';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Firefox smoke</title></head>
<body style="font:18px/1.6 serif;max-width:640px;margin:40px auto">
<p id="p1">In a televised address, President Tokayev said order had been restored in Astana.</p>
<p id="p2">The CSTO contingent began to withdraw a week later.</p>
</body></html>`;

describe('smoke test in firefox-esr', () => {
  let browser: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!existsSync(FIREFOX))
      throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
    server = await serveFixtures({ '/smoke.html': PAGE });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
    });
    expect(await browser.installExtension(FIREFOX_BUILD)).toBe(ADDON_ID);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const highlightCount = (page: Page) =>
    page.evaluate(() =>
      ['sourcelight-term', 'sourcelight-term-bg'].reduce(
        (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
        0,
      ),
    );

  it('highlights names on a page and opens the hover card', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/smoke.html'));
    await expect.poll(() => highlightCount(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    // The page's text is untouched.
    expect(await page.evaluate(() => document.getElementById('p1')!.innerHTML)).not.toMatch(/</);

    const point = await page.evaluate(() => {
      const text = document.getElementById('p1')!.firstChild as Text;
      const i = text.data.indexOf('Tokayev');
      const range = document.createRange();
      range.setStart(text, i + 2);
      range.setEnd(text, i + 5);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x - 40, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const card = document
              .querySelector('sourcelight-card')
              ?.shadowRoot?.querySelector<HTMLElement>('.sl-card');
            return card ? card.innerText : null;
          }),
        { timeout: 15_000 },
      )
      .toMatch(/Tokayev/);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-card.png') });
    await page.close();
  }, 60_000);

  it('the popup page searches', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 400, height: 580 });
    const url = `moz-extension://${ADDON_UUID}/popup.html`;
    // See the header: the navigation is not reported, so wait for the document itself.
    void page.goto(url, { timeout: 5_000 }).catch(() => undefined);
    await expect
      .poll(() => page.evaluate(() => location.href).catch(() => ''), { timeout: 20_000 })
      .toBe(url);
    await page.waitForSelector('#sl-query', { timeout: 15_000 });
    await page.focus('#sl-query');
    await page.keyboard.type('Tokayev');
    await expect
      .poll(() => page.$$eval('#sl-results [role="option"]', (els) => els.length), {
        timeout: 15_000,
      })
      .toBeGreaterThan(1);
    const firstMarks = await page.$$eval('#sl-hit-0 mark', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(firstMarks.some((m) => /tok/i.test(m))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-popup.png') });
    await page.close();
  }, 60_000);

  /** Opens an extension page (see the header for why navigation is started, not awaited). */
  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `moz-extension://${ADDON_UUID}/${path}`;
    void page.goto(url, { timeout: 5_000 }).catch(() => undefined);
    await expect
      .poll(() => page.evaluate(() => location.href).catch(() => ''), { timeout: 20_000 })
      .toBe(url);
    return page;
  }

  it('the site switch in the popup turns highlights off and on without reload', async () => {
    const news = await browser.newPage();
    const newsUrl = server.url('/smoke.html');
    await news.goto(newsUrl);
    await expect.poll(() => highlightCount(news), { timeout: 20_000 }).toBeGreaterThan(0);
    // The tab to act on, found through the content script's getPageInfo (no `tabs` permission).
    const probe = await openExtensionPage('popup.html');
    const tabId = await probe.evaluate(async (target) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (const tab of await api.tabs.query({})) {
        const reply = await api.tabs
          .sendMessage(tab.id, { channel: 'sourcelight', type: 'getPageInfo' }, { frameId: 0 })
          .catch(() => null);
        if (reply?.ok && reply.data.url === target) return tab.id;
      }
      return null;
    }, newsUrl);
    expect(tabId).not.toBeNull();
    await probe.close();
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('#sl-site-switch', { timeout: 15_000 });
    expect(await popup.$eval('.sl-switch strong', (e) => e.textContent)).toBe('127.0.0.1');
    await popup.click('#sl-site-switch');
    await expect.poll(() => highlightCount(news), { timeout: 15_000 }).toBe(0);
    await popup.click('#sl-site-switch');
    await expect.poll(() => highlightCount(news), { timeout: 20_000 }).toBeGreaterThan(0);
    await popup.close();
    await news.close();
  }, 90_000);

  it('the reader shows an article at a passage', async () => {
    const probe = await openExtensionPage('popup.html');
    const hit = await probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const r = await api.runtime.sendMessage({
        channel: 'sourcelight',
        type: 'search',
        query: 'CSTO',
      });
      return r.data.hits[1] as { passageId: string; article: { id: string; title: string } };
    });
    await probe.close();
    const reader = await openExtensionPage(
      `reader.html?article=${encodeURIComponent(hit.article.id)}&passage=${encodeURIComponent(hit.passageId)}`,
    );
    await expect
      .poll(
        () => reader.evaluate(() => document.querySelector('[aria-current="true"]')?.id ?? null),
        { timeout: 15_000 },
      )
      .toBe(hit.passageId);
    expect(await reader.$eval('#sl-article-title', (e) => e.textContent)).toBe(hit.article.title);
    await reader.close();
  }, 60_000);
  /** The tab showing `url`, found through its content script's getPageInfo (no `tabs` permission). */
  async function tabIdOf(url: string): Promise<number> {
    const probe = await openExtensionPage('popup.html');
    try {
      let id: number | null = null;
      await expect
        .poll(
          async () =>
            (id = await probe.evaluate(async (target) => {
              const api = (globalThis as unknown as { browser: typeof chrome }).browser;
              for (const tab of await api.tabs.query({})) {
                const reply = await api.tabs
                  .sendMessage(
                    tab.id,
                    { channel: 'sourcelight', type: 'getPageInfo' },
                    { frameId: 0 },
                  )
                  .catch(() => null);
                if (reply?.ok && reply.data.url === target) return tab.id as number;
              }
              return null;
            }, url)),
          { timeout: 15_000 },
        )
        .not.toBeNull();
      return id!;
    } finally {
      await probe.close();
    }
  }

  /** Replaces an input's value by typing, as a reader would. */
  async function retype(page: Page, selector: string, value: string): Promise<void> {
    await page.$eval(selector, (el) => (el as HTMLInputElement).select());
    await page.keyboard.press('Backspace');
    await page.keyboard.type(value);
  }

  it('adds a page from the popup (publisher and date corrected), finds it in search and highlights its names', async () => {
    // The article of tests/e2e/add-page.test.ts: real published text whose names no bundled source has.
    const article = await browser.newPage();
    const articleUrl = server.url('/add-page/derna-prosecutor.html');
    await article.goto(articleUrl);
    const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(articleUrl)}`);
    await popup.waitForSelector('#sl-add-page:not([disabled])', { timeout: 15_000 });
    await popup.click('#sl-add-page');
    await popup.waitForSelector('#sl-add-title', { timeout: 20_000 });
    expect(await popup.$eval('#sl-add-title', (e) => (e as HTMLInputElement).value)).toBe(
      'Libya’s top prosecutor orders eight officials arrested after flood disaster',
    );
    await retype(popup, '#sl-add-publisher', 'Al Jazeera');
    await retype(popup, '#sl-add-date', '2023-09-25');
    await popup.click('#sl-add-save');
    await expect
      .poll(() => popup.$eval('#sl-add-done', (e) => e.textContent).catch(() => null), {
        timeout: 30_000,
      })
      .toMatch(/^Added: \d+ names?, \d+ passages?$/u);
    await popup.screenshot({ path: join(ARTIFACTS, 'firefox-add-page.png') });

    await popup.click('.sl-add-actions button:not(.sl-link-button)');
    await popup.waitForSelector('#sl-query', { timeout: 5_000 });
    await popup.focus('#sl-query');
    await popup.keyboard.type('mayor sacked');
    await expect
      .poll(() => popup.$eval('#sl-hit-0', (e) => e.textContent).catch(() => ''), {
        timeout: 15_000,
      })
      .toMatch(/Derna Mayor Abdulmenam al-Ghaithi, who was sacked[\s\S]*Al Jazeera · 25 Sep 2023/u);

    // And a page naming the mayor highlights him.
    const elsewhere = await browser.newPage();
    await elsewhere.goto(server.url('/add-page/elsewhere.html'));
    await expect
      .poll(
        () =>
          elsewhere.evaluate(() =>
            [...((CSS.highlights.get('sourcelight-term') ?? []) as Iterable<AbstractRange>)].map(
              (r) => {
                const range = document.createRange();
                range.setStart(r.startContainer, r.startOffset);
                range.setEnd(r.endContainer, r.endOffset);
                return range.toString();
              },
            ),
          ),
        { timeout: 20_000 },
      )
      .toContain('Abdulmenam al-Ghaithi');
    await elsewhere.close();
    await popup.close();
    await article.close();
  }, 90_000);
});
