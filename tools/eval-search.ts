/**
 * `npm run eval:search [-- --split dev|holdout|all] [--verbose] [--queries eval/search/queries.json]`
 *
 * Compiles seeds/ with the project's compiler, loads the corpus as the
 * background does (the JSON asset through `loadCorpus`), asks every query of
 * the evaluation set (eval/search) through `searchCorpus` with the popup's
 * limit, and prints the share of queries with a right answer in the top 3 and
 * the mean reciprocal rank, per kind (#12). A measurement: exits 0 unless the
 * query set or the seeds cannot be read. Score `--split holdout` only at the
 * end of a round of ranking work; tune on dev.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchCorpus } from '../core/search/search-corpus';
import { loadCorpus } from '../core/search/service';
import { compileSeedDir } from './compile-seeds';
import { shownResultsOf } from './eval/search-shown';
import {
  QUERY_KINDS,
  findUnknownIds,
  formatTotals,
  parseQuerySet,
  scoreQuery,
  summarize,
  type LabelledQuery,
  type QueryScore,
} from './eval/score-search';

/** The popup asks for 30 results (entrypoints/popup/main.tsx); a right answer below that is not seen. */
const POPUP_LIMIT = 30;

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
    queries: { type: 'string', default: 'eval/search/queries.json' },
    seeds: { type: 'string', default: 'seeds' },
    curated: { type: 'string', default: 'data/terms.json' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const split = values.split;
if (split !== 'dev' && split !== 'holdout' && split !== 'all')
  fail('--split is dev, holdout or all');

/**
 * Fields of a search response this script knows. Today the response holds
 * passages (`hits`) and name suggestions (`names`, `nearNames`: chips above
 * the passages, not a result). If a later search shows a term card or figure
 * groups first, the adapter reads them from `term` / `figureGroups`, or from
 * hits that carry a `termId` or `figureGroupId` instead of a `passageId`; a
 * field it does not know is reported, so the adapter is updated rather than
 * silently scoring passages only.
 */
const KNOWN_FIELDS = new Set(['query', 'hits', 'names', 'nearNames', 'term', 'figureGroups']);

const queries: LabelledQuery[] = (() => {
  try {
    return parseQuerySet(JSON.parse(readFileSync(resolve(values.queries), 'utf8')));
  } catch (error) {
    return fail(`${values.queries}: ${error instanceof Error ? error.message : String(error)}`);
  }
})();

const compiled = await compileSeedDir({ seedsDir: values.seeds, curatedPath: values.curated });
// Through JSON, as the background loads the built asset: the index round trip is part of what is measured.
const loaded = loadCorpus(JSON.stringify(compiled.corpus));

const unknown = findUnknownIds(queries, {
  passageIds: new Set(loaded.corpus.passages.map((p) => p.id)),
  termIds: new Set(loaded.corpus.terms.map((t) => t.id)),
  figureGroupIds: new Set(loaded.corpus.figureGroups.map((g) => g.id)),
});
if (unknown.length > 0) {
  console.warn(
    `Labels point at ids the compiled corpus does not have (passage splitting or ids changed?):\n  ${unknown.join('\n  ')}`,
  );
}

const chosen = queries.filter((q) => split === 'all' || q.split === split);
const unknownFields = new Set<string>();
const rows = chosen.map((q) => {
  const response = searchCorpus(loaded, q.query, POPUP_LIMIT);
  for (const key of Object.keys(response)) if (!KNOWN_FIELDS.has(key)) unknownFields.add(key);
  const score = scoreQuery(q, shownResultsOf(response));
  // Not scored: whether the named term is the first name chip above the passages today.
  const firstChip = response.names[0]?.id ?? null;
  return { q, score, hits: response.hits.length, firstChip };
});

const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : 'n/a');
const rankText = (s: QueryScore) => (s.rank === null ? 'miss' : `#${s.rank}`);

console.log(
  `Search evaluation, split ${split}: ${chosen.length} queries, ${loaded.corpus.passages.length} passages, ` +
    `top ${POPUP_LIMIT} results per query as the popup asks`,
);
if (unknownFields.size > 0)
  console.warn(
    `The search response has fields this script does not read (${[...unknownFields].join(', ')}): ` +
      'update shownResultsOf in tools/eval-search.ts if they are shown before the passages.',
  );

if (values.verbose) {
  const width = Math.max(...chosen.map((r) => r.query.length));
  for (const { q, score, hits, firstChip } of rows) {
    const chip =
      q.kind === 'name'
        ? `  chip ${firstChip === q.expect.termId ? 'yes' : (firstChip ?? '-')}`
        : '';
    console.log(
      `  ${score.isTop3 ? ' ' : 'x'} ${q.split.padEnd(7)} ${q.kind.padEnd(6)} ${q.query.padEnd(width)}  ` +
        `${rankText(score).padStart(4)}  of ${String(hits).padStart(2)}  first ${score.first ?? '-'}${chip}`,
    );
  }
  console.log();
}

const scores = rows.map((r) => r.score);
const splits = split === 'all' ? (['dev', 'holdout', 'all'] as const) : ([split] as const);
for (const s of splits) {
  const part = s === 'all' ? scores : scores.filter((x) => x.split === s);
  const summary = summarize(part);
  console.log(`${s.padEnd(7)}  ${formatTotals(summary.all)}`);
  for (const kind of QUERY_KINDS)
    console.log(`  ${kind.padEnd(6)} ${formatTotals(summary.byKind[kind])}`);
}
const names = rows.filter((r) => r.q.kind === 'name');
const chips = names.filter((r) => r.firstChip === r.q.expect.termId).length;
console.log(
  `Not scored: the named term is the first name chip for ${chips}/${names.length} name queries (${pct(chips, names.length)}).`,
);
const misses = rows.filter((r) => !r.score.isTop3);
if (misses.length > 0 && !values.verbose)
  console.log(
    `Not in the top 3: ${misses.map((r) => `${JSON.stringify(r.q.query)} (${rankText(r.score)})`).join(', ')}`,
  );
