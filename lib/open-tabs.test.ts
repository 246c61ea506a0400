/**
 * Telling open tabs the sources changed (lib/open-tabs.ts). A tab with no content script
 * refuses the message; the others must still be told, and the refusal is recorded, not lost.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { debugLog } from '../core/debug-log';
import { tellOpenTabs, throttledTellOpenTabs } from './open-tabs';

beforeEach(() => {
  fakeBrowser.reset();
  debugLog.clear();
  vi.restoreAllMocks();
});

describe('tellOpenTabs', () => {
  it('tells every tab, and records the tab that could not be told', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    const b = await fakeBrowser.tabs.create({ url: 'https://news.example/' });
    const told: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((tabId: number) => {
      if (tabId === a.id) return Promise.reject(new Error('Could not establish connection'));
      told.push(tabId);
      return Promise.resolve({ ok: true, data: { ok: true } });
    });
    await expect(tellOpenTabs()).resolves.toBeUndefined();
    // fakeBrowser starts with a tab of its own; it is told too.
    expect(told).toContain(b.id);
    expect(told).not.toContain(a.id);
    expect(debugLog.entries()).toEqual([
      {
        at: expect.any(Number),
        where: 'background: tell a tab the sources changed',
        message: 'Could not establish connection',
      },
    ]);
  });
});

describe('throttledTellOpenTabs', () => {
  it('tells tabs once per burst of changes, after bringing the snapshot up to date; a failure there is recorded and tabs are still told', async () => {
    vi.useFakeTimers();
    try {
      const order: string[] = [];
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => {
        order.push('told');
        return Promise.resolve({ ok: true, data: { ok: true } });
      });
      let fail = false;
      const tellSoon = throttledTellOpenTabs({
        everyMs: 2000,
        before: () => {
          order.push('snapshot');
          return fail ? Promise.reject(new Error('storage full')) : Promise.resolve();
        },
      });
      tellSoon();
      tellSoon();
      tellSoon();
      await vi.advanceTimersByTimeAsync(0);
      expect(order).toEqual(['snapshot', 'told']);
      fail = true;
      tellSoon();
      await vi.advanceTimersByTimeAsync(1000);
      expect(order).toEqual(['snapshot', 'told']);
      await vi.advanceTimersByTimeAsync(1000);
      expect(order).toEqual(['snapshot', 'told', 'snapshot', 'told']);
      expect(debugLog.entries().map((e) => e.message)).toEqual(['storage full']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells them less often while bringing the library up to date is slow (thousands of sources)', async () => {
    vi.useFakeTimers();
    try {
      const told: number[] = [];
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => {
        told.push(Date.now());
        return Promise.resolve({ ok: true, data: { ok: true } });
      });
      let mergeMs = 100;
      const tellSoon = throttledTellOpenTabs({
        everyMs: 2000,
        before: () => new Promise((ok) => setTimeout(ok, mergeMs)),
      });
      const start = Date.now();
      // A change every 500 ms for 40 s: while the merge takes 100 ms, every 2 s.
      for (let t = 0; t < 20_000; t += 500) {
        tellSoon();
        await vi.advanceTimersByTimeAsync(500);
      }
      const fast = told.length;
      expect(fast).toBeGreaterThanOrEqual(9);
      // Merges of 3 s: at most one start every 15 s, so the worker merges a fifth of its time.
      mergeMs = 3000;
      for (let t = 0; t < 60_000; t += 500) {
        tellSoon();
        await vi.advanceTimersByTimeAsync(500);
      }
      await vi.advanceTimersByTimeAsync(30_000);
      const slow = told.slice(fast).map((at) => at - start);
      // slow[0] is the last quick merge's; from slow[1] on, each merge took 3 s.
      const gaps = slow.slice(2).map((at, i) => at - slow[i + 1]!);
      expect(gaps.length).toBeGreaterThanOrEqual(2);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(15_000);
      // The last change still reaches them: none is left waiting.
      const before = told.length;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(told.length).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});
