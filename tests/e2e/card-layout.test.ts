/**
 * The hover card's first screen in a real 1280x800 window (issue 12): the
 * figures summary and at least two excerpts are visible without scrolling,
 * and source titles wrap instead of being cut.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  saveScreenshot,
  storeSettings,
  type ExtensionBrowser,
} from './support/chromium';
import { readCard, waitForHighlights, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

interface CardLayout {
  cardTop: number;
  cardHeight: number;
  /** The scrolling body's visible area, in viewport coordinates. */
  bodyTop: number;
  bodyBottom: number;
  bodyScrollTop: number;
  excerptBottoms: number[];
  summaryBottom: number | null;
  summaryLines: string[];
  /** Source titles whose text is cut (ellipsis or clipped). */
  cutTitles: string[];
}

function measureCard(page: Page): Promise<CardLayout> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-card')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('.sl-card')!;
    const body = root.querySelector<HTMLElement>('.sl-body')!;
    const c = card.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    const summary = root.querySelector<HTMLElement>('.sl-figure-summary');
    return {
      cardTop: c.top,
      cardHeight: c.height,
      bodyTop: b.top,
      bodyBottom: b.top + body.clientHeight,
      bodyScrollTop: body.scrollTop,
      excerptBottoms: [...root.querySelectorAll('.sl-excerpt')].map(
        (e) => e.getBoundingClientRect().bottom,
      ),
      summaryBottom: summary ? summary.getBoundingClientRect().bottom : null,
      summaryLines: [...root.querySelectorAll<HTMLElement>('.sl-figure-summary-item')].map(
        (l) => l.textContent ?? '',
      ),
      cutTitles: [...root.querySelectorAll<HTMLElement>('.sl-source-link')]
        .filter(
          (t) =>
            getComputedStyle(t).textOverflow === 'ellipsis' ||
            t.scrollWidth > t.clientWidth + 1 ||
            t.scrollHeight > t.clientHeight + 1,
        )
        .map((t) => t.textContent ?? ''),
    };
  });
}

describe('hover card layout in an 800 px window', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    ext = await launchExtension();
    // The page's highlights are only the signal that the page is ready: count every mention.
    await storeSettings(ext, { mentions: 'all' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openCard(id: string, word: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, 10);
    // The name near the top of the window, so the card opens below it at its full height.
    await page.addStyleTag({ content: 'main { padding-bottom: 800px; }' });
    await page.evaluate((paragraph) => {
      const el = document.getElementById(paragraph)!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 160);
    }, id);
    const target = await wordCenter(page, id, word);
    await page.mouse.move(target.x - 200, target.y + 200);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await expect
      .poll(async () => (await readCard(page))?.status, { timeout: 10_000 })
      .toBe('ready');
    return page;
  }

  for (const [id, word] of [
    ['p-split', 'Tokayev'],
    ['p-event', 'Tragic January'],
  ] as const) {
    it(`${word}: figures summary first, two excerpts visible without scrolling, titles whole`, async () => {
      const page = await openCard(id, word);
      const layout = await measureCard(page);
      console.info(`card layout (${word}, 1280x800):`, JSON.stringify(layout));
      expect(layout.bodyScrollTop).toBe(0);
      expect(layout.excerptBottoms.length).toBeGreaterThanOrEqual(2);
      await saveScreenshot(
        page,
        id === 'p-event' ? 'hover-card-layout' : 'hover-card-layout-tokayev',
      );
      expect(layout.excerptBottoms[0]!).toBeLessThanOrEqual(layout.bodyBottom);
      expect(layout.excerptBottoms[1]!).toBeLessThanOrEqual(layout.bodyBottom);
      expect(layout.summaryLines.length).toBeGreaterThan(0);
      expect(layout.summaryBottom).not.toBeNull();
      expect(layout.summaryBottom!).toBeLessThanOrEqual(layout.bodyBottom);
      const firstExcerptTop = await page.evaluate(
        () =>
          document
            .querySelector('sourcelight-card')!
            .shadowRoot!.querySelector('.sl-excerpt')!
            .getBoundingClientRect().top,
      );
      expect(layout.summaryBottom!).toBeLessThanOrEqual(firstExcerptTop);
      expect(layout.cutTitles).toEqual([]);
      await saveScreenshot(
        page,
        id === 'p-event' ? 'hover-card-layout' : 'hover-card-layout-tokayev',
      );
      await page.close();
    });
  }
});
