/**
 * `npm run bench` (full, writes bench/RESULTS.md) and `npm run bench:smoke`
 * (small page, one run, no 10k corpus; for CI). Every comparison is made in
 * one browser session, side by side, medians of several fresh page loads.
 *
 *   tsx bench/run.ts [--smoke] [--no-build] [--no-write] [--runs=N]
 *   tsx bench/run.ts --only=sources [--sources=1000,2000] [--no-build]   (that section alone, merged)
 *   tsx bench/run.ts --render   (RESULTS.md again from bench/out/results.json and NOTES.md)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'prettier';
import { CORPUS_ASSET, SEARCH_INDEX_ASSET, type DictionaryEntry } from '../core/types';
import {
  launchExtension,
  launchPlainBrowser,
  type ExtensionBrowser,
} from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import {
  ROOT,
  buildExtension,
  bundleMatcher,
  contentScriptSizes,
  fileSize,
  generateSyntheticSeeds,
  type BundleSize,
} from './build';
import {
  coldStarts,
  dictionaryOf,
  FIRST_PAGE_HTML,
  firstHighlights,
  warmLatency,
  type LatencySamples,
} from './measure-extension';
import { measureSources, type SourcesScale } from './measure-sources';
import {
  dynamicPass,
  floorPass,
  isolatedFloorPass,
  markJsPass,
  matcherScaling,
  sourcelightPass,
  type DynamicSample,
  type FloorSample,
  type ScalingSample,
  type SourcelightSample,
} from './measure-page';
import { OUT, SPRINKLE_EVERY, writePages } from './pages';
import { renderMarkdown, renderTable, type BenchResults } from './report';
import { dictionaryOfSize } from './synthetic-terms';
import { medianBreakdown, traceLoad, type TraceBreakdown } from './trace';

export interface BenchOptions {
  smoke: boolean;
  /** Build the extension(s) first (timed); otherwise use what is in `outDir`. */
  build: boolean;
  /** WXT output folder of the seed build. */
  outDir: string;
  write: boolean;
  /** Overrides the number of runs (quick looks while developing). */
  runs?: number;
  /**
   * Only the reader's-sources section (`--only=sources`): measured in a fresh browser and merged
   * into the last results file of the same kind, so the other sections are kept as they were.
   */
  only?: 'sources';
  /** Overrides the stored-source totals of the reader's-sources section (`--sources=1000,2000`). */
  sourceTotals?: number[];
  log?: (line: string) => void;
}

const CONFIG = {
  full: {
    runs: 5,
    markArrayCapMs: 30_000,
    scalingSizes: [100, 10_000, 100_000],
    dynamicParagraphs: 5000,
    lookups: 200,
    searchRounds: 3,
    coldRuns: 5,
    traceRuns: 5,
    /** How long a traced load is followed after `load`: the late paints are the extension's. */
    traceSettleMs: 4000,
    /** The slow feed's pause between batches, as infinite scroll would add them. */
    slowFeedIntervalMs: 250,
    syntheticArticles: 10_000,
    /** Reader's sources stored after each step of that section. */
    sourceTotals: [1_000, 2_000],
  },
  smoke: {
    runs: 1,
    markArrayCapMs: 5_000,
    scalingSizes: [100, 1_000],
    dynamicParagraphs: 500,
    lookups: 20,
    searchRounds: 1,
    coldRuns: 1,
    traceRuns: 1,
    // The smoke run only checks that every metric yields a number: shorter waits, same code.
    traceSettleMs: 1000,
    slowFeedIntervalMs: 50,
    syntheticArticles: 0,
    sourceTotals: [20],
  },
};

function machine() {
  const chromium = (() => {
    try {
      return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return 'unknown';
    }
  })();
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
  };
}

async function latencyFor(
  ext: ExtensionBrowser,
  config: (typeof CONFIG)['full'],
): Promise<{
  warm: LatencySamples;
  cold: { ms: number[]; failures: number };
  terms: DictionaryEntry[];
}> {
  const terms = await dictionaryOf(ext);
  if (terms.length === 0) throw new Error('the dictionary is empty');
  const warm = await warmLatency(ext, {
    terms,
    lookups: config.lookups,
    searchRounds: config.searchRounds,
  });
  const cold = await coldStarts(ext, { termId: terms[0]!.id, runs: config.coldRuns });
  return { warm, cold, terms };
}

/** The reader's sources, in a browser of their own (a fresh profile: an empty store). */
async function sourcesFor(
  extensionDir: string,
  config: (typeof CONFIG)['full'],
  log: (line: string) => void,
): Promise<SourcesScale> {
  const ext = await launchExtension({ extensionDir });
  try {
    return await measureSources(ext, {
      totals: config.sourceTotals,
      lookups: config.lookups,
      searchRounds: config.searchRounds,
      coldRuns: config.coldRuns,
      log,
    });
  } finally {
    await ext.close();
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => console.log(line));
  const config = {
    ...(options.smoke ? CONFIG.smoke : CONFIG.full),
    ...(options.runs ? { runs: options.runs, coldRuns: options.runs } : {}),
    ...(options.sourceTotals ? { sourceTotals: options.sourceTotals } : {}),
  };
  if (options.only === 'sources') return runSourcesOnly(options, config, log);
  const started = performance.now();
  const outDir = resolve(ROOT, options.outDir);
  const extensionDir = join(outDir, 'chrome-mv3');

  // Builds first, before any browser runs, so they do not compete with measurements.
  let buildMs: number | null = null;
  if (options.build) {
    log(`building the extension into ${options.outDir} ...`);
    buildMs = await buildExtension({ outDir });
  }
  let build10k: { ms: number; dir: string; corpusBytes: number; searchBytes: number } | null = null;
  if (config.syntheticArticles > 0 && options.build) {
    const seedsDir = join(OUT, 'seeds-10k');
    log(`generating ${config.syntheticArticles} synthetic articles ...`);
    await generateSyntheticSeeds(seedsDir, config.syntheticArticles);
    const dir = resolve(ROOT, `${options.outDir}-10k`);
    log('building the extension with the synthetic corpus ...');
    const ms = await buildExtension({ outDir: dir, seedsDir, dataOut: join(OUT, 'corpus-10k') });
    build10k = {
      ms,
      dir,
      corpusBytes: await fileSize(join(dir, `chrome-mv3/${CORPUS_ASSET}`)),
      searchBytes: await fileSize(join(dir, `chrome-mv3/${SEARCH_INDEX_ASSET}`)),
    };
  }

  const pages = await writePages({ smoke: options.smoke });
  const server = await serveFixtures({ '/first-page.html': FIRST_PAGE_HTML }, pages.dir);
  const fileUrl = (name: string) => pathToFileURL(join(pages.dir, name)).href;
  const markJs = await readFile(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const matcherBundle = await bundleMatcher();

  const ext = await launchExtension({ extensionDir });
  let results: BenchResults;
  try {
    const dictionary = await dictionaryOf(ext);
    const variants = [...new Set(dictionary.flatMap((t) => [t.name, ...t.variants]))];
    log(`dictionary: ${dictionary.length} terms, ${variants.length} variants`);

    // 1-2. Highlight pass, floor and mark.js markRegExp, interleaved run by run.
    const sourcelight: SourcelightSample[] = [];
    const sourcelightRaw: SourcelightSample[] = [];
    const floor: FloorSample[] = [];
    const isolatedFloor: number[] = [];
    const markRegExp: Array<number | null> = [];
    let markRegExpMarks = 0;
    for (let r = 0; r < config.runs; r++) {
      log(`page run ${r + 1}/${config.runs} ...`);
      sourcelight.push(await sourcelightPass(ext.context, server.url(pages.sprinkled)));
      floor.push(await floorPass(ext.context, fileUrl(pages.sprinkled)));
      isolatedFloor.push(await isolatedFloorPass(ext.context, fileUrl(pages.sprinkled)));
      const m = await markJsPass(ext.context, {
        fileUrl: fileUrl(pages.sprinkled),
        markJs,
        variants,
        mode: 'markRegExp',
        capMs: 60_000,
      });
      markRegExp.push(m.ms);
      markRegExpMarks = m.marks;
      sourcelightRaw.push(await sourcelightPass(ext.context, server.url(pages.book)));
    }
    // mark(array) is one pass per term: slow enough to get its own, capped loop.
    const markArray: Array<number | null> = [];
    let markArrayMarks = 0;
    for (let r = 0; r < config.runs; r++) {
      log(`mark.js mark(array) run ${r + 1} (cap ${config.markArrayCapMs / 1000} s) ...`);
      const m = await markJsPass(ext.context, {
        fileUrl: fileUrl(pages.sprinkled),
        markJs,
        variants,
        mode: 'mark(array)',
        capMs: config.markArrayCapMs,
      });
      markArray.push(m.ms);
      markArrayMarks = m.marks;
      // Past the cap, or long enough that more runs would blow the 10-minute budget.
      if (m.ms === null || (m.ms > 10_000 && markArray.length >= 3)) break;
    }

    // Where the main-thread time goes: the same http load with the extension and in the same
    // browser without it, interleaved (a file:// baseline loaded faster and painted less than
    // http without any extension, which the row counted as the extension's).
    log(`tracing ${config.traceRuns} loads with and without the extension ...`);
    const plain = await launchPlainBrowser();
    const traced: { withExtension: TraceBreakdown[]; without: TraceBreakdown[] } = {
      withExtension: [],
      without: [],
    };
    try {
      for (let r = 0; r < config.traceRuns; r++) {
        const url = server.url(pages.sprinkled);
        traced.withExtension.push(await traceLoad(ext.context, url, config.traceSettleMs));
        traced.without.push(await traceLoad(plain.context, url, config.traceSettleMs));
      }
    } finally {
      await plain.close();
    }
    const trace = {
      withExtension: medianBreakdown(traced.withExtension),
      without: medianBreakdown(traced.without),
      runs: config.traceRuns,
    };

    // 3. Dictionary size.
    log(`matcher throughput with ${config.scalingSizes.join(', ')} terms ...`);
    const dictionaries = config.scalingSizes.map((n) => dictionaryOfSize(dictionary, n));
    const scaling: ScalingSample[][] = await matcherScaling(ext.context, {
      fileUrl: fileUrl(pages.sprinkled),
      bundle: matcherBundle,
      dictionaries,
      runs: config.runs,
    });

    // 4. Dynamic page.
    const dynamic: DynamicSample[] = [];
    const slowFeed: DynamicSample[] = [];
    const oneShot: DynamicSample[] = [];
    const n = config.dynamicParagraphs;
    for (let r = 0; r < config.runs; r++) {
      log(`dynamic page run ${r + 1}/${config.runs} ...`);
      // Fast: batches of 100 every 20 ms. Slow feed (infinite scroll): 20 batches, 250 ms apart
      // (50 ms in the smoke run).
      dynamic.push(
        await dynamicPass(ext.context, server.url(`${pages.dynamic}?n=${n}&batch=100&interval=20`)),
      );
      slowFeed.push(
        await dynamicPass(
          ext.context,
          server.url(
            `${pages.dynamic}?n=${n}&batch=${Math.ceil(n / 20)}&interval=${config.slowFeedIntervalMs}`,
          ),
        ),
      );
      oneShot.push(await dynamicPass(ext.context, server.url(`${pages.dynamic}?n=${n}&oneshot`)));
    }

    // 5-6. Lookup, search, cold start on the seeds.
    log('lookup / search / cold start (seeds) ...');
    const seeds = await latencyFor(ext, config);
    log('first highlight on the first page after the worker stopped ...');
    const firstHighlight = await firstHighlights(ext, {
      url: server.url('/first-page.html'),
      runs: config.coldRuns,
    });
    await ext.close();

    let tenK: Awaited<ReturnType<typeof latencyFor>> | null = null;
    if (build10k) {
      log('lookup / search / cold start (10,000 articles) ...');
      const ext10k = await launchExtension({ extensionDir: join(build10k.dir, 'chrome-mv3') });
      try {
        tenK = await latencyFor(ext10k, config);
      } finally {
        await ext10k.close();
      }
    }

    // 8. The reader's own sources, imported through the Sources page.
    const sources = await sourcesFor(extensionDir, config, log);

    // 7. Cost of being installed.
    const bundles: BundleSize[] = await contentScriptSizes(extensionDir);
    results = {
      machine: machine(),
      smoke: options.smoke,
      runs: config.runs,
      elapsedMs: 0,
      page: {
        file: options.smoke ? 'rust-book.html (first 10%)' : 'rust-book.html',
        htmlBytes: await fileSize(join(pages.dir, pages.sprinkled)),
        textNodes: floor[0]?.textNodes ?? Number.NaN,
        chars: floor[0]?.chars ?? Number.NaN,
        sprinkledParagraphs: pages.sprinkledParagraphs,
        sprinkleEvery: SPRINKLE_EVERY,
      },
      dictionary: { terms: dictionary.length, variants: variants.length },
      sourcelight,
      sourcelightRaw,
      floor,
      isolatedFloor,
      markRegExp: { ms: markRegExp, marks: markRegExpMarks },
      markArray: { ms: markArray, marks: markArrayMarks, capMs: config.markArrayCapMs },
      scaling,
      trace,
      dynamic: {
        paragraphs: n,
        slowFeedIntervalMs: config.slowFeedIntervalMs,
        appended: dynamic,
        slowFeed,
        oneShot,
      },
      latency: {
        seeds: { warm: seeds.warm, cold: seeds.cold },
        firstHighlight,
        tenK: tenK ? { warm: tenK.warm, cold: tenK.cold } : null,
      },
      sources,
      install: {
        bundles,
        buildMs,
        build10kMs: build10k?.ms ?? null,
        corpus10kBytes: build10k?.corpusBytes ?? null,
        search10kBytes: build10k?.searchBytes ?? null,
        corpusSeedsBytes: await fileSize(join(extensionDir, 'sourcelight-corpus.json')),
      },
    };
  } finally {
    await ext.close().catch(() => {});
    await server.close();
    await rm(pages.dir, { recursive: true, force: true });
  }
  results.elapsedMs = performance.now() - started;
  if (options.write) await writeResults(results, options.smoke, log);
  log(renderTable(results));
  return results;
}

async function writeResults(
  results: BenchResults,
  smoke: boolean,
  log: (line: string) => void,
): Promise<void> {
  await mkdir(OUT, { recursive: true });
  await writeFile(
    join(OUT, smoke ? 'results-smoke.json' : 'results.json'),
    JSON.stringify(results, null, 2),
  );
  const target = smoke ? join(OUT, 'RESULTS-smoke.md') : join(ROOT, 'bench/RESULTS.md');
  const notes = await readFile(join(ROOT, 'bench/NOTES.md'), 'utf8').catch(() => '');
  // Formatted as the repo's `prettier --check .` expects.
  await writeFile(target, await format(renderMarkdown(results, notes), { parser: 'markdown' }));
  log(`wrote ${target}`);
}

/**
 * `--only=sources`: the reader's-sources section alone, merged into the last results of the
 * same kind (full or smoke); the other sections keep their numbers and their date.
 */
async function runSourcesOnly(
  options: BenchOptions,
  config: (typeof CONFIG)['full'],
  log: (line: string) => void,
): Promise<BenchResults> {
  const outDir = resolve(ROOT, options.outDir);
  if (options.build) {
    log(`building the extension into ${options.outDir} ...`);
    await buildExtension({ outDir });
  }
  const file = join(OUT, options.smoke ? 'results-smoke.json' : 'results.json');
  const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
  results.sources = await sourcesFor(join(outDir, 'chrome-mv3'), config, log);
  if (options.write) await writeResults(results, options.smoke, log);
  log(renderTable(results));
  return results;
}

/** Re-renders bench/RESULTS.md from the last full run's bench/out/results.json (after editing NOTES.md). */
async function renderOnly(): Promise<void> {
  const results = JSON.parse(await readFile(join(OUT, 'results.json'), 'utf8')) as BenchResults;
  if (results.smoke) throw new Error('bench/out/results.json is from a smoke run');
  const notes = await readFile(join(ROOT, 'bench/NOTES.md'), 'utf8').catch(() => '');
  await writeFile(
    join(ROOT, 'bench/RESULTS.md'),
    await format(renderMarkdown(results, notes), { parser: 'markdown' }),
  );
  console.log(renderTable(results));
}

if (
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href &&
  process.argv.includes('--render')
) {
  await renderOnly();
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = new Set(process.argv.slice(2));
  const smoke = args.has('--smoke');
  const sourceTotals = process.argv
    .find((a) => a.startsWith('--sources='))
    ?.slice(10)
    .split(',')
    .map(Number);
  await runBench({
    smoke,
    build: !args.has('--no-build'),
    outDir: process.env.WXT_OUT_DIR ?? '.output-bench',
    write: !args.has('--no-write'),
    runs: Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7)) || undefined,
    ...(process.argv.includes('--only=sources') ? { only: 'sources' as const } : {}),
    ...(sourceTotals ? { sourceTotals } : {}),
  });
}
