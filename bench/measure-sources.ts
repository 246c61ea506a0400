/**
 * The reader's own sources at scale (#13): files imported through the Sources
 * page's file input (the real path: compiled in the page by the project's
 * compiler, one IndexedDB transaction each, the background told), in steps
 * (1,000 then 2,000 in all), and after each step, with every source stored:
 * import throughput, stored size, cold start, search and card latency, and the
 * service worker's heap.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import type { DictionaryEntry } from '../core/types';
import type { ExtensionBrowser } from '../tests/e2e/support/chromium';
import { makeSourceFiles, readRealArticles } from '../tests/e2e/support/source-files';
import { KEEP_NAMES_SHIM } from './cdp';
import { coldStarts, dictionaryOf, warmLatency, type LatencySamples } from './measure-extension';

export interface SourcesStep {
  /** Files chosen in this step, and stored in all after it. */
  files: number;
  storedFiles: number;
  failed: number;
  /** The first few failures' reasons, as the page showed them. */
  failures: string[];
  /** The reader's articles, passages (all, bundled included) and names after the step. */
  articles: number;
  passages: number;
  terms: number;
  /** From choosing the files to the page's summary. */
  importMs: number;
  /** `navigator.storage.estimate().usage` of the extension's origin, before and after. */
  usageBeforeBytes: number;
  usageAfterBytes: number;
  /** `firstSearchMs`: the search right after each cold lookup (absent from results before run 6). */
  cold: { ms: number[]; failures: number; firstSearchMs?: number[] };
  warm: LatencySamples;
  /** `Runtime.getHeapUsage` of the service worker after GC, once lookups and searches ran. */
  workerHeap: { usedBytes: number; totalBytes: number } | null;
}

export interface SourcesScale {
  date: string;
  /** 1, 5 and 15 minute load averages when the section started (the machine is shared). */
  loadAverage: number[];
  /** How many real articles the files were made from. */
  realArticles: number;
  bundledArticles: number;
  steps: SourcesStep[];
}

/** A page of the extension, for messages and storage estimates. */
async function probe<T>(ext: ExtensionBrowser, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await ext.openExtensionPage('options.html');
  try {
    await page.evaluate(KEEP_NAMES_SHIM);
    return await run(page);
  } finally {
    await page.close();
  }
}

const storageUsage = (ext: ExtensionBrowser) =>
  probe(ext, (page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0));

async function corpusCounts(ext: ExtensionBrowser) {
  return probe(ext, (page) =>
    page.evaluate(async () => {
      const send = (type: string) => chrome.runtime.sendMessage({ channel: 'sourcelight', type });
      const [list, status, dictionary] = await Promise.all([
        send('listSources'),
        send('getStatus'),
        send('getDictionary'),
      ]);
      const sources = list.data.sources as Array<{ origin: string; passageCount: number }>;
      const user = sources.filter((s) => s.origin !== 'bundled');
      return {
        userArticles: user.length,
        bundledArticles: sources.length - user.length,
        passages: sources.reduce((n, s) => n + s.passageCount, 0),
        terms: (dictionary.data.terms as unknown[]).length,
        ok: Boolean(status.data?.ok),
      };
    }),
  );
}

/**
 * The service worker's heap, through a CDP session of an extension page: playwright-core has
 * no session for a worker, but `Target.attachToTarget` (not flattened) reaches it.
 */
async function workerHeap(
  ext: ExtensionBrowser,
): Promise<{ usedBytes: number; totalBytes: number } | null> {
  return probe(ext, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: Array<{ targetId: string; type: string; url: string }>;
      };
      const worker = targetInfos.find(
        (t) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
      );
      if (!worker) return null;
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      });
      const pending = new Map<number, (result: unknown) => void>();
      cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
        if (reply.id !== undefined) pending.get(reply.id)?.(reply.result);
      });
      let nextId = 1;
      const send = (method: string) =>
        new Promise<unknown>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, resolve);
          setTimeout(() => reject(new Error(`${method}: no answer`)), 30_000);
          void cdp.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method }),
          });
        });
      await send('HeapProfiler.collectGarbage');
      const heap = (await send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      return { usedBytes: heap.usedSize, totalBytes: heap.totalSize };
    } finally {
      await cdp.detach().catch(() => {});
    }
  });
}

/** Imports files through the Sources page's file input; the page's summary says how it went. */
async function importThroughPage(
  ext: ExtensionBrowser,
  files: ReturnType<typeof makeSourceFiles>,
): Promise<{ ms: number; added: number; failed: number; failures: string[] }> {
  const page = await ext.openExtensionPage('sources.html');
  try {
    await page.locator('.sl-source-rows > li').first().waitFor({ timeout: 30_000 });
    const started = performance.now();
    await page.locator('#sl-add-files').setInputFiles(files);
    const summary = page.locator('.sl-import-summary');
    await summary.waitFor({ timeout: 120_000 + files.length * 1000 });
    const ms = performance.now() - started;
    const said = await summary.innerText();
    const counts = /^Added ([\d,]+) of [\d,]+ files(?:; ([\d,]+) failed)?\.$/u.exec(said);
    if (!counts) throw new Error(`unexpected import summary: ${said}`);
    const number = (s: string | undefined) => Number((s ?? '0').replace(/,/gu, ''));
    const failures = (await page.locator('.sl-import-failures li').allInnerTexts()).slice(0, 5);
    return { ms, added: number(counts[1]), failed: number(counts[2]), failures };
  } finally {
    await page.close();
  }
}

/** Every `n`th term, so lookups and typed names come from bundled and imported sources alike. */
function spread(terms: DictionaryEntry[], count: number): DictionaryEntry[] {
  const step = Math.max(1, Math.floor(terms.length / count));
  return terms.filter((_, i) => i % step === 0).slice(0, count);
}

export async function measureSources(
  ext: ExtensionBrowser,
  options: {
    /** Stored sources after each step, e.g. [1000, 2000]. */
    totals: number[];
    lookups: number;
    searchRounds: number;
    coldRuns: number;
    log: (line: string) => void;
  },
): Promise<SourcesScale> {
  const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);
  const articles = await readRealArticles();
  const all = makeSourceFiles(articles, Math.max(...options.totals));
  const steps: SourcesStep[] = [];
  let bundledArticles = 0;
  let done = 0;
  let failedSoFar = 0;
  for (const total of options.totals) {
    const files = all.slice(done, total);
    options.log(`importing ${files.length} sources through the Sources page (${total} in all) ...`);
    const usageBeforeBytes = await storageUsage(ext);
    const imported = await importThroughPage(ext, files);
    const usageAfterBytes = await storageUsage(ext);
    const counts = await corpusCounts(ext);
    bundledArticles = counts.bundledArticles;
    done = total;
    failedSoFar += imported.failed;

    options.log(`lookup / search / cold start with ${total} stored sources ...`);
    const terms = await dictionaryOf(ext);
    const warm = await warmLatency(ext, {
      terms: spread(terms, 200),
      lookups: options.lookups,
      searchRounds: options.searchRounds,
    });
    const heap = await workerHeap(ext).catch(() => null);
    const cold = await coldStarts(ext, {
      termId: terms[0]!.id,
      runs: options.coldRuns,
      // Any query readies the whole index; a name, so that it finds passages.
      searchQuery: terms.at(-1)!.name,
    });
    steps.push({
      files: files.length,
      storedFiles: total - failedSoFar,
      failed: imported.failed,
      failures: imported.failures,
      articles: counts.userArticles,
      passages: counts.passages,
      terms: counts.terms,
      importMs: imported.ms,
      usageBeforeBytes,
      usageAfterBytes,
      cold,
      warm,
      workerHeap: heap,
    });
  }
  return {
    date: new Date().toISOString(),
    loadAverage,
    realArticles: articles.length,
    bundledArticles,
    steps,
  };
}
