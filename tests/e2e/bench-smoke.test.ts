/**
 * Keeps the benchmark from rotting: runs `bench:smoke` (small page, one run,
 * no 10k corpus) against the extension CI built, and checks that every metric
 * produced a number. It never asserts a time: timings on shared CI machines
 * mean nothing in isolation (bench/RESULTS.md has the real numbers).
 */
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/run';
import { rows } from '../../bench/report';

const isMeasured = (x: number | null | undefined) => typeof x === 'number' && Number.isFinite(x);

describe('bench:smoke', () => {
  it('measures every metric in real Chromium', { timeout: 180_000 }, async () => {
    const r = await runBench({
      smoke: true,
      build: false,
      outDir: process.env.WXT_OUT_DIR ?? '.output',
      write: false,
      log: () => {},
    });
    expect(r.page.textNodes).toBeGreaterThan(1000);
    expect(r.dictionary.terms).toBeGreaterThan(0);
    for (const s of r.sourcelight) {
      expect(s.stats.done).toBe(true);
      expect(isMeasured(s.stats.totalMs)).toBe(true);
      expect(isMeasured(s.stats.firstSliceMs)).toBe(true);
      // The sprinkled page names seed terms: the pass must have found some.
      expect(s.stats.matches).toBeGreaterThan(0);
      expect(s.viewport.names).toBeGreaterThan(0);
    }
    expect(r.floor.every((f) => isMeasured(f.floorMs) && f.chars > 0)).toBe(true);
    expect(r.isolatedFloor?.length).toBe(r.floor.length);
    expect(r.isolatedFloor?.every(isMeasured)).toBe(true);
    expect(r.latency.firstHighlight?.cold.every(isMeasured)).toBe(true);
    expect(r.latency.firstHighlight?.warm.length).toBeGreaterThan(0);
    expect(r.markRegExp.ms.every(isMeasured)).toBe(true);
    expect(r.markRegExp.marks).toBeGreaterThan(0);
    expect(r.scaling.flat().every((s) => isMeasured(s.matchMs) && s.matches > 0)).toBe(true);
    expect(r.trace.withExtension.total).toBeGreaterThan(0);
    expect(r.dynamic.appended.every((d) => d.paragraphs === r.dynamic.paragraphs)).toBe(true);
    expect(r.dynamic.oneShot.every((d) => isMeasured(d.stats.totalMs))).toBe(true);
    expect(r.latency.seeds.warm.failures).toBe(0);
    expect(r.latency.seeds.warm.lookupMs.length).toBeGreaterThan(0);
    expect(r.latency.seeds.warm.searchMs.length).toBeGreaterThan(0);
    expect(r.latency.seeds.cold.failures).toBe(0);
    expect(r.install.bundles.some((b) => b.file === 'content-scripts/content.js')).toBe(true);
    // The reader's sources: imported through the Sources page, then looked up and searched.
    for (const step of r.sources?.steps ?? []) {
      expect(step.failed, step.failures.join(' / ')).toBe(0);
      expect(step.articles).toBeGreaterThanOrEqual(step.storedFiles);
      expect(step.usageAfterBytes).toBeGreaterThan(step.usageBeforeBytes);
      expect(step.warm.failures + step.cold.failures).toBe(0);
      expect(step.workerHeap?.usedBytes).toBeGreaterThan(0);
    }
    expect(r.sources?.steps.length).toBeGreaterThan(0);
    // Every row of the table rendered a value.
    for (const row of rows(r)) expect(row.sourcelight, row.metric).not.toMatch(/n\/a/u);
  });
});
