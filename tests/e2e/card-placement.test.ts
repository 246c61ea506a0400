/**
 * Where the hover card opens for a name in the middle of an 800 px window (issue 12): at its
 * full height (beside the name), not cut to the ~390 px left above or below the name, and
 * never over the name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, saveScreenshot, type ExtensionBrowser } from './support/chromium';
import { readCard, waitForHighlights, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

describe('hover card placement for a name mid-window', () => {
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

  it('Tokayev at mid-height of 1280x800: the card has its full height, two excerpts visible, the name uncovered', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, 3);
    // Room above and below the article, so the name can be scrolled to the middle of the window.
    await page.addStyleTag({ content: 'main { padding: 800px 0; }' });
    await page.evaluate(() => {
      const el = document.getElementById('p-split')!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 390);
    });
    const name = await wordCenter(page, 'p-split', 'Tokayev');
    expect(Math.abs(name.y - 400), `name at y = ${name.y}`).toBeLessThan(40);
    await page.mouse.move(name.x - 200, name.y + 200);
    await page.mouse.move(name.x, name.y, { steps: 4 });
    await expect
      .poll(async () => (await readCard(page))?.status, { timeout: 10_000 })
      .toBe('ready');
    const layout = await page.evaluate(() => {
      const root = document.querySelector('sourcelight-card')!.shadowRoot!;
      const card = root.querySelector<HTMLElement>('.sl-card')!;
      const body = root.querySelector<HTMLElement>('.sl-body')!;
      const c = card.getBoundingClientRect();
      return {
        rect: { top: c.top, left: c.left, bottom: c.bottom, right: c.right },
        /** The card's own CSS limit (min(560px, 100vh - 16px)), without our placement's. */
        cssMaxHeight: (() => {
          const saved = card.style.maxHeight;
          card.style.maxHeight = '';
          const value = parseFloat(getComputedStyle(card).maxHeight);
          card.style.maxHeight = saved;
          return value;
        })(),
        contentHeight: card.scrollHeight,
        bodyBottom: body.getBoundingClientRect().top + body.clientHeight,
        excerptBottoms: [...root.querySelectorAll('.sl-excerpt')].map(
          (e) => e.getBoundingClientRect().bottom,
        ),
      };
    });
    console.info('card placement (Tokayev mid-window, 1280x800):', JSON.stringify(layout));
    await saveScreenshot(page, 'hover-card-mid-window');
    const height = layout.rect.bottom - layout.rect.top;
    // As tall as the card wants to be, up to its own CSS limit.
    expect(height).toBeGreaterThanOrEqual(Math.min(layout.cssMaxHeight, layout.contentHeight) - 1);
    expect(layout.excerptBottoms.length).toBeGreaterThanOrEqual(2);
    expect(layout.excerptBottoms[1]!).toBeLessThanOrEqual(layout.bodyBottom);
    // Never over the name.
    const covers =
      layout.rect.left <= name.x &&
      name.x <= layout.rect.right &&
      layout.rect.top <= name.y &&
      name.y <= layout.rect.bottom;
    expect(covers).toBe(false);
    expect(layout.rect.top).toBeGreaterThanOrEqual(0);
    expect(layout.rect.bottom).toBeLessThanOrEqual(800);
    await page.close();
  });
});
