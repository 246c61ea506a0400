/**
 * "Add this page", the reading half, in Debian's Chromium with the built extension:
 * `page-capture.js` is imported into the content script's isolated world the way
 * lib/page-capture-loader.ts does it (a dynamic import of the web-accessible bundle),
 * then reads a news page written like a real one (OpenGraph, a broken and a good
 * JSON-LD block, a byline, "Updated" time, nav, sidebar, ads, footer) and a sign-in
 * page it must refuse. The page's DOM is recorded before and after, and a page-side
 * MutationObserver watches while it reads: nothing may change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageCaptureResult } from '../../lib/page-capture';
import { captureToSeedText } from '../../core/sources/capture-seed';
import { parseSeedFile } from '../../core/sources/parse-seed';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { attachProbe, type PageProbe } from './hostile/probe';

const TODAY = '2026-12-01';

/** Runs the capture in the content script's world, as the extension will; the page sees nothing. */
async function captureIn(probe: PageProbe): Promise<PageCaptureResult> {
  await expect.poll(() => probe.isolatedWorlds().length, { timeout: 10_000 }).toBeGreaterThan(0);
  await probe.evalIsolated(`
    delete globalThis.__captureResult;
    import(chrome.runtime.getURL('/page-capture.js')).then(
      () => { globalThis.__captureResult = globalThis.__sourcelightPageCapture.capturePage(document, '${TODAY}'); },
      (e) => { globalThis.__captureResult = { ok: false, reason: 'load', message: String(e) }; },
    );
    0;
  `);
  let result: PageCaptureResult | undefined;
  await expect
    .poll(
      async () =>
        (result = await probe.evalIsolated<PageCaptureResult>('globalThis.__captureResult')),
      {
        timeout: 15_000,
      },
    )
    .toBeDefined();
  return result!;
}

/** Starts recording every mutation of the page from the page's own world. */
async function watchMutations(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __mutations: number };
    w.__mutations = 0;
    new MutationObserver((records) => (w.__mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
}

describe('page capture (Readability, loaded on demand)', () => {
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

  async function open(path: string) {
    const page = await ext.context.newPage();
    const probe = await attachProbe(page);
    await page.goto(server.url(path));
    const html = () => page.evaluate(() => document.documentElement.outerHTML);
    return { page, probe, html };
  }

  it('reads a news page: metadata from OpenGraph and JSON-LD, the story without nav, sidebar, ads or footer', async () => {
    const { page, probe, html } = await open('/page-capture/news-article.html');
    // Not loaded until asked: the content script's world has no reader yet.
    expect(await probe.evalIsolated('typeof globalThis.__sourcelightPageCapture')).toBe(
      'undefined',
    );
    const before = await html();
    const mutations = await watchMutations(page);

    const result = await captureIn(probe);

    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const { capture } = result;
    expect(capture).toMatchObject({
      title: 'Flood defences hold as the Ishim rises: what comes next',
      publisher: 'The Steppe Courier',
      author: 'Aigerim Sadykova, Daniyar Bekov',
      date: '2024-04-12',
      url: `${server.origin}/2024/04/12/ishim-flood-defences?ref=home`,
    });
    expect(result.from).toMatchObject({
      publisher: 'og:site_name',
      author: 'JSON-LD author',
      date: 'JSON-LD datePublished',
    });

    const paragraphs = capture.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The Ishim crested just after midnight in Petropavl/);
    expect(paragraphs).toContain('Why this spring was different');
    // One <br> is a line break inside the quote's paragraph, not a new paragraph.
    expect(
      paragraphs.some(
        (p) =>
          p.includes('got something much larger," said') && p.includes('The drainage behind them'),
      ),
    ).toBe(true);
    expect(paragraphs.at(-1)).toMatch(/report by the end of May\.$/);
    for (const chrome of [
      'Politics',
      'Subscribe for 1 tenge',
      'Most read',
      'Tenge slips',
      'Holiday deals',
      'Sidebar sponsor',
      'All rights reserved',
      'Privacy policy',
    ]) {
      expect(capture.text).not.toContain(chrome);
    }
    expect(capture.text).not.toContain('<');

    // One code path with the build: the capture, saved as a seed, is compiled by the same parser
    // (which also drops the in-story ad Readability kept, as it does in seeds/).
    const [article] = parseSeedFile({
      name: 'captured.txt',
      bytes: new TextEncoder().encode(captureToSeedText(capture)),
    });
    expect(article).toMatchObject({
      title: capture.title,
      publisher: capture.publisher,
      author: capture.author,
      date: '2024-04-12',
      url: capture.url,
    });
    const compiled = article!.passages.map((p) => p.text).join(' ');
    expect(compiled).toContain('The Ishim crested just after midnight');
    expect(compiled).toContain('report by the end of May.');
    expect(compiled).not.toContain('Advertisement');

    expect(await html()).toBe(before);
    expect(await mutations()).toBe(0);
    expect(probe.errors).toEqual([]);
    await page.close();
  });

  it('a sign-in page is refused with a reason the popup can show, and left as it was', async () => {
    const { page, probe, html } = await open('/page-capture/app-shell.html');
    const before = await html();
    const mutations = await watchMutations(page);

    const result = await captureIn(probe);

    expect(result).toMatchObject({ ok: false, reason: 'not-an-article' });
    expect(result.ok === false && result.message).toMatch(/does not look like an article/);
    expect(await html()).toBe(before);
    expect(await mutations()).toBe(0);
    expect(probe.errors).toEqual([]);
    await page.close();
  });
});
