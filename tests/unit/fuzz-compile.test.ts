/**
 * Property test of the source compiler over random seed files: every input
 * either compiles to a well-formed corpus or fails with a SeedError that
 * names one of the given files (in its message, where the build prints it).
 * Nothing else may escape: no TypeError, no RangeError, no hang.
 * FUZZ_SEED / FUZZ_RUNS reproduce or widen a run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../core/compile';
import { SeedError } from '../../core/sources/seed-error';
import { loadCorpus } from '../../core/search/service';
import type { CuratedTerms } from '../../core/terms/extract-terms';
import type { SeedFile } from '../../core/types';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CURATED = JSON.parse(readFileSync(resolve(ROOT, 'data/terms.json'), 'utf8')) as CuratedTerms;

const enc = new TextEncoder();

const line = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Tokayev met the CSTO in Astana on Tuesday.',
      'Kassym-Jomart Tokayev said the European Union was a partner.',
      'Brussels 21.11.2022 The EU welcomed the reforms.',
      'Vienna, 7 March 2022 – Analysts in Almaty disagreed.',
      'Published: March 7, 2022',
      'By Jane Doe',
      'Read more with Euractiv',
      'Tag Archives: Kazakhstan',
      '# A heading',
      '- a list item',
      '**bold** and [a link](https://example.org)',
      'U.N. officials met Mr. Smith on Jan. 7.',
      '',
      '   ',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const validFrontMatter = fc
  .subarray(
    [
      'title: A title',
      'publisher: Euractiv',
      'author: Jane Doe',
      'url: https://www.example.org/a',
      'date: 2024-01-05',
    ],
    { minLength: 1 },
  )
  .map((lines) => `---\n${lines.join('\n')}\n---\n`);

const anyFrontMatter = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'title: A title',
        'url: ftp://example.org',
        'date: 2024-02-30',
        'date: 21.11.2022',
        'date: 2024',
        'title:',
        'title: "quoted"',
        'unknown: key',
        'not a key value line',
        '# a comment',
      ),
      fc
        .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }))
        .map(([k, v]) => `${k}: ${v}`),
    ),
    { maxLength: 6 },
  )
  .chain((lines) =>
    fc.constantFrom(`---\n${lines.join('\n')}\n---\n`, `---\n${lines.join('\n')}\n`),
  );

const frontMatter = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: validFrontMatter },
  { weight: 1, arbitrary: anyFrontMatter },
);

/** File contents: text-like (with or without front matter), raw bytes, or degenerate. */
const contents = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        frontMatter,
        fc.array(fc.array(line, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
      )
      .map(([fm, paras]) => enc.encode(fm + paras.map((p) => p.join('\n')).join('\n\n'))),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Uint8Array(0),
      enc.encode('\n\n\n'),
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...enc.encode('BOM title\n\nTokayev spoke in Astana today.'),
      ]),
      new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
    ),
  },
);

/** Mostly distinct .txt/.md names; sometimes a duplicate stem, an odd extension or an empty stem. */
const files = fc
  .array(
    fc.record({
      stem: fc.oneof(
        { weight: 8, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom('dup', 'x.y', 'ü-nicode') },
      ),
      ext: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom('.txt', '.md') },
        { weight: 1, arbitrary: fc.constantFrom('.TXT', '.pdf', '') },
      ),
      bytes: contents,
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) =>
    list.map(({ stem, ext, bytes }, i): SeedFile => ({
      name: `${stem || `article-${i}`}${ext}`,
      bytes,
    })),
  );

describe('compileCorpus under random seed files', () => {
  it('builds a well-formed corpus or throws a SeedError naming a given file', () => {
    const outcomes = { built: 0, seedError: 0 };
    fc.assert(
      fc.property(files, (input: SeedFile[]) => {
        let result: ReturnType<typeof compileCorpus>;
        try {
          result = compileCorpus({ files: input, curated: CURATED });
        } catch (error) {
          if (!(error instanceof SeedError)) throw error;
          const names = input.map((f) => f.name);
          expect(names).toContain(error.file);
          expect(error.message.startsWith(error.file)).toBe(true);
          expect(error.reason.length).toBeGreaterThan(0);
          outcomes.seedError++;
          return;
        }
        outcomes.built++;
        expect(result.corpus.articles.length).toBeGreaterThan(0);
        for (const p of result.corpus.passages) expect(p.text.trim().length).toBeGreaterThan(0);
        // What the build writes, the background can read back.
        const loaded = loadCorpus(JSON.stringify(result.corpus));
        expect(loaded.dictionary.terms.length).toBe(result.dictionary.terms.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(
      `compile fuzz (seed ${SEED}): ${RUNS} cases, ${outcomes.built} built, ${outcomes.seedError} SeedError`,
    );
    // The generator reaches both outcomes (else the property would be half-tested).
    expect(outcomes.built).toBeGreaterThan(0);
    expect(outcomes.seedError).toBeGreaterThan(0);
  }, 60_000);
});
