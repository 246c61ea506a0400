/**
 * What an import did, in the Sources page's words (moved from core/view/source-list.ts with
 * its messages, #15): the same sentences as before, now read from messages.json.
 */
import { describe, expect, it } from 'vitest';
import { importSummary } from './import-summary';

describe('importSummary', () => {
  const run = (total: number, done: number, added: number, failed: number, cancelled = false) => ({
    total,
    done,
    added: Array.from({ length: added }, (_, i) => `f${i}.txt`),
    failed: Array.from({ length: failed }, () => ({})),
    cancelled,
  });
  it.each([
    [run(200, 200, 200, 0), 'file', 'Added 200 of 200 files.'],
    [run(3, 3, 2, 1), 'file', 'Added 2 of 3 files; 1 failed.'],
    [run(1, 1, 1, 0), 'source', 'Added 1 of 1 source.'],
    [run(1200, 57, 55, 2, true), 'file', 'Cancelled after 57 of 1,200 files: 55 added, 2 failed.'],
    [run(10, 0, 0, 0, true), 'file', 'Cancelled after 0 of 10 files: 0 added.'],
    [run(0, 0, 0, 0), 'file', 'Nothing to add: no files.'],
  ] as const)('%j', (progress, noun, expected) => {
    expect(importSummary(progress, noun)).toBe(expected);
  });
});
