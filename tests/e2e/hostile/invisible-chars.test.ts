/**
 * Names typeset with invisible format characters inside them, in Debian's
 * Chromium with the built extension: soft hyphens (`Toka&shy;yev`), zero-width
 * joiners and non-joiners, a word joiner, and a soft hyphen on either side of
 * an inline element's boundary. Each name is highlighted over all of its
 * written characters (never a piece of it, never starting or ending on an
 * invisible one), the card opens from the part after the soft hyphen, and the
 * page's DOM and text stay as they were.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  launchExtension,
  saveScreenshot,
  type ExtensionBrowser,
} from '../support/chromium';
import { readCard, wordCenter } from '../support/page-helpers';
import { serveFixtures, type FixtureServer } from '../support/server';
import { expectHighlighted, expectPageIntact, highlightsOf } from './page-checks';
import { fixturePage } from './pages';
import { attachProbe } from './probe';

const SHY = '\u00ad';
const ZWJ = '\u200d';
const ZWNJ = '\u200c';
const WJ = '\u2060';

/** Paragraph id, its markup (entities as a page would write them), and the name as written in it. */
const CASES: Array<[id: string, html: string, written: string]> = [
  ['shy', 'President Toka&shy;yev spoke on Tuesday.', `Toka${SHY}yev`],
  ['kz', 'Voters in Kazakh&shy;stan went to the polls.', `Kazakh${SHY}stan`],
  ['zwj', 'A statement from Toka&zwj;yev followed.', `Toka${ZWJ}yev`],
  ['zwnj', 'Another from Toka&zwnj;yev came later.', `Toka${ZWNJ}yev`],
  ['wj', 'Officials in Kazakh&#x2060;stan replied.', `Kazakh${WJ}stan`],
  // The soft hyphen inside the element, then just outside it.
  ['across', 'A speech by <b>Toka&shy;</b>yev was broadcast.', `Toka${SHY}yev`],
  ['across2', 'News from <i>Kazakh</i>&shy;stan reached us.', `Kazakh${SHY}stan`],
  ['full', 'Kassym-Jomart <a href="#">Toka&shy;yev</a> spoke.', `Kassym-Jomart Toka${SHY}yev`],
  // Too narrow for the whole word: the soft hyphen shows, at the end of the first line.
  ['narrow', 'Kazakh&shy;stan', `Kazakh${SHY}stan`],
];

// One name per page: the check does not depend on whether every mention or only the first is painted.
const pageOf = (id: string, html: string) =>
  fixturePage({
    title: 'Invisible characters inside names',
    body: `<h1 id="title">Typeset text</h1>\n<p id="${id}">${html}</p>`,
    style: '#narrow{width:min-content}',
  });

describe('names with invisible characters inside them', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures({
      '/favicon.ico': ['', { 'content-type': 'image/x-icon' }],
      ...Object.fromEntries(CASES.map(([id, html]) => [`/${id}.html`, pageOf(id, html)])),
    });
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it.each(CASES)(
    '#%s: the whole written name is highlighted, the page is unchanged',
    async (id, _, written) => {
      const page = await ext.context.newPage();
      const errors = collectPageErrors(page);
      const probe = await attachProbe(page);
      await page.goto(server.url(`/${id}.html`));

      await expectHighlighted(page, [`${id}:${written}`]);
      // Exactly this: no highlight of a piece (`Toka`, `stan`) beside or instead of the name.
      await expect
        .poll(async () => (await highlightsOf(page)).map((h) => `${h.id}:${h.text}`), {
          timeout: 5_000,
        })
        .toEqual([`${id}:${written}`]);
      // Where the soft hyphen breaks the line (and shows), the one highlight spans both lines.
      if (id === 'narrow') {
        expect(await lineCountOfHighlight(page, id)).toBe(2);
        await saveScreenshot(page, 'invisible-chars-narrow');
      }
      // The card opens from the part after the invisible character, for the whole name.
      if (id === 'across') await expectCardFor(page, id, 'yev', 'Tokayev');

      await expectPageIntact(page);
      expect([...errors, ...probe.errors]).toEqual([]);
      await probe.detach();
      await page.close();
    },
  );
});

/** How many lines the highlighted range in `#id` covers (by distinct tops of its client rects). */
async function lineCountOfHighlight(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const p = document.getElementById(id)!;
    const ranges = ['sourcelight-term', 'sourcelight-term-bg'].flatMap((name) => [
      ...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>),
    ]);
    for (const r of ranges) {
      if (!p.contains(r.startContainer)) continue;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return tops.size;
    }
    return 0;
  }, id);
}

/** Hovers `word` in `#id` and expects a ready card about `name`; closes it with Escape. */
async function expectCardFor(page: Page, id: string, word: string, name: string): Promise<void> {
  const at = await wordCenter(page, id, word);
  await page.mouse.move(at.x - 120, at.y + 90);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await expect.poll(async () => (await readCard(page))?.status, { timeout: 15_000 }).toBe('ready');
  expect((await readCard(page))!.text).toContain(name);
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
}
