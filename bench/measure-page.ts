/**
 * Metrics measured inside a web page: Sourcelight's pass (self-reported stats,
 * long tasks, renderer counters with vs without the extension), the floor,
 * mark.js, matcher throughput by dictionary size, and the dynamic page.
 */
import type { HighlightStats } from '../entrypoints/content/highlighter';
import type { BrowserContext } from 'playwright-core';
import type { DictionaryEntry } from '../core/types';
import { openInstrumented, terminateExecution, type InstrumentedPage } from './cdp';

/** What the content script exposes as `globalThis.__sourcelightStats` in its isolated world. */
export type SourcelightStats = HighlightStats;

export interface LongTask {
  start: number;
  duration: number;
}

export interface PageLoadSample {
  /** Longest task over 50 ms that started after DOMContentLoaded (0 if none). */
  longestTaskAfterDclMs: number;
  longTasksAfterDcl: number;
  jsHeapUsedBytes: number;
  scriptMs: number;
  taskMs: number;
}

export interface ViewportCheck {
  /** Highlighted names inside the first viewport when the pass is done. */
  names: number;
  /** Frames painted with highlights before the one showing all of them (0: the first such frame did). */
  framesToComplete: number | null;
  /** Time between the first frame with highlights and the frame showing all viewport names. */
  msToComplete: number | null;
}

export interface SourcelightSample extends PageLoadSample {
  stats: SourcelightStats;
  viewport: ViewportCheck;
}

export interface FloorSample extends PageLoadSample {
  floorMs: number;
  textNodes: number;
  chars: number;
}

const STATS = 'globalThis.__sourcelightStats ?? null';

async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 60_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}

/** Waits until the stats say done and stop changing for `quietMs` (late mutation passes). */
async function waitForSettledStats(
  ip: InstrumentedPage,
  quietMs: number,
  timeoutMs = 90_000,
): Promise<SourcelightStats> {
  let last = '';
  let since = Date.now();
  return waitFor(
    async () => {
      const stats = await ip.evaluateIsolated<SourcelightStats>(STATS).catch(() => null);
      if (!stats) return null;
      const key = JSON.stringify(stats);
      if (key !== last) {
        last = key;
        since = Date.now();
        return null;
      }
      return stats.done && Date.now() - since >= quietMs ? stats : null;
    },
    'Sourcelight stats to settle (is __sourcelightStats exposed?)',
    timeoutMs,
    100,
  );
}

/** Long tasks, heap after GC, and the renderer's script/task time; after two frames and a quiet moment. */
async function pageLoadSample(ip: InstrumentedPage): Promise<PageLoadSample> {
  await ip.page.evaluate(
    () =>
      new Promise<void>((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300))),
      ),
  );
  const { tasks, dcl } = await ip.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      tasks: (window as unknown as { __benchLongTasks: LongTask[] | null }).__benchLongTasks ?? [],
      dcl: nav.domContentLoadedEventEnd,
    };
  });
  const after = tasks.filter((t) => t.start >= dcl);
  await ip.collectGarbage();
  const m = await ip.metrics();
  return {
    longestTaskAfterDclMs: Math.max(0, ...after.map((t) => t.duration)),
    longTasksAfterDcl: after.length,
    jsHeapUsedBytes: m.JSHeapUsedSize ?? Number.NaN,
    scriptMs: (m.ScriptDuration ?? Number.NaN) * 1000,
    taskMs: (m.TaskDuration ?? Number.NaN) * 1000,
  };
}

/** One fresh load with the extension running; waits for its pass to finish. */
export async function sourcelightPass(
  context: BrowserContext,
  url: string,
): Promise<SourcelightSample> {
  const ip = await openInstrumented(context);
  try {
    await ip.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const stats = await waitForSettledStats(ip, 500);
    const viewport = await viewportCheck(ip);
    return { ...(await pageLoadSample(ip)), stats, viewport };
  } finally {
    await ip.close();
  }
}

/**
 * Independent of the extension's own stats: which painted frame first showed
 * every name of the first viewport. Highlight ranges iterate in insertion
 * order, so the last in-viewport range's index says how many ranges a frame
 * must have held.
 */
async function viewportCheck(ip: InstrumentedPage): Promise<ViewportCheck> {
  return ip.page.evaluate(() => {
    const h = CSS.highlights.get('sourcelight-term') ?? CSS.highlights.get('sourcelight-term-bg');
    const frames =
      (window as unknown as { __benchFrames?: Array<{ t: number; size: number }> }).__benchFrames ??
      [];
    if (!h) return { names: 0, framesToComplete: null, msToComplete: null };
    let index = 0;
    let last = -1;
    let names = 0;
    for (const r of h as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight) {
        names += 1;
        last = index;
      }
      index += 1;
    }
    const painted = frames.filter((f) => f.size > 0);
    const complete = painted.findIndex((f) => f.size > last);
    if (names === 0 || complete < 0 || !painted[0])
      return { names, framesToComplete: null, msToComplete: null };
    return {
      names,
      framesToComplete: complete,
      msToComplete: painted[complete]!.t - painted[0].t,
    };
  });
}

/** One fresh load without the extension (file://), then the floor: a bare TreeWalker pass reading every text node. */
export async function floorPass(context: BrowserContext, fileUrl: string): Promise<FloorSample> {
  const ip = await openInstrumented(context);
  try {
    await ip.page.goto(fileUrl, { waitUntil: 'load', timeout: 60_000 });
    const sample = await pageLoadSample(ip);
    if (ip.hasIsolatedWorld())
      throw new Error('the content script ran on a file:// page: the control is not clean');
    const floor = await ip.page.evaluate(() => {
      const started = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let textNodes = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        chars += (node as Text).data.length;
        textNodes += 1;
      }
      return { floorMs: performance.now() - started, textNodes, chars };
    });
    return { ...sample, ...floor };
  } finally {
    await ip.close();
  }
}

export type MarkMode = 'mark(array)' | 'markRegExp';

/** One fresh load (no extension), mark.js over the whole body; null when it ran past `capMs`. */
export async function markJsPass(
  context: BrowserContext,
  options: { fileUrl: string; markJs: string; variants: string[]; mode: MarkMode; capMs: number },
): Promise<{ ms: number | null; marks: number }> {
  const ip = await openInstrumented(context, { extensionName: 'Sourcelight', longTasks: false });
  try {
    await ip.page.goto(options.fileUrl, { waitUntil: 'load', timeout: 60_000 });
    await ip.page.addScriptTag({ content: options.markJs });
    const run = ip.page.evaluate(
      ({ variants, mode }) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => any }).Mark;
        const instance = new Mark(document.body);
        let marks = 0;
        const started = performance.now();
        if (mode === 'markRegExp') {
          // Longest first, so "Kassym-Jomart Tokayev" wins over "Tokayev" at the same place.
          const sorted = [...variants].sort((a, b) => b.length - a.length);
          const escaped = sorted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          const regexp = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
          instance.markRegExp(regexp, { done: (n: number) => (marks = n) });
        } else {
          instance.mark(variants, {
            separateWordSearch: false,
            accuracy: 'exactly',
            done: (n: number) => (marks = n),
          });
        }
        // mark.js works synchronously; `done` has run by now.
        return { ms: performance.now() - started, marks };
      },
      { variants: options.variants, mode: options.mode },
    );
    let timer: NodeJS.Timeout | undefined;
    const capped = new Promise<null>((ok) => {
      timer = setTimeout(() => ok(null), options.capMs);
    });
    const result = await Promise.race([run, capped]);
    clearTimeout(timer);
    if (result === null) {
      await terminateExecution(ip.cdp);
      run.catch(() => {});
      return { ms: null, marks: 0 };
    }
    return result;
  } finally {
    await ip.close().catch(() => {});
  }
}

export interface ScalingSample {
  terms: number;
  variants: number;
  compileMs: number;
  matchMs: number;
  chars: number;
  flows: number;
  matches: number;
}

/**
 * The pure matcher (bundled from core/terms/match-terms.ts) over the page's
 * block text flows, once per dictionary size and run, interleaved so every
 * size sees the same machine state. No extension: the page is file://.
 */
export async function matcherScaling(
  context: BrowserContext,
  options: { fileUrl: string; bundle: string; dictionaries: DictionaryEntry[][]; runs: number },
): Promise<ScalingSample[][]> {
  const ip = await openInstrumented(context, { extensionName: 'Sourcelight', longTasks: false });
  try {
    await ip.page.goto(options.fileUrl, { waitUntil: 'load', timeout: 60_000 });
    await ip.page.addScriptTag({ content: options.bundle });
    // Text flows as the content script builds them: a block's inline descendants joined.
    await ip.page.evaluate(() => {
      const BLOCKS = new Set([
        'P',
        'LI',
        'H1',
        'H2',
        'H3',
        'H4',
        'H5',
        'H6',
        'PRE',
        'TD',
        'TH',
        'DT',
        'DD',
        'BLOCKQUOTE',
        'DIV',
        'SECTION',
        'ARTICLE',
        'MAIN',
        'BODY',
        'TABLE',
        'UL',
        'OL',
        'FIGCAPTION',
        'NAV',
        'HEADER',
        'FOOTER',
        'ASIDE',
      ]);
      const flows = new Map<Element, string[]>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let block = node.parentElement;
        while (block && !BLOCKS.has(block.tagName)) block = block.parentElement;
        if (!block) continue;
        const parts = flows.get(block) ?? [];
        parts.push((node as Text).data);
        flows.set(block, parts);
      }
      (window as unknown as { __benchFlows: string[] }).__benchFlows = [...flows.values()].map(
        (p) => p.join(''),
      );
    });
    for (let d = 0; d < options.dictionaries.length; d++) {
      await ip.page.evaluate(
        ({ d, terms }) => {
          const lib = (window as unknown as { SourcelightMatcher: any }).SourcelightMatcher;
          const w = window as unknown as { __benchMatchers: any[]; __benchCompileMs: number[] };
          w.__benchMatchers ??= [];
          w.__benchCompileMs ??= [];
          const started = performance.now();
          w.__benchMatchers[d] = lib.compileMatcher(terms);
          w.__benchCompileMs[d] = performance.now() - started;
        },
        { d, terms: options.dictionaries[d]! },
      );
    }
    const runs: ScalingSample[][] = [];
    for (let r = 0; r < options.runs; r++) {
      const row: ScalingSample[] = [];
      for (let d = 0; d < options.dictionaries.length; d++) {
        row.push(
          await ip.page.evaluate(
            ({ d, terms }) => {
              const lib = (window as unknown as { SourcelightMatcher: any }).SourcelightMatcher;
              const w = window as unknown as {
                __benchMatchers: any[];
                __benchCompileMs: number[];
                __benchFlows: string[];
              };
              const matcher = w.__benchMatchers[d];
              let matches = 0;
              let chars = 0;
              // Best of three back-to-back passes: other processes on a shared machine only ever add time.
              let matchMs = Infinity;
              for (let rep = 0; rep < 3; rep++) {
                matches = 0;
                chars = 0;
                const started = performance.now();
                for (const flow of w.__benchFlows) {
                  matches += lib.matchTerms(flow, matcher).length;
                  chars += flow.length;
                }
                matchMs = Math.min(matchMs, performance.now() - started);
              }
              return {
                terms,
                variants: matcher.variantCount as number,
                compileMs: w.__benchCompileMs[d]!,
                matchMs,
                chars,
                flows: w.__benchFlows.length,
                matches,
              };
            },
            { d, terms: options.dictionaries[d]!.length },
          ),
        );
      }
      runs.push(row);
    }
    return runs;
  } finally {
    await ip.close();
  }
}

export interface DynamicSample {
  stats: SourcelightStats;
  paragraphs: number;
}

/** Loads the dynamic fixture (appending, or one-shot) with the extension and waits for everything to settle. */
export async function dynamicPass(context: BrowserContext, url: string): Promise<DynamicSample> {
  const ip = await openInstrumented(context, { extensionName: 'Sourcelight', longTasks: false });
  try {
    await ip.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const paragraphs = await waitFor(
      () =>
        ip.page.evaluate(() => {
          const s = (window as unknown as { __benchDynamic?: { done: boolean; appended: number } })
            .__benchDynamic;
          return s?.done ? s.appended : null;
        }),
      'the dynamic page to finish appending',
      120_000,
    );
    const stats = await waitForSettledStats(ip, 1000, 120_000);
    return { stats, paragraphs };
  } finally {
    await ip.close();
  }
}

/**
 * The floor where a content script runs: the same bare TreeWalker pass, from a fresh isolated
 * world (CDP `Page.createIsolatedWorld`) on a fresh load. Every node a script in such a world
 * touches gets a wrapper of that world, made on first touch; the main-world floor above does not
 * show that cost, which any content script pays.
 */
export async function isolatedFloorPass(context: BrowserContext, fileUrl: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(fileUrl, { waitUntil: 'load', timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'bench-floor',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `(() => {
        const started = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
        return { ms: performance.now() - started, chars };
      })()`,
    });
    if (exceptionDetails) throw new Error(`isolated floor: ${exceptionDetails.text}`);
    return (result.value as { ms: number }).ms;
  } finally {
    await page.close();
  }
}
