/**
 * Runs the evaluation pages through the built extension in Chromium and reads
 * what it highlighted: each page is served on loopback as plain HTML, opened in
 * a tab, and read once the content script's highlighting is done.
 *
 * "Done" is the content script's own signal: `__sourcelightStats` in its
 * isolated world (read over CDP) says `done` and has not changed for `quietMs`.
 * Watching the highlight count alone cannot tell a page with no names from a
 * content script that has not started yet (the dictionary comes from a service
 * worker that may be cold).
 *
 * The extension does not expose which term a highlight is (its match table
 * lives in the isolated world, not in the highlight registry), so the term is
 * re-derived here: core's matcher, with the built dictionary, is run over the
 * same block text and the match at the highlight's exact offsets is taken.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { compileMatcher, matchTerms, type TermMatcher } from '../../core/terms/match-terms';
import { DICTIONARY_ASSET, type CompiledDictionary } from '../../core/types';
import { CHROME_BUILD, launchExtension, storeSettings } from '../../tests/e2e/support/chromium';
import { serveFixtures } from '../../tests/e2e/support/server';
import { attachProbe, type PageProbe } from '../../tests/e2e/hostile/probe';
import { pageHtml, type EvalPage } from './pages-set';

/** One highlighted range: its text and where it is (block 0 is the title, then paragraphs). */
export interface ReadSpan {
  text: string;
  block: number;
  /** UTF-16 offsets in the block's text; -1 if the range is outside every block. */
  start: number;
  end: number;
  /** Canonical name of the term, re-derived (see the module comment); null if not reproduced. */
  term: string | null;
}

export interface PageReading {
  id: string;
  spans: ReadSpan[];
  /** Time from navigation to the settled reading. */
  ms: number;
}

interface Tab {
  page: Page;
  probe: PageProbe;
}

interface Stats {
  path: string;
  matches: number;
  passes: number;
  rescans: number;
  flows: number;
  done: boolean;
}

// The path tells the new page's content script from the previous page's in a reused tab.
const STATS_EXPRESSION =
  'globalThis.__sourcelightStats && (({ matches, passes, rescans, flows, done }) => ({ path: location.pathname, matches, passes, rescans, flows, done }))(globalThis.__sourcelightStats)';

/** Reads the ranges of the extension's highlight (either style's name) in the page's main world. */
function readRanges(page: Page): Promise<Array<Omit<ReadSpan, 'term'>>> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('sourcelight-term') ?? CSS.highlights.get('sourcelight-term-bg');
    const out: Array<{ text: string; block: number; start: number; end: number }> = [];
    if (!h) return out;
    for (const r of h as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const text = range.toString();
      const parent =
        r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement;
      const block = parent?.closest<HTMLElement>('[data-block]');
      let start = -1;
      if (block) {
        const before = document.createRange();
        before.setStart(block, 0);
        before.setEnd(r.startContainer, r.startOffset);
        start = before.toString().length;
      }
      out.push({
        text,
        block: block ? Number(block.dataset.block) : -1,
        start,
        end: start < 0 ? -1 : start + text.length,
      });
    }
    return out.sort((a, b) => a.block - b.block || a.start - b.start);
  });
}

/** Waits until the content script says its pass is done and its stats stop changing. */
export async function waitUntilSettled(
  probe: PageProbe,
  id: string,
  path: string,
  { quietMs, timeoutMs }: { quietMs: number; timeoutMs: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  for (;;) {
    const stats = await probe
      .evalIsolated<Stats | undefined>(STATS_EXPRESSION)
      .catch(() => undefined);
    const key = JSON.stringify(stats ?? null);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (stats?.path === path && stats.done && Date.now() - since >= quietMs) return;
    if (Date.now() > deadline)
      throw new Error(
        `${id}: highlighting did not settle within ${timeoutMs} ms (content-script stats: ${key})`,
      );
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Term names for each span, from the built dictionary and core's matcher over the block text. */
export function termNamer(
  dictionary: CompiledDictionary,
): (blockText: string, span: Omit<ReadSpan, 'term'>) => string | null {
  const allowed = dictionary.terms.filter((t) => DEFAULT_SETTINGS.kinds[t.kind] !== false);
  const names = new Map(dictionary.terms.map((t) => [t.id, t.name]));
  const matcher: TermMatcher = compileMatcher(allowed);
  const cache = new Map<string, ReturnType<typeof matchTerms>>();
  const matchesOf = (text: string) => {
    let found = cache.get(text);
    if (!found) cache.set(text, (found = matchTerms(text, matcher)));
    return found;
  };
  return (blockText, span) => {
    const at = matchesOf(blockText).find((m) => m.start === span.start && m.end === span.end);
    if (at) return names.get(at.termId) ?? null;
    // A block the content script read as several flows (a <br>): the span's own text.
    const alone = matchesOf(span.text);
    const whole = alone.length === 1 && alone[0]!.start === 0 && alone[0]!.end === span.text.length;
    return whole ? (names.get(alone[0]!.termId) ?? null) : null;
  };
}

export interface ReadOptions {
  extensionDir?: string;
  /** How long the content script's stats must stay unchanged (default 500 ms). */
  quietMs?: number;
  /** Per page (default 20 s). */
  timeoutMs?: number;
  /** Tabs open at once (default 4). */
  concurrency?: number;
  onPage?: (reading: PageReading) => void;
}

/** Opens every page in one browser with the built extension and reads its highlights. */
export async function readHighlights(
  pages: readonly EvalPage[],
  options: ReadOptions = {},
): Promise<PageReading[]> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const dictionary = JSON.parse(
    readFileSync(join(extensionDir, DICTIONARY_ASSET), 'utf8'),
  ) as CompiledDictionary;
  const nameTerm = termNamer(dictionary);
  const routes = Object.fromEntries(pages.map((p) => [`/pages/${p.id}.html`, pageHtml(p)]));
  const server = await serveFixtures(routes);
  const ext = await launchExtension({ extensionDir }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  // Every mention, whatever the default: the labels count each one (this measures matching).
  await storeSettings(ext, { mentions: 'all' });
  // One tab per worker, navigated from page to page (a new tab each time cost ~0.3 s).
  const readOne = async (tab: Tab, p: EvalPage): Promise<PageReading> => {
    const path = `/pages/${p.id}.html`;
    const started = Date.now();
    await tab.page.goto(server.url(path));
    await waitUntilSettled(tab.probe, p.id, path, {
      quietMs: options.quietMs ?? 500,
      timeoutMs: options.timeoutMs ?? 20_000,
    });
    const blocks = [p.title, ...p.paragraphs];
    const spans = (await readRanges(tab.page)).map((s) => ({
      ...s,
      term: s.block >= 0 ? nameTerm(blocks[s.block] ?? '', s) : null,
    }));
    const reading = { id: p.id, spans, ms: Date.now() - started };
    options.onPage?.(reading);
    return reading;
  };
  try {
    // A few tabs at once: much of a page's time is the quiet period, not work.
    const readings = new Array<PageReading>(pages.length);
    let next = 0;
    const worker = async () => {
      const page = await ext.context.newPage();
      const tab = { page, probe: await attachProbe(page) };
      try {
        for (let i = next++; i < pages.length; i = next++)
          readings[i] = await readOne(tab, pages[i]!);
      } finally {
        await tab.probe.detach();
        await page.close();
      }
    };
    const tabs = Math.min(pages.length, Math.max(1, options.concurrency ?? 4));
    await Promise.all(Array.from({ length: tabs }, worker));
    return readings;
  } finally {
    await ext.close();
    await server.close();
  }
}
