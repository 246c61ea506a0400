/**
 * Settings in the pre-v1 format while storage.local is full (#16 item 12), in Debian's
 * Chromium with the built extension. The write is made to fail for real: the extension has
 * no `unlimitedStorage` permission, so storage.local holds at most QUOTA_BYTES (10 MB); the
 * test fills it with filler keys until even a one-character value is refused, so the
 * migration's write of `settings:v1` fails with Chromium's own quota error.
 * Pages must still be highlighted with the migrated settings, and the popup and the options
 * page must say what is wrong and what to do; a change that cannot be saved is said to be
 * unsaved and the control keeps showing the value in use.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  collectPageErrors,
  launchExtension,
  saveScreenshot,
  type ExtensionBrowser,
} from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const FAVICON: [string, Record<string, string>] = ['', { 'content-type': 'image/x-icon' }];

/** The pre-v1 settings (see migrateLegacySettings): background style, so the migration shows on the page. */
const LEGACY = {
  paused: false,
  disabledHosts: ['news.example.org'],
  hoverDelay: 150,
  underline: false,
  hiddenKinds: ['concept'],
  darkMode: true,
};

async function highlightCount(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    underline: CSS.highlights.get('sourcelight-term')?.size ?? 0,
    background: CSS.highlights.get('sourcelight-term-bg')?.size ?? 0,
  }));
}

describe('storage.local full (10 MB quota) with settings in the old format', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  /** An extension page used only to reach chrome.storage. */
  let storagePage: Page;
  let article: Page;
  let articleErrors: string[];

  const storedKeys = () =>
    storagePage.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return { legacy: all.settings as unknown, v1: all['settings:v1'] as unknown };
    });

  beforeAll(async () => {
    const manifest = JSON.parse(await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    // The quota applies only without this permission; the test relies on it.
    expect(manifest.permissions).not.toContain('unlimitedStorage');
    server = await serveFixtures({ '/favicon.ico': FAVICON });
    ext = await launchExtension();
    storagePage = await ext.openExtensionPage('options.html');
    const fill = await storagePage.evaluate(async (legacy) => {
      const local = chrome.storage.local;
      await local.clear();
      await local.set({ settings: legacy });
      // Halve the filler until even one character is refused: storage is then full to the byte.
      let size = local.QUOTA_BYTES;
      let keys = 0;
      while (size >= 1) {
        try {
          await local.set({ [`filler-${keys}`]: 'x'.repeat(size) });
          keys++;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      let refused = '';
      try {
        await local.set({ probe: 'x' });
      } catch (e) {
        refused = (e as Error).message;
      }
      return { quota: local.QUOTA_BYTES, used: await local.getBytesInUse(null), keys, refused };
    }, LEGACY);
    console.log(
      `storage.local filled: ${fill.used} of ${fill.quota} bytes in ${fill.keys} filler keys; a further write is refused with "${fill.refused}"`,
    );
    expect(fill.quota).toBe(10 * 1024 * 1024);
    expect(fill.refused).toMatch(/quota/iu);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the page is highlighted with the migrated settings; the old key is kept; no error on the page', async () => {
    article = await ext.context.newPage();
    articleErrors = collectPageErrors(article);
    await article.goto(server.url('/article.html'));
    // underline: false in the old settings -> the background style: the migrated settings are in use.
    await expect
      .poll(async () => (await highlightCount(article)).background, { timeout: 15_000 })
      .toBeGreaterThan(5);
    expect((await highlightCount(article)).underline).toBe(0);
    // The write failed, so nothing was lost: the old key is still there, the new one absent.
    expect(await storedKeys()).toEqual({ legacy: LEGACY, v1: undefined });
    expect(articleErrors).toEqual([]);
  });

  it('the popup says storage is full and what to do; a change there is said to be unsaved', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    const errors = collectPageErrors(popup);
    const banner = popup.locator('#sl-settings-error');
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(await banner.innerText()).toMatch(/storage is full/u);
    expect(await banner.innerText()).toMatch(/remove Sourcelight and add it again/u);
    const pause = popup.locator('#sl-pause-switch');
    expect(await pause.isChecked()).toBe(false);
    await pause.click();
    await expect.poll(() => banner.innerText()).toMatch(/^Not saved: pause everywhere\./u);
    // The switch shows the value in use again, not the one that could not be saved.
    expect(await pause.isChecked()).toBe(false);
    await saveScreenshot(popup, 'settings-quota-popup');
    expect(await storedKeys()).toEqual({ legacy: LEGACY, v1: undefined });
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('the options page shows the migrated settings and the problem, and refuses a change it cannot save', async () => {
    const options = await ext.openExtensionPage('options.html');
    const errors = collectPageErrors(options);
    const problem = options.locator('#sl-opt-problem');
    await expect.poll(() => problem.count(), { timeout: 15_000 }).toBe(1);
    const problemText = await problem.innerText();
    console.log(`options page says: "${problemText}"`);
    expect(problemText).toMatch(/storage is full/u);
    expect(problemText).toMatch(/remove Sourcelight and add it again/u);
    expect(await options.locator('body').innerText()).not.toContain('Loading settings');
    expect(await options.locator('#sl-opt-style-background').isChecked()).toBe(true);
    expect(await options.locator('#sl-opt-delay').inputValue()).toBe('150');

    await options.locator('#sl-opt-style-underline').click();
    const saveError = options.locator('#sl-opt-save-error');
    await expect.poll(() => saveError.count()).toBe(1);
    expect(await saveError.innerText()).toMatch(/^Not saved: style underline\./u);
    expect(await options.locator('#sl-opt-style-background').isChecked()).toBe(true);
    expect(await options.locator('#sl-opt-style-underline').isChecked()).toBe(false);
    await saveScreenshot(options, 'settings-quota-options');
    expect(await storedKeys()).toEqual({ legacy: LEGACY, v1: undefined });
    expect(errors).toEqual([]);
    await options.close();
  });

  it('once space is freed, a change is saved, the old key removed, and open pages follow', async () => {
    await storagePage.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('filler-')));
    });
    const options = await ext.openExtensionPage('options.html');
    const errors = collectPageErrors(options);
    await options.locator('#sl-opt-style-underline').click();
    await expect.poll(() => options.locator('.sl-status').innerText()).toMatch(/^Saved/u);
    expect(await options.locator('#sl-opt-problem').count()).toBe(0);
    const { legacy, v1 } = await storedKeys();
    expect(legacy).toBeUndefined();
    expect(v1).toMatchObject({
      highlightStyle: 'underline',
      hoverDelayMs: 150,
      disabledSites: ['news.example.org'],
      theme: 'dark',
      kinds: { concept: false, person: true },
    });
    await expect
      .poll(async () => (await highlightCount(article)).underline, { timeout: 15_000 })
      .toBeGreaterThan(5);
    expect(errors).toEqual([]);
    expect(articleErrors).toEqual([]);
  });
});
