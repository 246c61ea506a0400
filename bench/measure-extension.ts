/**
 * Latency of the background as the card and the popup see it: round trips of
 * `lookupTerm` and `search` from an extension page via chrome.runtime.sendMessage,
 * warm and cold (service worker stopped first).
 */
import type { Page } from 'playwright-core';
import type { DictionaryEntry } from '../core/types';
import { KEEP_NAMES_SHIM } from './cdp';
import { stopServiceWorkers, type ExtensionBrowser } from '../tests/e2e/support/chromium';

export interface LatencySamples {
  lookupMs: number[];
  searchMs: number[];
  /** Every lookup and search answered ok with data. */
  failures: number;
  terms: number;
  /** Largest lookupTerm reply, as JSON characters (what crosses the message channel). */
  maxLookupChars: number;
  /** That reply's term and how many excerpts it carried. */
  maxLookup: { termId: string; excerpts: number; allExcerpts: number } | null;
}

async function openProbePage(ext: ExtensionBrowser): Promise<Page> {
  // Any extension page can message the background; the popup is one we ship.
  const page = await ext.openExtensionPage('popup.html');
  await page.waitForLoadState('load');
  await page.evaluate(KEEP_NAMES_SHIM);
  return page;
}

export async function dictionaryOf(ext: ExtensionBrowser): Promise<DictionaryEntry[]> {
  const page = await openProbePage(ext);
  try {
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'getDictionary' }),
    );
    if (!reply?.ok) throw new Error(`getDictionary failed: ${JSON.stringify(reply)}`);
    return reply.data.terms as DictionaryEntry[];
  } finally {
    await page.close();
  }
}

/** Keystroke prefixes of some names, as a user types them into the popup. */
export function keystrokeQueries(terms: readonly DictionaryEntry[], names = 6): string[] {
  const out: string[] = [];
  for (const term of terms.slice(0, names)) {
    const name = term.name.toLowerCase();
    for (let i = 1; i <= Math.min(name.length, 12); i++) out.push(name.slice(0, i));
  }
  out.push('january events', 'foreign policy', 'election');
  return out;
}

export async function warmLatency(
  ext: ExtensionBrowser,
  options: { terms: DictionaryEntry[]; lookups: number; searchRounds: number },
): Promise<LatencySamples> {
  const page = await openProbePage(ext);
  try {
    const ids = options.terms.map((t) => t.id);
    const queries = keystrokeQueries(options.terms);
    return await page.evaluate(
      async ({ ids, queries, lookups, searchRounds }) => {
        const send = (m: object) => chrome.runtime.sendMessage({ channel: 'sourcelight', ...m });
        // Warm-up: loads the index and JITs the handlers; not counted.
        await send({ type: 'lookupTerm', termId: ids[0] });
        await send({ type: 'search', query: 'warm up' });
        const lookupMs: number[] = [];
        const searchMs: number[] = [];
        let failures = 0;
        let maxLookupChars = 0;
        let maxLookup: { termId: string; excerpts: number; allExcerpts: number } | null = null;
        for (let i = 0; i < lookups; i++) {
          const termId = ids[i % ids.length]!;
          const started = performance.now();
          const reply = await send({ type: 'lookupTerm', termId });
          lookupMs.push(performance.now() - started);
          if (!reply?.ok || !reply.data) failures += 1;
          else if (i < ids.length) {
            const chars = JSON.stringify(reply).length;
            if (chars > maxLookupChars) {
              maxLookupChars = chars;
              maxLookup = {
                termId,
                excerpts: reply.data.excerpts?.length ?? 0,
                allExcerpts: reply.data.allExcerpts?.length ?? 0,
              };
            }
          }
        }
        for (let r = 0; r < searchRounds; r++) {
          for (const query of queries) {
            const started = performance.now();
            const reply = await send({ type: 'search', query });
            searchMs.push(performance.now() - started);
            if (!reply?.ok) failures += 1;
          }
        }
        return { lookupMs, searchMs, failures, terms: ids.length, maxLookupChars, maxLookup };
      },
      { ids, queries, lookups: options.lookups, searchRounds: options.searchRounds },
    );
  } finally {
    await page.close();
  }
}

/** Stops the worker, then times the first answered lookup (worker start + index load + answer). */
/** How long a worker may go on after an answer before a cold-start run stops it. */
const WORKER_SETTLE_MS = 2_000;

/**
 * Lookups each answered by a worker just stopped; with `searchQuery`, the search that follows
 * each of them too (the first search after a wake readies the whole index).
 */
export async function coldStarts(
  ext: ExtensionBrowser,
  options: { termId: string; runs: number; searchQuery?: string },
): Promise<{ ms: number[]; failures: number; firstSearchMs?: number[] }> {
  const page = await openProbePage(ext);
  try {
    const ms: number[] = [];
    const firstSearchMs: number[] = [];
    let failures = 0;
    for (let r = 0; r < options.runs; r++) {
      // The worker finishes what the last answer started (the snapshots it keeps are written
      // after an answer): a browser stops a worker after 30 s idle, not the moment it answers.
      await new Promise((ok) => setTimeout(ok, WORKER_SETTLE_MS));
      await stopServiceWorkers(page);
      // Let the stop complete (it is asynchronous in the browser process).
      await new Promise((ok) => setTimeout(ok, 500));
      const result = await page.evaluate(
        async ({ termId, query }) => {
          const send = async (message: object) => {
            const started = performance.now();
            const reply = await chrome.runtime.sendMessage({ channel: 'sourcelight', ...message });
            return { ms: performance.now() - started, ok: Boolean(reply?.ok && reply.data) };
          };
          const lookup = await send({ type: 'lookupTerm', termId });
          const search = query === null ? null : await send({ type: 'search', query });
          return { lookup, search };
        },
        { termId: options.termId, query: options.searchQuery ?? null },
      );
      ms.push(result.lookup.ms);
      if (!result.lookup.ok) failures += 1;
      if (result.search) {
        firstSearchMs.push(result.search.ms);
        if (!result.search.ok) failures += 1;
      }
    }
    return options.searchQuery === undefined ? { ms, failures } : { ms, failures, firstSearchMs };
  } finally {
    await page.close();
  }
}

/** A short article page, served over http so the content script runs on it. */
export const FIRST_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>First page</title></head>
<body><main><h1>Notes from Central Asia</h1>
<p>Kassym-Jomart Tokayev asked the CSTO for help; troops landed in Almaty and Astana.</p>
<p>The Collective Security Treaty Organization withdrew within two weeks.</p>
</main></body></html>`;

export interface FirstHighlightSamples {
  /** Milliseconds from DOMContentLoaded to the first frame with a highlight, the worker stopped first. */
  cold: number[];
  /** The same with the worker running. */
  warm: number[];
}

/** Runs in the page before its scripts: when DOMContentLoaded came and the first highlight showed. */
const TIME_FIRST_HIGHLIGHT = `
  window.__firstHighlight = { dcl: null, at: null };
  document.addEventListener('DOMContentLoaded', () => { window.__firstHighlight.dcl = performance.now(); });
  const poll = () => {
    if ((CSS.highlights.get('sourcelight-term')?.size ?? 0) > 0) window.__firstHighlight.at = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

/**
 * The first page after the browser starts (#14): the worker is stopped (as after a start, or
 * a while idle), then a page is opened; then the same page with the worker running. Interleaved.
 */
export async function firstHighlights(
  ext: ExtensionBrowser,
  options: { url: string; runs: number },
): Promise<FirstHighlightSamples> {
  const probe = await openProbePage(ext);
  const out: FirstHighlightSamples = { cold: [], warm: [] };
  const once = async () => {
    const page = await ext.context.newPage();
    try {
      await page.addInitScript(TIME_FIRST_HIGHLIGHT);
      await page.goto(options.url, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          (window as unknown as { __firstHighlight: { at: number | null } }).__firstHighlight.at !==
          null,
        undefined,
        { timeout: 30_000 },
      );
      const t = await page.evaluate(
        () =>
          (window as unknown as { __firstHighlight: { dcl: number; at: number } }).__firstHighlight,
      );
      return t.at - t.dcl;
    } finally {
      await page.close();
    }
  };
  try {
    await once(); // The worker has run once: its dictionary snapshot is written.
    for (let r = 0; r < options.runs; r++) {
      await stopServiceWorkers(probe);
      await new Promise((ok) => setTimeout(ok, 500));
      out.cold.push(await once());
      out.warm.push(await once());
    }
    return out;
  } finally {
    await probe.close();
  }
}
