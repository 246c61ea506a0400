/**
 * `npm run eval:pages` on the dev split, as a floor (#11): the built extension
 * in Chromium on the real pages of eval/pages, scored against their labels.
 * Floors are a little under what was measured, so a change that loses names
 * or adds wrong ones fails here and is looked at with `npm run eval:pages -- --verbose`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/chromium';
import { evaluatePages } from '../../tools/eval/page-eval';
import { loadPageSet } from '../../tools/eval/pages-set';

const DIR = join(ROOT, 'eval/pages');
const hasSet = existsSync(join(DIR, 'labels.json'));

// Issue 11's goals, held on the dev pages: precision >= 99%, recall >= 97%, no highlight on an
// off-topic page. Measured: before the page forms 90.6% / 85.5% / 32 off-topic highlights; after,
// 99.7% (366/367) / 98.1% (366/373) / 0.
const FLOOR = { precision: 0.99, recall: 0.97, offTopicHighlights: 0 };

describe.skipIf(!hasSet)('page evaluation set, dev split, in Chromium', () => {
  it('keeps precision, recall and off-topic highlights at their measured levels', async () => {
    const { pages } = loadPageSet(DIR);
    const result = await evaluatePages(pages, 'dev', { quietMs: 400 });
    const { total } = result;
    const summary = `precision ${total.precision} recall ${total.recall} off-topic ${total.offTopic.highlights}: ${total.offTopic.texts.join(', ')}`;
    expect(result.pages.length, summary).toBe(pages.filter((p) => p.split === 'dev').length);
    expect(total.precision ?? 0, summary).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(total.recall ?? 0, summary).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(total.offTopic.highlights, summary).toBeLessThanOrEqual(FLOOR.offTopicHighlights);
    // Every highlight is one the matcher reproduces from the built dictionary (terms known).
    expect(result.unknownTerms).toBe(0);
  }, 120_000);
});
