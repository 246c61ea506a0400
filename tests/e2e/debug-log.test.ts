/**
 * The debug log (core/debug-log.ts) in the real service worker, in Debian's Chromium: failures
 * the background lets pass on purpose are recorded there, with the browser's own message, and
 * read from the worker's global `sourcelightDebugLog` (what a developer types in its console).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';

type Entry = { at: number; where: string; message: string };

describe('the background records what it lets pass, in Chromium', () => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('a tab with no content script, told that the sources changed, is recorded', async () => {
    // Extension pages run no content script: telling their tabs fails ("Receiving end does not exist").
    const page = await ext.openExtensionPage('sources.html');
    const answer: unknown = await page.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'sourcesChanged', files: [] }),
    );
    expect(answer).toEqual({ ok: true, data: { userSources: 0 } });
    const told = () =>
      ext.worker.evaluate(() =>
        (
          globalThis as unknown as { sourcelightDebugLog: { entries(): Entry[] } }
        ).sourcelightDebugLog
          .entries()
          .filter((e) => e.where === 'background: tell a tab the sources changed'),
      );
    await expect.poll(async () => (await told()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await told())[0]!.message).toMatch(/Receiving end does not exist/u);
  });
});
