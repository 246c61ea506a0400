/**
 * Property tests of the highlighter over random DOM trees, in a real Chromium
 * page (the Highlight API, Range and isContentEditable need a browser):
 * fuzz-dom.entry.ts is bundled with esbuild (installed with vite) together
 * with the real highlighter, text flows and matcher, and fast-check runs in
 * the page. Case counts go to test-results/fuzz-dom.json.
 * FUZZ_SEED and FUZZ_RUNS reproduce or widen a run.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROME_BUILD, chromiumPath } from '../support/chromium';
import type { FuzzSummary } from './fuzz-dom.entry';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const MUTATION_RUNS = Number(process.env.FUZZ_MUTATION_RUNS ?? Math.max(10, Math.round(RUNS / 8)));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

describe('random DOM trees in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlighting never lands in an excluded context, ranges are whole names, disabling leaves the DOM identical, nothing throws', async () => {
    const bundle = await build({
      entryPoints: [resolve(import.meta.dirname, 'fuzz-dom.entry.ts')],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
      logLevel: 'silent',
    });
    const dictionary = JSON.parse(
      // The dictionary the build ships (data/ holds one only after `npm run corpus`).
      await readFile(join(CHROME_BUILD, 'sourcelight-dictionary.json'), 'utf8'),
    ) as { terms: unknown[] };
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const started = Date.now();
    const summaries = await page.evaluate(
      (o) =>
        (window as unknown as { runDomFuzz(o: unknown): Promise<FuzzSummary[]> }).runDomFuzz(o),
      { dictionary: dictionary.terms, numRuns: RUNS, mutationRuns: MUTATION_RUNS, seed: SEED },
    );
    const seconds = (Date.now() - started) / 1000;
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(
      join(ARTIFACTS, 'fuzz-dom.json'),
      JSON.stringify({ seconds, summaries }, null, 2),
    );
    console.log(
      `DOM fuzz (seed ${SEED}, ${seconds.toFixed(1)} s): ` +
        summaries
          .map((s) => `${s.property}: ${s.runs} cases, ${s.ranges} ranges checked`)
          .join('; '),
    );
    for (const s of summaries) {
      expect(s.failed, `${s.property}: ${s.error}\n${s.counterexample}`).toBe(false);
      expect(s.ranges, `${s.property} checked some highlights`).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
