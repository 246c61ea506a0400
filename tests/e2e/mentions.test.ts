/**
 * "First mention only" (#12) in Chromium: which mentions are underlined in each
 * mode, that a mention left without an underline still opens the card, that a
 * change of mode reaches an open tab without a reload, and that content added
 * above the first mention takes the underline.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { attachProbe } from './hostile/probe';
import { PAGES } from './hostile/pages';
import {
  collectPageErrors,
  launchExtension,
  storeSettings,
  type ExtensionBrowser,
} from './support/chromium';
import { highlightedTexts, readCard, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Long read</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:680px;margin:40px auto}</style></head>
<body><article id="story">
<h1 id="title">A year of change</h1>
<p id="a1">In January, Tokayev asked the CSTO for help.</p>
<p id="a2">Days later Tokayev said the CSTO mission was over.</p>
<h2 id="h-b">Reforms</h2>
<p id="b1">By March Tokayev promised a new constitution.</p>
<p id="b2">Critics said Tokayev had promised much before.</p>
</article></body></html>`;

/** Each underlined range as "element id:text", in document order. */
async function underlined(page: Page): Promise<string[]> {
  return (await highlightedTexts(page)).map((f) => `${f.id}:${f.text}`).sort();
}

describe('first mention only, in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  const setMentions = (mentions: Settings['mentions']) => storeSettings(ext, { mentions });

  beforeAll(async () => {
    server = await serveFixtures({ '/long.html': PAGE, '/many-blocks.html': PAGES.manyBlocks });
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('underlines each name once per section by default; a repeat still opens the card', async () => {
    expect(DEFAULT_SETTINGS.mentions).toBe('first-in-section');
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/long.html'));
    await expect
      .poll(() => underlined(page), { timeout: 15_000 })
      .toEqual(['a1:CSTO', 'a1:Tokayev', 'b1:Tokayev'].sort());

    // The second Tokayev of the first section has no underline, but hovering it opens the card.
    const repeat = await wordCenter(page, 'a2', 'Tokayev');
    await page.mouse.move(repeat.x - 150, repeat.y + 150);
    await page.mouse.move(repeat.x, repeat.y, { steps: 4 });
    await expect
      .poll(async () => (await readCard(page))?.status, { timeout: 10_000 })
      .toBe('ready');
    expect((await readCard(page))!.label).toBe('Kassym-Jomart Tokayev in Sourcelight sources');
    expect(errors).toEqual([]);
  });

  it('follows a change of mode in an open tab, without a reload', async () => {
    await setMentions('first-in-section');
    const page = await ext.context.newPage();
    await page.goto(server.url('/long.html'));
    await expect.poll(() => underlined(page), { timeout: 15_000 }).toHaveLength(3);

    await setMentions('all');
    await expect
      .poll(() => underlined(page), { timeout: 10_000 })
      .toEqual(
        ['a1:CSTO', 'a1:Tokayev', 'a2:CSTO', 'a2:Tokayev', 'b1:Tokayev', 'b2:Tokayev'].sort(),
      );

    await setMentions('first-on-page');
    await expect
      .poll(() => underlined(page), { timeout: 10_000 })
      .toEqual(['a1:CSTO', 'a1:Tokayev'].sort());
    await setMentions('first-in-section');
  });

  it('moves the underline to a mention the page adds above the first one', async () => {
    await setMentions('first-in-section');
    const page = await ext.context.newPage();
    await page.goto(server.url('/long.html'));
    await expect.poll(() => underlined(page), { timeout: 15_000 }).toHaveLength(3);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'a0';
      p.textContent = 'Tokayev had been president since 2019.';
      document.getElementById('a1')!.before(p);
    });
    await expect
      .poll(() => underlined(page), { timeout: 10_000 })
      .toEqual(['a0:Tokayev', 'a1:CSTO', 'b1:Tokayev'].sort());
    // And back when the page removes it.
    await page.evaluate(() => document.getElementById('a0')!.remove());
    await expect
      .poll(() => underlined(page), { timeout: 10_000 })
      .toEqual(['a1:CSTO', 'a1:Tokayev', 'b1:Tokayev'].sort());
  });

  it('costs about what every mention costs on 20,000 rows of one name, changed 50 at a time', async () => {
    interface Stats {
      done: boolean;
      totalMs: number;
      matches: number;
    }
    /** Highlighting work for the whole page and ten batches of changes, and what is painted. */
    const run = async (mentions: Settings['mentions']) => {
      await setMentions(mentions);
      const page = await ext.context.newPage();
      const errors = collectPageErrors(page);
      const probe = await attachProbe(page);
      const stats = () =>
        probe.evalIsolated<Stats>(
          'globalThis.__sourcelightStats && { ...globalThis.__sourcelightStats }',
        );
      await page.goto(server.url('/many-blocks.html'));
      await expect
        .poll(async () => (await stats())?.done === true && (await stats())?.matches, {
          timeout: 60_000,
          interval: 500,
        })
        .toBe(40_000);
      for (let k = 0; k < 10; k++) {
        await page.evaluate(
          (i) => (window as unknown as { __changeRows(i: number): void }).__changeRows(i),
          k,
        );
        await page.waitForTimeout(150);
        await expect.poll(async () => (await stats())?.done, { timeout: 10_000 }).toBe(true);
      }
      // The pass is done; the browser gets its ranges in batches, the last ones a moment later
      // (CI once read 39,900 of 40,000 after a fixed 300 ms). A range never handed over fails.
      const paintedCount = mentions === 'all' ? 40_000 : 4;
      await expect
        .poll(async () => (await underlined(page)).length, { timeout: 10_000, interval: 250 })
        .toBe(paintedCount);
      const painted = await underlined(page);
      const { totalMs, matches } = (await stats())!;
      expect([...errors, ...probe.errors]).toEqual([]);
      await probe.detach();
      await page.close();
      return { totalMs, matches, painted };
    };
    // Interleaved, twice each: the machine is shared, so compare within this run.
    const every = [await run('all')];
    const first = [await run('first-in-section')];
    every.push(await run('all'));
    first.push(await run('first-in-section'));
    await setMentions('first-in-section');
    const best = (xs: Array<{ totalMs: number }>) => Math.min(...xs.map((x) => x.totalMs));
    console.log(
      `20,000 rows, highlighting work: every mention ${every.map((x) => x.totalMs.toFixed(0)).join('/')} ms, ` +
        `first in section ${first.map((x) => x.totalMs.toFixed(0)).join('/')} ms`,
    );
    // Every mention is still found (and hoverable); one of each name is painted.
    expect(first[0]!.matches).toBe(40_000);
    expect(every[0]!.painted).toHaveLength(40_000);
    expect(first[0]!.painted.map((p) => p.replace(/^[^:]*:/u, '')).sort()).toEqual(
      ['Almaty', 'Astana', 'CSTO', 'Tokayev'].sort(),
    );
    expect(best(first) / best(every)).toBeLessThan(1.5);
  }, 300_000);
});
