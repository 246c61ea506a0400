/**
 * The hover card's view in real Chromium, outside the extension: the
 * component bundled with esbuild, rendered into a shadow root with card.css
 * on a page with hostile CSS, fed a TermCard built from the compiled seeds.
 * Saves screenshots to test-results/ for looking at.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TermCard } from '../../core/messages';
import { loadCorpus, type LoadedCorpus } from '../../core/search/service';
import { buildTermCard } from '../../core/search/term-card';
import { compileSeedDir } from '../../tools/compile-seeds';
import { sampleCard } from '../../components/fixtures/sample-card';
import { ROOT, chromiumPath } from './support/chromium';

/** A page that does what real sites do to injected UI: tiny rem, global resets, loud inherited styles. */
const HOSTILE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
  html { font-size: 10px; }
  body { margin: 0; padding: 32px 48px; font: 30px/3 "Comic Sans MS", cursive; color: #c00;
         letter-spacing: 2px; text-transform: uppercase; text-align: right; direction: ltr; background: #f4f1ea; }
  * { box-sizing: content-box; }
  button { background: hotpink; border: 4px solid lime; padding: 20px; font-size: 2rem; }
  mark { background: black; color: white; }
  p, li { margin: 3em 0; }
  article { max-width: 760px; font-size: 1.8rem; line-height: 1.6; color: #222; text-transform: none; text-align: left; letter-spacing: 0; }
</style></head><body><article><h1>Kazakhstan, two years on</h1>
<p>Two years after the unrest of January 2022, President Kassym-Jomart Tokayev described the events as an attempted coup.</p>
<p>The Collective Security Treaty Organization sent troops at his request; they left within days.</p></article></body></html>`;

async function bundlePreview(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'tests/e2e/support/card-preview-entry.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** The term whose card has the most to show: disagreements, then figures, then passages. */
function richestCard(loaded: LoadedCorpus): TermCard {
  const cards = loaded.corpus.terms
    .map((t) => buildTermCard(loaded, t.id))
    .filter((c): c is TermCard => c !== null);
  const score = (c: TermCard) => [
    c.figureGroups.filter((g) => g.isDisagreement).length,
    c.figureGroups.length,
    Math.min(c.sourceCount, 3),
    c.passageCount,
  ];
  cards.sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return 0;
  });
  const best = cards[0];
  if (!best) throw new Error('the compiled seeds have no terms');
  return best;
}

interface Layout {
  width: number;
  height: number;
  excerpts: number;
  overflowing: string[];
  nameFontSize: string;
  nameFontFamily: string;
  background: string;
  textTransform: string;
  closeBackground: string;
}

/** Measures one rendered card: size, excerpt count, and every element wider than its box. */
function measure(page: Page, id: string): Promise<Layout> {
  return page.evaluate((hostId) => {
    const root = document.getElementById(hostId)!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('.sl-card')!;
    const rect = card.getBoundingClientRect();
    const overflowing: string[] = [];
    for (const el of [card, ...card.querySelectorAll<HTMLElement>('*')]) {
      if (el instanceof SVGElement || el.closest('.sl-visually-hidden')) continue;
      const style = getComputedStyle(el);
      // Ellipsized single lines overflow on purpose; they are clipped, not spilling.
      if (style.textOverflow === 'ellipsis' || style.display === 'none') continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
        overflowing.push(`${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > rect.right + 0.5)
        overflowing.push(`${el.className || el.tagName} sticks out by ${r.right - rect.right}px`);
    }
    const name = root.querySelector<HTMLElement>('.sl-name');
    const close = root.querySelector<HTMLElement>('.sl-close')!;
    return {
      width: rect.width,
      height: rect.height,
      excerpts: root.querySelectorAll('.sl-excerpt').length,
      overflowing,
      nameFontSize: name ? getComputedStyle(name).fontSize : '',
      nameFontFamily: name ? getComputedStyle(name).fontFamily : '',
      background: getComputedStyle(card).backgroundColor,
      textTransform: getComputedStyle(card).textTransform,
      closeBackground: getComputedStyle(close).backgroundColor,
    };
  }, id);
}

async function screenshotCards(
  page: Page,
  ids: string[],
  name: string,
  maxHeight = Infinity,
): Promise<string> {
  const boxes = await page.evaluate(
    (hostIds) =>
      hostIds.map((id) => {
        const r = document
          .getElementById(id)!
          .shadowRoot!.querySelector('.sl-card')!
          .getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      }),
    ids,
  );
  const pad = 24;
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const clip = {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.right)) + pad - x,
    height: Math.min(maxHeight, Math.max(...boxes.map((b) => b.bottom)) + pad - y),
  };
  const path = join(ROOT, 'test-results', `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, clip, fullPage: true });
  return path;
}

describe('hover card view in Chromium', () => {
  let browser: Browser;
  let script: string;
  let css: string;
  let realCard: TermCard;
  let busiestCard: TermCard;
  /** A seed card with an excerpt that other sources repeat nearly word for word (wire reposts). */
  let repostCard: TermCard | undefined;

  beforeAll(async () => {
    const compiled = await compileSeedDir({
      seedsDir: join(ROOT, 'seeds'),
      curatedPath: join(ROOT, 'data/terms.json'),
    });
    const loaded = loadCorpus(compiled.corpus);
    realCard = richestCard(loaded);
    const busiest = [...loaded.corpus.terms].sort(
      (a, b) => b.passageIds.length - a.passageIds.length,
    )[0]!;
    busiestCard = buildTermCard(loaded, busiest.id)!;
    repostCard =
      loaded.corpus.terms
        .map((t) => buildTermCard(loaded, t.id))
        .find((c) => c?.excerpts.some((e) => (e.alsoIn?.length ?? 0) > 0)) ?? undefined;
    [script, css] = await Promise.all([
      bundlePreview(),
      // card.css @imports palette.css: bundled, as the extension's build does.
      build({ entryPoints: [join(ROOT, 'components/card.css')], bundle: true, write: false }).then(
        (out) => out.outputFiles[0]!.text,
      ),
    ]);
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 1000 },
      deviceScaleFactor: 2,
      colorScheme,
    });
    await page.setContent(HOSTILE_PAGE);
    await page.addScriptTag({ content: script });
    return page;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`renders a card from the compiled seeds (${scheme}), isolated from the page's CSS`, async () => {
      const page = await openPage(scheme);
      await page.evaluate((o) => window.renderCardPreview(o), {
        state: { status: 'ready', card: realCard } as const,
        css,
        left: 420,
        top: 120,
        id: 'real',
      });
      const path = await screenshotCards(page, ['real'], `card-${scheme}`);
      expect(path).toMatch(/card-(light|dark)\.png$/);
      const layout = await measure(page, 'real');
      expect(layout.width).toBeLessThanOrEqual(400);
      expect(layout.excerpts).toBe(Math.min(3, realCard.passageCount));
      expect(layout.excerpts).toBe(realCard.excerpts.length);
      expect(layout.overflowing).toEqual([]);
      // px sizes and all: initial: the page's 10px rem, 30px Comic Sans and uppercase do not reach in.
      expect(layout.nameFontSize).toBe('17px');
      expect(layout.nameFontFamily).not.toMatch(/comic/i);
      expect(layout.textTransform).toBe('none');
      expect(layout.closeBackground).not.toBe('rgb(255, 105, 180)');
      expect(layout.background).toBe(scheme === 'dark' ? 'rgb(29, 32, 37)' : 'rgb(255, 255, 255)');
      // Every excerpt's text is exactly the passage excerpt, with the name inside <mark>.
      const texts = await page.evaluate(() =>
        [...document.getElementById('real')!.shadowRoot!.querySelectorAll('.sl-quote')].map(
          (q) => ({
            text: q.textContent,
            marks: [...q.querySelectorAll('mark')].map((m) => m.textContent),
          }),
        ),
      );
      expect(texts.map((t) => t.text)).toEqual(realCard.excerpts.map((e) => e.text));
      expect(texts.every((t) => t.marks.length > 0)).toBe(true);
      await page.close();
    });
  }

  it('collapses near-identical excerpts from the seeds into one, saying where else they appear (#12)', async () => {
    // The seeds repost wire texts: some card must show one of them once, with its other sources.
    expect(repostCard, 'a seed card whose excerpt other sources repeat').toBeDefined();
    const card = repostCard!;
    const page = await openPage('light');
    await page.evaluate((o) => window.renderCardPreview(o), {
      state: { status: 'ready', card } as const,
      css,
      left: 40,
      top: 40,
      id: 'reposts',
      passagesOpen: true,
    });
    const shown = await page.evaluate(() => {
      const root = document.getElementById('reposts')!.shadowRoot!;
      return {
        quotes: [...root.querySelectorAll('.sl-quote')].map((q) => q.textContent ?? ''),
        alsoIn: [...root.querySelectorAll('.sl-also-in-summary')].map((s) => s.textContent ?? ''),
      };
    });
    expect(shown.alsoIn.length).toBeGreaterThan(0);
    expect(shown.alsoIn.every((text) => /^also in \d+ sources?$/u.test(text))).toBe(true);
    // No two excerpts on the card say nearly the same words.
    const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
    const overlap = (a: Set<string>, b: Set<string>) =>
      [...a].filter((w) => b.has(w)).length / Math.min(a.size, b.size);
    const sets = shown.quotes.map(words).filter((w) => w.size >= 8);
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++)
        expect(overlap(sets[i]!, sets[j]!), `${shown.quotes[i]} / ${shown.quotes[j]}`).toBeLessThan(
          0.9,
        );
    await page.close();
  });

  it('lets data-theme override the system scheme', async () => {
    const page = await openPage('dark');
    await page.evaluate((o) => window.renderCardPreview(o), {
      state: { status: 'loading', name: 'Tokayev' } as const,
      css,
      theme: 'light' as const,
      left: 40,
      top: 40,
      id: 'forced-light',
    });
    expect((await measure(page, 'forced-light')).background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('renders the most-mentioned name in full: timeline, related names, every passage by source', async () => {
    const page = await openPage('light');
    await page.evaluate((o) => window.renderCardPreview(o), {
      state: { status: 'ready', card: busiestCard } as const,
      css,
      left: 40,
      top: 40,
      id: 'busiest',
      passagesOpen: true,
    });
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.sl-card { max-height: none; }');
      const root = document.getElementById('busiest')!.shadowRoot!;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    // The top of it: the full card is over 10,000px tall with every passage open.
    await screenshotCards(page, ['busiest'], 'card-busiest-full', 1800);
    const layout = await measure(page, 'busiest');
    expect(layout.overflowing).toEqual([]);
    const counts = await page.evaluate(() => {
      const root = document.getElementById('busiest')!.shadowRoot!;
      return {
        passages: root.querySelectorAll('.sl-passage').length,
        groups: root.querySelectorAll('.sl-source-group').length,
        related: root.querySelectorAll('.sl-related button').length,
      };
    });
    expect(counts).toEqual({
      passages: busiestCard.allExcerpts.length,
      groups: busiestCard.sourceCount,
      related: Math.min(5, busiestCard.related.length),
    });
    await page.close();
  });

  it('is keyboard reachable with a visible focus ring, and keeps marks and borders in forced colours', async () => {
    const page = await openPage('light');
    await page.evaluate((o) => window.renderCardPreview(o), {
      state: { status: 'ready', card: realCard } as const,
      css,
      left: 420,
      top: 120,
      id: 'kbd',
    });
    const focused = async () =>
      page.evaluate(() => {
        const el = document.getElementById('kbd')!.shadowRoot!.activeElement as HTMLElement | null;
        if (!el) return null;
        const s = getComputedStyle(el);
        return {
          tag: el.tagName,
          label: el.getAttribute('aria-label') ?? el.textContent,
          outline: `${s.outlineStyle} ${s.outlineWidth}`,
        };
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ tag: 'BUTTON', label: 'Close', outline: 'solid 2px' });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'BUTTON', outline: 'solid 2px' });
    await screenshotCards(page, ['kbd'], 'card-focus');
    // "N more figures below" only scrolls the card; the next stop calls the card's api.
    const isScrollLink = await page.evaluate(() =>
      document
        .getElementById('kbd')!
        .shadowRoot!.activeElement?.classList.contains('sl-figure-summary-link'),
    );
    if (isScrollLink) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await page.evaluate(() => window.cardPreviewCalls))[0]?.[0]).toMatch(
      /^open(Passage|Term)$|^seeAll$/,
    );

    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await page.evaluate(() => {
      const root = document.getElementById('kbd')!.shadowRoot!;
      const card = root.querySelector('.sl-card')!;
      const mark = root.querySelector('mark');
      return {
        cardBorder: getComputedStyle(card).borderTopStyle,
        markBackground: mark ? getComputedStyle(mark).backgroundColor : null,
        cardBackground: getComputedStyle(card).backgroundColor,
      };
    });
    expect(forced.cardBorder).toBe('solid');
    expect(forced.markBackground).not.toBeNull();
    expect(forced.markBackground).not.toBe(forced.cardBackground);
    await screenshotCards(page, ['kbd'], 'card-forced-colors');
    await page.close();
  });

  it('shows figures, disagreements, related names and all passages (sample card), and its states', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openPage(scheme);
      await page.evaluate(
        ({ card, css }) => {
          window.renderCardPreview({
            state: { status: 'ready', card },
            css,
            left: 40,
            top: 40,
            id: 'full',
            passagesOpen: true,
            pinned: true,
          });
          const states = [
            ['loading', { status: 'loading', name: 'Kassym-Jomart Tokayev' }],
            ['empty', { status: 'not-found', name: 'Qandy Qantar' }],
            [
              'error',
              {
                status: 'error',
                message: 'Sourcelight’s index has format 0, expected 1: rebuild the extension',
              },
            ],
          ] as const;
          let top = 40;
          for (const [id, state] of states) {
            window.renderCardPreview({ state, css, left: 460, top, id });
            top += document.getElementById(id)!.getBoundingClientRect().height + 24;
          }
        },
        { card: sampleCard(), css },
      );
      // Full height, so the screenshot shows every section (the real card scrolls inside).
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.sl-card { max-height: none; }');
        const root = document.getElementById('full')!.shadowRoot!;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      });
      await screenshotCards(page, ['full', 'loading', 'empty', 'error'], `card-sample-${scheme}`);
      for (const id of ['full', 'loading', 'empty', 'error']) {
        const layout = await measure(page, id);
        expect(layout.width, id).toBeLessThanOrEqual(400);
        expect(layout.overflowing, id).toEqual([]);
      }
      const figures = await page.evaluate(() =>
        [...document.getElementById('full')!.shadowRoot!.querySelectorAll('.sl-figure-group')].map(
          (g) => ({
            flag: g.querySelector('.sl-flag')?.textContent ?? null,
            values: [...g.querySelectorAll('.sl-figure-value')].map((v) => v.textContent),
            attributions: [...g.querySelectorAll('.sl-figure-attribution')].map(
              (a) => a.textContent,
            ),
            // Side by side: each value shares its row with its source and date.
            sideBySide: [...g.querySelectorAll('.sl-figure')].every((f) => {
              const v = f.querySelector('.sl-figure-value')!.getBoundingClientRect();
              const a = f.querySelector('.sl-figure-attribution')!.getBoundingClientRect();
              return a.left >= v.right && Math.abs(a.top - v.top) < 4;
            }),
          }),
        ),
      );
      expect(figures).toEqual([
        {
          flag: 'Sources differ',
          values: ['more than 160', '238', 'about 200'],
          attributions: [
            'EU Reporter · 10 Jan 2022',
            'Embassy of Kazakhstan in Austria · 8 Mar 2022',
            'Euractiv · 4 Jan 2024',
          ],
          sideBySide: true,
        },
        {
          flag: null,
          values: ['3,600'],
          attributions: ['Embassy of Kazakhstan in Austria · 8 Mar 2022'],
          sideBySide: true,
        },
      ]);
      await page.evaluate(() =>
        document
          .getElementById('full')!
          .shadowRoot!.querySelector<HTMLButtonElement>('.sl-chip')!
          .click(),
      );
      expect(await page.evaluate(() => window.cardPreviewCalls)).toEqual([
        ['openTerm', 'kassym-jomart-tokayev'],
      ]);
      await page.close();
    }
  });
});
