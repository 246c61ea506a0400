/**
 * The real popup, reader and options pages in Debian's Chromium. The popup is
 * opened as a tab (`popup.html?tab=<id>`: a tab cannot be the toolbar popup,
 * and then the popup itself is the active tab, so the target is explicit).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  launchExtension,
  storeSettings,
  saveScreenshot,
  type ExtensionBrowser,
} from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const NEWS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Regional news</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:680px;margin:40px auto;color:#222}</style></head>
<body><article id="story">
<h1>Tokayev addresses the nation</h1>
<p id="p1">In a televised address, Tokayev said order had been restored in Astana.</p>
<p id="p2">Critics asked what Tokayev had promised the allies.</p>
<div style="height:2400px"></div>
<p id="far">The CSTO contingent began to withdraw; the CSTO said its task was done.</p>
</article></body></html>`;

const HIGHLIGHTS = ['sourcelight-term', 'sourcelight-term-bg'];

/** Number of highlighted ranges on a page (either highlight style). */
async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(
    (names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
    HIGHLIGHTS,
  );
}

/** The tab id of the page at `url`, asked of each tab's content script (getPageInfo). */
async function findTabId(ext: ExtensionBrowser, url: string): Promise<number> {
  const probe = await ext.openExtensionPage('popup.html');
  try {
    const id = await probe.evaluate(async (target) => {
      const tabs: Array<{ id: number }> = await chrome.tabs.query({});
      for (const tab of tabs) {
        try {
          const reply = await chrome.tabs.sendMessage(
            tab.id,
            { channel: 'sourcelight', type: 'getPageInfo' },
            { frameId: 0 },
          );
          if (reply?.ok && reply.data.url === target) return tab.id;
        } catch {
          // Not a page with content scripts.
        }
      }
      return null;
    }, url);
    if (id === null) throw new Error(`no tab answers for ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 580 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

async function openNews(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect.poll(() => highlightCount(page), { timeout: 20_000 }).toBeGreaterThan(0);
  return page;
}

describe('popup, reader and site switch in Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let userDataDir: string;
  let newsUrl: string;
  /** Same page on another host name: a different site, the control for the switch. */
  let controlUrl: string;

  beforeAll(async () => {
    server = await serveFixtures({ '/news.html': NEWS_PAGE });
    newsUrl = server.url('/news.html');
    controlUrl = newsUrl.replace('127.0.0.1', 'localhost');
    userDataDir = await mkdtemp(join(tmpdir(), 'sourcelight-popup-e2e-'));
    ext = await launchExtension({ userDataDir });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('a near spelling shows the person and all their passages; a figure question shows the tolls first', async () => {
    const news = await openNews(ext, newsUrl);
    const popup = await openPopup(ext, await findTabId(ext, newsUrl));
    const errors = collectPageErrors(popup);
    await popup.locator('#sl-query').fill('Toqaev');
    const answer = popup.locator('.sl-answer');
    await expect
      .poll(() => answer.textContent(), { timeout: 15_000 })
      .toMatch(/Kassym-Jomart Tokayev\s*Person · (\d+) passages in \d+ sources/u);
    const passages = Number(/(\d+) passages/u.exec((await answer.textContent()) ?? '')![1]);
    expect(passages).toBeGreaterThanOrEqual(30);
    const options = popup.locator('#sl-results [role="option"]');
    expect(await options.count()).toBeGreaterThanOrEqual(25);

    await popup.locator('#sl-query').fill('death toll');
    await expect
      .poll(() => popup.locator('.sl-answer-figures').first().textContent(), { timeout: 15_000 })
      .toMatch(/killed · sources differ/u);
    const tolls = await popup.locator('.sl-answer-figures').first().locator('li').allTextContents();
    expect(tolls.length).toBeGreaterThanOrEqual(3);
    // Each toll with its source and date, never a bare number.
    for (const t of tolls) expect(t).toMatch(/^\S.* — .+, .+$/u);
    await saveScreenshot(popup, 'popup-death-toll');
    expect(errors).toEqual([]);
    await popup.close();
    await news.close();
  });

  it('typing a query shows ranked results with the query emphasised; keys move and Escape clears', async () => {
    const news = await openNews(ext, newsUrl);
    const popup = await openPopup(ext, await findTabId(ext, newsUrl));
    const errors = collectPageErrors(popup);
    // Focused on open: typing goes straight into the search box.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('sl-query');
    await popup.keyboard.type('Tokayev');
    const options = popup.locator('#sl-results [role="option"]');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);

    // Same order as the background's ranking.
    const shown = await options.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-passage-id')),
    );
    const ranked = await popup.evaluate(async () => {
      const r = await chrome.runtime.sendMessage({
        channel: 'sourcelight',
        type: 'search',
        query: 'Tokayev',
        limit: 30,
      });
      return r.data.hits.map((h: { passageId: string }) => h.passageId);
    });
    expect(shown).toEqual(ranked);
    const firstMarks = await options.first().locator('mark').allTextContents();
    expect(firstMarks.length).toBeGreaterThan(0);
    for (const m of firstMarks) expect(m.toLowerCase()).toMatch(/tok|toq/);
    await expect.poll(() => options.first().locator('.sl-meta').textContent()).toMatch(/·/);

    // Listbox pattern: the box keeps focus and points at the active option.
    const input = popup.locator('#sl-query');
    expect(await input.getAttribute('aria-activedescendant')).toBe('sl-hit-0');
    await popup.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('sl-hit-1');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe('sl-hit-0');
    await saveScreenshot(popup, 'popup-search');

    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-search-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    await expect.poll(() => options.count()).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
    await news.close();
  });

  it('a query with no hits says so and offers near names', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 580 });
    // Two edits away from Tokayev: beyond fuzzy search, within the near-name suggestions.
    await popup.locator('#sl-query').fill('Tqkaxev');
    const status = popup.locator('.sl-empty');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/No passages match/);
    await expect.poll(() => status.textContent()).toMatch(/Did you mean/);
    await saveScreenshot(popup, 'popup-no-results');
    // Choosing a near name searches for it.
    await status.locator('button').first().click();
    await expect
      .poll(() => popup.locator('#sl-results [role="option"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await popup.close();
  });

  it('Enter opens the reader at that passage, marked and in view, with the article meta', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.locator('#sl-query').fill('CSTO troops');
    const options = popup.locator('#sl-results [role="option"]');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await popup.keyboard.press('ArrowDown');
    const chosen = await options.nth(1).getAttribute('data-passage-id');
    const [reader] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.locator('#sl-query').press('Enter'),
    ]);
    await reader.waitForLoadState();
    expect(new URL(reader.url()).searchParams.get('passage')).toBe(chosen);
    const current = reader.locator('[aria-current="true"]');
    await expect.poll(() => current.getAttribute('id'), { timeout: 15_000 }).toBe(chosen);
    // Scrolled into view.
    await expect
      .poll(() =>
        current.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    const meta = await reader.locator('.sl-article-meta').innerText();
    expect(meta).toMatch(/Publisher/i);
    expect(meta).toMatch(/Date/i);
    expect(meta).toMatch(/Author/i);
    expect(await reader.locator('#sl-article-title').innerText()).not.toBe('');
    await saveScreenshot(reader, 'reader-article');
    await reader.close();
    await popup.close();
  });

  it('the reader lists all passages of a term, grouped by source, each linking into its article', async () => {
    const probe = await ext.openExtensionPage('popup.html');
    const termId = await probe.evaluate(async () => {
      const r = await chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'getDictionary' });
      return r.data.terms.find((t: { variants: string[] }) => t.variants.includes('CSTO')).id;
    });
    await probe.close();
    const reader = await ext.openExtensionPage(`reader.html?term=${termId}`);
    const links = reader.locator('.sl-term-passages a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await reader.locator('.sl-source-group').count()).toBeGreaterThan(0);
    await saveScreenshot(reader, 'reader-term');
    const href = await links.nth(1).getAttribute('href');
    await links.nth(1).click();
    await reader.waitForURL(/article=/);
    const passage = new URL(href!, reader.url()).searchParams.get('passage');
    await expect
      .poll(() => reader.locator('[aria-current="true"]').first().getAttribute('id'), {
        timeout: 15_000,
      })
      .toBe(passage);
    // With a term, the other passages are listed beside the article.
    await expect
      .poll(() => reader.locator('.sl-reader-aside .sl-term-passages li').count())
      .toBeGreaterThan(1);
    await reader.setViewportSize({ width: 1200, height: 800 });
    await saveScreenshot(reader, 'reader-article-with-term');
    await reader.close();
  });

  it('"On this page" matches the page, and choosing a name scrolls to it', async () => {
    // Every mention underlined, so the underlines can be counted against the list.
    await storeSettings(ext, { mentions: 'all' });
    const news = await openNews(ext, newsUrl);
    const tabId = await findTabId(ext, newsUrl);
    const total = await highlightCount(news);
    const popup = await openPopup(ext, tabId);
    const rows = popup.locator('.sl-page-terms li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const listed = await rows.evaluateAll((els) =>
      els.map((li) => ({
        termId: li.getAttribute('data-term-id'),
        count: Number(li.querySelector('.sl-count')?.textContent),
      })),
    );
    const dictionary = await popup.evaluate(async () => {
      const r = await chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'getDictionary' });
      return r.data.terms as Array<{ id: string; variants: string[] }>;
    });
    const idOf = (variant: string) => dictionary.find((t) => t.variants.includes(variant))?.id;
    const countOf = (variant: string) => listed.find((l) => l.termId === idOf(variant))?.count;
    expect(countOf('Tokayev')).toBe(3);
    expect(countOf('CSTO')).toBe(2);
    // "3 mentions" reads as one phrase: the count's wrapper is not the footer's flex row
    // with a gap (both once shared the class `sl-mentions`, and the later rule won), and the
    // footer's select label keeps its row.
    const layout = await popup.evaluate(() => {
      const style = (el: Element | null | undefined) => {
        const s = el ? getComputedStyle(el) : null;
        return s && { isFlex: s.display.includes('flex'), gap: s.columnGap };
      };
      return {
        count: style(document.querySelector('.sl-page-terms .sl-count')?.parentElement),
        select: style(document.getElementById('sl-mentions-select')?.closest('label')),
      };
    });
    expect(layout).toEqual({
      count: { isFlex: false, gap: 'normal' },
      select: { isFlex: true, gap: '8px' },
    });
    // Every highlighted occurrence is counted once, and nothing else.
    expect(listed.reduce((n, l) => n + l.count, 0)).toBe(total);
    await saveScreenshot(popup, 'popup-on-this-page');

    expect(await news.evaluate(() => scrollY)).toBe(0);
    await popup.locator(`li[data-term-id="${idOf('CSTO')}"] .sl-name`).click();
    // The page scrolls smoothly, which only progresses in a visible tab.
    await news.bringToFront();
    await expect
      .poll(() => news.evaluate(() => document.getElementById('far')!.getBoundingClientRect().top))
      .toBeLessThan(800);
    expect(await news.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await popup.close();
    await news.close();
    await storeSettings(ext, {});
  });

  it('switching a site off removes its highlights without reload; they stay off after a restart', async () => {
    const news = await openNews(ext, newsUrl);
    const control = await openNews(ext, controlUrl);
    const tabId = await findTabId(ext, newsUrl);
    const popup = await openPopup(ext, tabId);
    const siteSwitch = popup.locator('#sl-site-switch');
    await expect
      .poll(() => popup.locator('.sl-switch strong').first().textContent())
      .toBe('127.0.0.1');
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await saveScreenshot(popup, 'popup-site-off');

    await news.bringToFront();
    await expect.poll(() => highlightCount(news), { timeout: 15_000 }).toBe(0);
    // Same page, other site: untouched.
    expect(await highlightCount(control)).toBeGreaterThan(0);
    // No reload happened: the page's own marker survives.
    await news.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    expect(await news.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    // Restart the browser with the same profile.
    await ext.close();
    ext = await launchExtension({ userDataDir });
    const control2 = await openNews(ext, controlUrl);
    const news2 = await ext.context.newPage();
    await news2.goto(newsUrl);
    // The highlighting script answers only once it has read the settings and applied them:
    // wait for its answer on the switched-off page, then nothing may be highlighted there.
    const news2Id = await findTabId(ext, newsUrl);
    const probe = await ext.openExtensionPage('popup.html');
    await expect
      .poll(
        () =>
          probe.evaluate(
            (id) =>
              chrome.tabs
                .sendMessage(id, { channel: 'sourcelight', type: 'getPageTerms' }, { frameId: 0 })
                .then(
                  (r: { ok: boolean; data: { terms: unknown[] } }) =>
                    r?.ok ? r.data.terms.length : 'no',
                  () => 'no',
                ),
            news2Id,
          ),
        { timeout: 15_000 },
      )
      .toBe(0);
    await probe.close();
    await news2.bringToFront();
    await expect.poll(() => highlightCount(control2), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await highlightCount(news2)).toBe(0);

    // And back on, again without reload.
    const popup2 = await openPopup(ext, await findTabId(ext, newsUrl));
    await expect.poll(() => popup2.locator('#sl-site-switch').isChecked()).toBe(false);
    await popup2.locator('#sl-site-switch').check();
    await news2.bringToFront();
    await expect.poll(() => highlightCount(news2), { timeout: 20_000 }).toBeGreaterThan(0);
    await popup2.close();
  });

  it('the global pause turns every site off and back on', async () => {
    const news = await openNews(ext, newsUrl);
    const popup = await openPopup(ext, await findTabId(ext, newsUrl));
    await popup.locator('#sl-pause-switch').check();
    await news.bringToFront();
    await expect.poll(() => highlightCount(news), { timeout: 15_000 }).toBe(0);
    await popup.bringToFront();
    await expect.poll(() => popup.locator('#sl-site-switch').isDisabled()).toBe(true);
    await popup.locator('#sl-pause-switch').uncheck();
    await news.bringToFront();
    await expect.poll(() => highlightCount(news), { timeout: 20_000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('the popup says so on a page where Sourcelight does not run', async () => {
    const blank = await ext.context.newPage();
    await blank.goto('about:blank');
    // Tab ids only grow: the newest tab is the probe, the one before it is about:blank.
    const probe = await ext.openExtensionPage('popup.html');
    const ids = await probe.evaluate(async () =>
      (await chrome.tabs.query({})).map((t: { id: number }) => t.id),
    );
    await probe.close();
    const blankId = [...ids].sort((a, b) => b - a)[1]!;
    const popup = await openPopup(ext, blankId);
    await expect
      .poll(() => popup.locator('.sl-controls').innerText(), { timeout: 15_000 })
      .toMatch(/does not run on this page/);
    await popup.locator('#sl-tab-page').click();
    expect(await popup.locator('.sl-body').innerText()).toMatch(/out of Sourcelight's reach/);
    expect(await popup.locator('#sl-site-switch').count()).toBe(0);
    await saveScreenshot(popup, 'popup-unavailable');
    await popup.close();
    await blank.close();
  });

  it('the selection menu item and the popup shortcut exist, and the menu target (reader.html?q=) lists results', async () => {
    const page = await ext.openExtensionPage('popup.html');
    // update() rejects for an id that was never created: proof the item is there.
    const updated = await page.evaluate(() =>
      (
        chrome as unknown as {
          contextMenus: { update(id: string, props: object): Promise<void> };
        }
      ).contextMenus
        .update('sourcelight-lookup-selection', {})
        .then(
          () => 'ok',
          (e: Error) => e.message,
        ),
    );
    expect(updated).toBe('ok');
    // The menu's titles are messages, as Chrome reads messages.json: the `%s` Chrome fills with
    // the selection survives the i18n lookup (only `$…$` is a placeholder there).
    const titles = await page.evaluate(() => [
      chrome.i18n.getMessage('menu_lookup_selection'),
      chrome.i18n.getMessage('menu_add_page'),
    ]);
    expect(titles).toEqual(['Look up “%s” in Sourcelight', 'Add this page to Sourcelight']);
    // The popup's keyboard shortcut is registered.
    const commands = await page.evaluate(() =>
      (
        chrome as unknown as {
          commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>> };
        }
      ).commands.getAll(),
    );
    expect(commands).toContainEqual(
      expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' }),
    );
    await page.goto(
      `chrome-extension://${ext.extensionId}/reader.html?q=${encodeURIComponent('Nur-Sultan')}`,
    );
    const hits = page.locator('.sl-search-hits li');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('#sl-search-title').innerText()).toContain('Nur-Sultan');
    expect(await page.title()).toContain('Nur-Sultan');
    await saveScreenshot(page, 'reader-search');
    await page.close();
  });

  it('options: add and remove a site, with validation and a saved confirmation', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.locator('#sl-opt-site').fill('not a site!');
    await options.locator('button[type="submit"]').click();
    await expect
      .poll(() => options.locator('#sl-opt-site-error').textContent())
      .toMatch(/example\.com/);
    await options.locator('#sl-opt-site').fill('https://www.Example.org/page');
    await options.locator('button[type="submit"]').click();
    await expect.poll(() => options.locator('.sl-site-list').innerText()).toMatch(/example\.org/);
    await expect.poll(() => options.locator('.sl-status').textContent()).toMatch(/Saved/);
    await options.locator('#sl-opt-delay').fill('99999');
    await options.locator('#sl-opt-delay').press('Tab');
    await expect.poll(() => options.locator('#sl-opt-delay').inputValue()).toBe('2000');
    await options.locator('#sl-opt-style-background').check();
    await options.locator('#sl-opt-kind-place').uncheck();
    await options.locator('#sl-opt-theme').selectOption('dark');
    // Saves are asynchronous (and serialised): on a loaded machine the last ones land later.
    const stored = () =>
      options.evaluate(async () => (await chrome.storage.local.get('settings:v1'))['settings:v1']);
    await expect.poll(stored, { timeout: 10_000 }).toMatchObject({
      disabledSites: ['example.org'],
      hoverDelayMs: 2000,
      highlightStyle: 'background',
      theme: 'dark',
      kinds: { place: false, person: true },
    });
    await saveScreenshot(options, 'options-dark');
    await options.locator('button[aria-label="Remove example.org"]').click();
    await expect.poll(() => options.locator('.sl-site-list').count()).toBe(0);
    await options.locator('#sl-opt-theme').selectOption('system');
    await options.locator('#sl-opt-style-underline').check();
    await options.locator('#sl-opt-kind-place').check();
    await options.close();
  });
});
