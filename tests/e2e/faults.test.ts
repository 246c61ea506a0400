/**
 * Faults, in Debian's Chromium with the built extension: the service worker
 * stopped mid-session, settings storage holding garbage or an old schema, and
 * the index asset missing or truncated in a damaged copy of the build.
 */
import { cp, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  collectPageErrors,
  launchExtension,
  saveScreenshot,
  stopServiceWorkers,
  type ExtensionBrowser,
} from './support/chromium';
import { readCard, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

const CORPUS = 'sourcelight-corpus.json';
const SEARCH = 'sourcelight-search.json';
const FAVICON: [string, Record<string, string>] = ['', { 'content-type': 'image/x-icon' }];

async function highlightCount(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    underline: CSS.highlights.get('sourcelight-term')?.size ?? 0,
    background: CSS.highlights.get('sourcelight-term-bg')?.size ?? 0,
  }));
}

async function hoverUntilReady(page: Page, id: string, word: string): Promise<string> {
  const at = await wordCenter(page, id, word);
  await page.mouse.move(5, 5);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await expect.poll(async () => (await readCard(page))?.status, { timeout: 20_000 }).toBe('ready');
  const text = (await readCard(page))!.text;
  await page.keyboard.press('Escape');
  return text;
}

describe('the service worker stopped mid-session', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures({ '/favicon.ico': FAVICON });
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the next hover and the next popup search still answer, three stops in a row', async () => {
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/article.html'));
    await expect.poll(async () => (await highlightCount(page)).underline).toBeGreaterThan(5);
    expect(await hoverUntilReady(page, 'p-possessive', 'Tokayev')).toContain('Tokayev');
    const popup = await ext.openExtensionPage('popup.html');
    const popupErrors = collectPageErrors(popup);
    const survived: string[] = [];
    // A different name each time: the page session caches cards it has already shown.
    const rounds: Array<[string, string, string]> = [
      ['p-possessive', 'CSTO', 'Almaty'],
      ['p-split', 'Astana', 'Tokayev'],
      ['aside', 'Almaty', 'Astana'],
    ];
    for (const [id, word, query] of rounds) {
      await stopServiceWorkers(page);
      await page.bringToFront();
      expect(await hoverUntilReady(page, id, word)).toContain(word);
      await stopServiceWorkers(page);
      await popup.bringToFront();
      await popup.locator('#sl-query').fill(query);
      await expect
        .poll(() => popup.locator('#sl-results [role="option"]').count(), { timeout: 20_000 })
        .toBeGreaterThan(0);
      survived.push(`${word}/${query}`);
    }
    expect(survived).toHaveLength(3);
    expect([...errors, ...popupErrors]).toEqual([]);
  });
});

describe('settings storage holding garbage or an old schema', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let settingsPage: Page;
  beforeAll(async () => {
    server = await serveFixtures({ '/favicon.ico': FAVICON });
    ext = await launchExtension();
    settingsPage = await ext.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const store = (items: Record<string, unknown>) =>
    settingsPage.evaluate(async (x) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(x);
    }, items);

  const GARBAGE: Array<[string, unknown]> = [
    ['a string that is not JSON', 'not json {'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2, 3]],
    [
      'every field of the wrong type',
      {
        enabled: 'yes',
        disabledSites: 'all',
        hoverDelayMs: 'soon',
        highlightStyle: 'glow',
        kinds: null,
        theme: 7,
      },
    ],
    ['sites that are not sites', { disabledSites: [null, 5, '', '   ', 'http://', '*.'] }],
    ['JSON text of an object', JSON.stringify({ hoverDelayMs: -5, kinds: { person: 'no' } })],
    [
      'a huge site list',
      { disabledSites: Array.from({ length: 20_000 }, (_, i) => `s${i}.example`) },
    ],
  ];

  it.each(GARBAGE)(
    '%s: the page is still highlighted with defaults, no error',
    async (_, value) => {
      await store({ 'settings:v1': value });
      const page = await ext.context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(server.url('/article.html'));
      await expect
        .poll(async () => (await highlightCount(page)).underline, { timeout: 15_000 })
        .toBeGreaterThan(5);
      expect(await hoverUntilReady(page, 'p-possessive', 'Tokayev')).toContain('Tokayev');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('the old (v0) schema is migrated: what the user set is kept, the old key removed', async () => {
    await store({
      settings: {
        paused: false,
        disabledHosts: ['news.example.org'],
        hoverDelay: 150,
        underline: false,
        hiddenKinds: ['concept'],
        darkMode: true,
      },
    });
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/article.html'));
    // underline: false -> the background style, kept.
    await expect
      .poll(async () => (await highlightCount(page)).background, { timeout: 15_000 })
      .toBeGreaterThan(5);
    expect((await highlightCount(page)).underline).toBe(0);
    const stored = await settingsPage.evaluate(() => chrome.storage.local.get(null));
    expect(stored.settings).toBeUndefined();
    expect(stored['settings:v1']).toMatchObject({
      enabled: true,
      disabledSites: ['news.example.org'],
      hoverDelayMs: 150,
      highlightStyle: 'background',
      theme: 'dark',
      kinds: { concept: false, person: true },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paused and resumed 10 times: no trace left when off, no duplicate highlighter when on', async () => {
    await store({});
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/article.html'));
    await expect
      .poll(async () => (await highlightCount(page)).underline, { timeout: 15_000 })
      .toBeGreaterThan(5);
    // The page's own late paragraph arrives at 600 ms; count once it is highlighted too.
    await page.waitForFunction(() => document.getElementById('p-late') !== null);
    await page.waitForTimeout(500);
    const initial = (await highlightCount(page)).underline;
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await hoverUntilReady(page, 'p-possessive', 'Tokayev')).toContain('Tokayev');
    for (let i = 0; i < 10; i++) {
      await settingsPage.evaluate(() =>
        chrome.storage.local.set({ 'settings:v1': { enabled: false } }),
      );
      await expect
        .poll(() =>
          page.evaluate(() => ({
            registered: [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight')),
            hosts: document.querySelectorAll('sourcelight-card').length,
          })),
        )
        .toEqual({ registered: [], hosts: 0 });
      await settingsPage.evaluate(() =>
        chrome.storage.local.set({ 'settings:v1': { enabled: true } }),
      );
      await expect
        .poll(async () => (await highlightCount(page)).underline, { timeout: 15_000 })
        .toBe(initial);
    }
    // One card, not one per resumed session.
    expect(await hoverUntilReady(page, 'p-split', 'Astana')).toContain('Astana');
    expect(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length)).toBe(1);
    // The page is as it was, apart from the card's (closed) host.
    expect(
      await page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as Element;
        clone.querySelector('sourcelight-card')?.remove();
        return clone.outerHTML;
      }),
    ).toBe(html);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a garbage old-schema value: defaults, no error', async () => {
    await store({ settings: 'garbage' });
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/article.html'));
    await expect
      .poll(async () => (await highlightCount(page)).underline, { timeout: 15_000 })
      .toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the index asset missing or truncated', () => {
  let server: FixtureServer;
  const dirs: string[] = [];
  beforeAll(async () => {
    server = await serveFixtures({ '/favicon.ico': FAVICON });
  });
  afterAll(async () => {
    await server?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  /** A copy of the built extension with its corpus (or another asset) damaged by `damage`. */
  async function damagedBuild(
    damage: (assetPath: string) => Promise<void>,
    asset = CORPUS,
  ): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'sourcelight-damaged-'));
    dirs.push(dir);
    await cp(CHROME_BUILD, dir, { recursive: true });
    await damage(join(dir, asset));
    return dir;
  }

  it('the search index alone missing: pages and cards work, the search says what is wrong', async () => {
    const ext = await launchExtension({ extensionDir: await damagedBuild((p) => rm(p), SEARCH) });
    try {
      const page = await ext.context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(server.url('/article.html'));
      await expect
        .poll(async () => (await highlightCount(page)).underline, { timeout: 15_000 })
        .toBeGreaterThan(5);
      // The search first: it loads the library, so the card after it is the library's (before
      // it, a woken worker answers from the prebuilt cards and reads neither asset).
      const popup = await ext.openExtensionPage('popup.html');
      await popup.locator('#sl-query').fill('Tokayev');
      const shown = popup.locator('.sl-body .sl-error');
      await expect.poll(() => shown.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect((await shown.innerText()).trim()).toMatch(
        /^Search failed: .*search index is missing.*rebuild or reinstall/u,
      );
      await page.bringToFront();
      expect(await hoverUntilReady(page, 'p-possessive', 'Tokayev')).toContain('Tokayev');
      expect(errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });

  const cases: Array<[string, (path: string) => Promise<void>]> = [
    ['missing', (p) => rm(p)],
    [
      'truncated',
      async (p) => {
        const { size } = await stat(p);
        await truncate(p, Math.floor(size / 2));
      },
    ],
    ['empty', (p) => writeFile(p, '')],
    [
      'from another format version',
      async (p) => {
        const json = JSON.parse(await readFile(p, 'utf8'));
        await writeFile(p, JSON.stringify({ ...json, formatVersion: 999 }));
      },
    ],
  ];

  it.each(cases)('%s: pages are not broken, the popup says what is wrong', async (name, damage) => {
    const ext: ExtensionBrowser = await launchExtension({
      extensionDir: await damagedBuild(damage),
    });
    try {
      const page = await ext.context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(server.url('/article.html'));
      // The page's own late paragraph still arrives; nothing is highlighted; no error on the page.
      await page.waitForFunction(() => document.getElementById('p-late') !== null);
      await page.waitForTimeout(1500);
      expect(await highlightCount(page)).toEqual({ underline: 0, background: 0 });
      expect(errors).toEqual([]);

      const popup = await ext.openExtensionPage('popup.html');
      // On opening, before any search: what is wrong and what to do.
      const banner = popup.locator('#sl-index-error');
      await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
      const bannerText = (await banner.innerText()).trim();
      expect(bannerText).toMatch(/cannot read its index/u);
      expect(bannerText).toMatch(/Rebuild or reinstall/u);
      const status = await popup.evaluate(() =>
        chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'getStatus' }),
      );
      expect(status).toMatchObject({ ok: true, data: { ok: false } });
      const statusError = (status as { data: { error: string } }).data.error;
      await popup.locator('#sl-query').fill('Tokayev');
      const shown = popup.locator('.sl-body .sl-error');
      await expect.poll(() => shown.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const message = (await shown.innerText()).trim();
      await saveScreenshot(popup, `fault-index-${name.replace(/\W+/gu, '-')}`);
      console.log(
        `index ${name}: getStatus error "${statusError}"; popup shows "${bannerText}" and "${message}"`,
      );
      // The popup says search failed and why, in the background's words (see the README's Reliability section).
      expect(message).toMatch(/^Search failed: ./u);
      expect(message).toContain(statusError);
    } finally {
      await ext.close();
    }
  });
});
