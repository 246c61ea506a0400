/**
 * Property tests of the background's lookup service over the real compiled
 * seeds: random queries (any Unicode, lone surrogates, MiniSearch-looking
 * syntax, very long input), random term and article ids, random limits:
 * nothing throws, and every answer is well formed.
 * FUZZ_SEED / FUZZ_RUNS reproduce or widen a run.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createLookupService,
  readCorpusAsset,
  type LookupService,
} from '../../core/search/service';
import { SourceLibrary } from '../../core/sources/library';
import { compileSeedDir, serializeAssets } from '../../tools/compile-seeds';
import { CORPUS_ASSET, SEARCH_INDEX_ASSET } from '../../core/types';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

let service: LookupService;
let termIds: string[];
let articleIds: string[];
let names: string[];

beforeAll(async () => {
  const result = await compileSeedDir({
    seedsDir: resolve(ROOT, 'seeds'),
    curatedPath: resolve(ROOT, 'data/terms.json'),
  });
  // Through the same JSON texts the background fetches.
  const assets = serializeAssets(result);
  service = createLookupService({
    load: async () =>
      new SourceLibrary(readCorpusAsset(assets[CORPUS_ASSET]!), {
        readSearchIndex: async () => JSON.parse(assets[SEARCH_INDEX_ASSET]!) as unknown,
      }),
  });
  termIds = result.corpus.terms.map((t) => t.id);
  articleIds = result.corpus.articles.map((a) => a.id);
  names = result.corpus.terms.flatMap((t) => t.variants);
}, 60_000);

const counts: Record<string, number> = {};

function queryArb() {
  const piece = fc.oneof(
    fc.constantFrom(...names),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom(
      '*',
      '~',
      '^2',
      '"',
      "'",
      '-',
      'AND',
      'OR',
      'NOT',
      '(',
      ')',
      ':',
      '\\',
      '?',
      '%',
      '.*',
      '[a-z]+',
      '\uD800',
      '\uDFFF',
      '\u0000',
      '🙂',
      '🇰🇿',
      'İ',
      'ß',
      '\u0301',
      '\u200f',
      '\n',
      '\t',
      '  ',
    ),
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(piece, { maxLength: 6 }).map((p) => p.join(' ')) },
    { weight: 1, arbitrary: fc.string({ minLength: 400, maxLength: 3000 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a', 'e', '1', '2022', names[0] ?? 'x') },
  );
}

function expectWellFormedSearch(r: Awaited<ReturnType<LookupService['search']>>, limit: number) {
  expect(Array.isArray(r.hits)).toBe(true);
  expect(r.hits.length).toBeLessThanOrEqual(limit);
  for (const h of r.hits) {
    expect(typeof h.text).toBe('string');
    expect(Number.isFinite(h.score)).toBe(true);
    for (const [a, b] of h.marks) {
      expect(0 <= a && a < b && b <= h.text.length).toBe(true);
    }
  }
  expect(Array.isArray(r.names) && Array.isArray(r.nearNames)).toBe(true);
}

describe('lookup service under random input', () => {
  it('search never throws and answers well formed', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb(), fc.integer({ min: 1, max: 200 }), async (query, limit) => {
        counts.search = (counts.search ?? 0) + 1;
        expectWellFormedSearch(await service.search({ query, limit }), limit);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);

  it('lookupTerm and getArticle: an answer for known ids, null for others, never a throw', async () => {
    const idArb = (known: string[]) =>
      fc.oneof(
        fc.constantFrom(...known),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('__proto__', 'constructor', 'toString', '', ' ', '../x', '\uD800'),
      );
    await fc.assert(
      fc.asyncProperty(idArb(termIds), idArb(articleIds), async (termId, articleId) => {
        counts.lookup = (counts.lookup ?? 0) + 1;
        const card = await service.lookupTerm({ termId });
        if (termIds.includes(termId)) {
          expect(card?.term.id).toBe(termId);
          expect(card!.excerpts.length).toBeGreaterThan(0);
        } else expect(card).toBeNull();
        const article = await service.getArticle({ articleId });
        if (articleIds.includes(articleId)) expect(article?.article.id).toBe(articleId);
        else expect(article).toBeNull();
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`search fuzz (seed ${SEED}): ${JSON.stringify(counts)} cases`);
  }, 60_000);
});
