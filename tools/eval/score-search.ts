/**
 * Scores search results against the query set in eval/search/queries.json (#12).
 * Pure: results in, numbers out, so the rules are tested with tables and the
 * CLI (tools/eval-search.ts) only runs searches and prints.
 */

export type QueryKind = 'name' | 'figure' | 'topic';
export type QuerySplit = 'dev' | 'holdout';
export const QUERY_KINDS: readonly QueryKind[] = ['name', 'figure', 'topic'];
export const QUERY_SPLITS: readonly QuerySplit[] = ['dev', 'holdout'];

/** What should come first for a query: any one of these at rank 1 is a perfect answer. */
export interface ExpectedAnswer {
  /** For name queries: the dictionary term the query names. */
  termId?: string;
  /** For figure questions: the figure group(s) that answer it. */
  figureGroupIds?: string[];
  /** Every passage that answers the query when read on its own. */
  passageIds: string[];
}

export interface LabelledQuery {
  query: string;
  kind: QueryKind;
  split: QuerySplit;
  expect: ExpectedAnswer;
  /** One line: why this query, and why these answers. */
  why: string;
}

/**
 * What a search showed, in display order: a term card first (if any), then
 * figure groups, then passages. Today's search returns passages only.
 */
export interface ShownResults {
  termId?: string | null;
  figureGroupIds?: string[];
  passageIds: string[];
}

export interface QueryScore {
  query: string;
  kind: QueryKind;
  split: QuerySplit;
  /** 1-based rank of the first right answer; null when none was shown. */
  rank: number | null;
  isTop3: boolean;
  reciprocalRank: number;
  /** What was shown first, as `term:<id>`, `figures:<id>` or `passage:<id>`; null when nothing was. */
  first: string | null;
}

type ShownItem = { type: 'term' | 'figures' | 'passage'; id: string };

function shownItems(shown: ShownResults): ShownItem[] {
  return [
    ...(shown.termId ? [{ type: 'term' as const, id: shown.termId }] : []),
    ...(shown.figureGroupIds ?? []).map((id) => ({ type: 'figures' as const, id })),
    ...shown.passageIds.map((id) => ({ type: 'passage' as const, id })),
  ];
}

function isRight(item: ShownItem, expect: ExpectedAnswer): boolean {
  if (item.type === 'term') return item.id === expect.termId;
  if (item.type === 'figures') return (expect.figureGroupIds ?? []).includes(item.id);
  return expect.passageIds.includes(item.id);
}

/**
 * Ranks the first right answer among what was shown. A wrong term or figure
 * group shown first takes rank 1 like a wrong passage would: the reader sees
 * it before anything else.
 *
 * @example scoreQuery(q, { passageIds: ['a:3', 'a:1'] }) // rank 2 when q expects a:1
 */
export function scoreQuery(labelled: LabelledQuery, shown: ShownResults): QueryScore {
  const items = shownItems(shown);
  const index = items.findIndex((item) => isRight(item, labelled.expect));
  const rank = index < 0 ? null : index + 1;
  const first = items[0];
  return {
    query: labelled.query,
    kind: labelled.kind,
    split: labelled.split,
    rank,
    isTop3: rank !== null && rank <= 3,
    reciprocalRank: rank === null ? 0 : 1 / rank,
    first: first ? `${first.type}:${first.id}` : null,
  };
}

export interface Totals {
  queries: number;
  top3: number;
  /** Share of queries with a right answer in the top 3; null for no queries. */
  top3Share: number | null;
  /** Mean reciprocal rank; null for no queries. */
  mrr: number | null;
}

export function totalsOf(scores: readonly QueryScore[]): Totals {
  const top3 = scores.filter((s) => s.isTop3).length;
  const rr = scores.reduce((sum, s) => sum + s.reciprocalRank, 0);
  return {
    queries: scores.length,
    top3,
    top3Share: scores.length ? top3 / scores.length : null,
    mrr: scores.length ? rr / scores.length : null,
  };
}

export interface ScoreSummary {
  all: Totals;
  byKind: Record<QueryKind, Totals>;
  bySplit: Record<QuerySplit, Totals>;
}

export function summarize(scores: readonly QueryScore[]): ScoreSummary {
  const of = <K extends string>(keys: readonly K[], pick: (s: QueryScore) => K) =>
    Object.fromEntries(
      keys.map((k) => [k, totalsOf(scores.filter((s) => pick(s) === k))]),
    ) as Record<K, Totals>;
  return {
    all: totalsOf(scores),
    byKind: of(QUERY_KINDS, (s) => s.kind),
    bySplit: of(QUERY_SPLITS, (s) => s.split),
  };
}

/** `top-3 93.8% (30/32)  MRR 0.87`, the line the CLI prints. */
export function formatTotals(t: Totals): string {
  if (t.top3Share === null || t.mrr === null) return 'no queries';
  return `top-3 ${(t.top3Share * 100).toFixed(1)}% (${t.top3}/${t.queries})  MRR ${t.mrr.toFixed(2)}`;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

/**
 * Checks the query file's shape and returns its items; throws naming the
 * item and field that is wrong, so a typo in the labels is not scored as a miss.
 */
export function parseQuerySet(json: unknown): LabelledQuery[] {
  if (!Array.isArray(json)) throw new Error('the query set is a JSON array of queries');
  const seen = new Set<string>();
  return json.map((raw: unknown, i) => {
    const where = `query ${i + 1}`;
    const item = raw as Partial<LabelledQuery> | null;
    const fail = (what: string): never => {
      throw new Error(`${where}${item?.query ? ` (${JSON.stringify(item.query)})` : ''}: ${what}`);
    };
    if (!item || typeof item !== 'object') return fail('not an object');
    if (typeof item.query !== 'string' || !item.query.trim()) return fail('query is empty');
    if (seen.has(item.query)) fail('asked twice');
    seen.add(item.query);
    if (!QUERY_KINDS.includes(item.kind as QueryKind))
      fail(`kind is one of ${QUERY_KINDS.join(', ')}`);
    if (!QUERY_SPLITS.includes(item.split as QuerySplit)) fail('split is dev or holdout');
    if (typeof item.why !== 'string' || !item.why.trim()) fail('why is empty');
    const expect = item.expect;
    if (!expect || typeof expect !== 'object') return fail('expect is missing');
    if (!isStringArray(expect.passageIds)) fail('expect.passageIds is a list of passage ids');
    if (expect.termId !== undefined && (typeof expect.termId !== 'string' || !expect.termId))
      fail('expect.termId is a term id');
    if (expect.figureGroupIds !== undefined && !isStringArray(expect.figureGroupIds))
      fail('expect.figureGroupIds is a list of figure group ids');
    if (item.kind === 'name' && !expect.termId) fail('a name query names its termId');
    const answers =
      expect.passageIds.length + (expect.figureGroupIds?.length ?? 0) + (expect.termId ? 1 : 0);
    if (answers === 0) fail('expects no answer at all');
    return item as LabelledQuery;
  });
}

/** Labels that point at nothing in the compiled corpus (ids drift when the compiler changes). */
export function findUnknownIds(
  queries: readonly LabelledQuery[],
  known: {
    passageIds: ReadonlySet<string>;
    termIds: ReadonlySet<string>;
    figureGroupIds: ReadonlySet<string>;
  },
): string[] {
  return queries.flatMap((q) => [
    ...q.expect.passageIds
      .filter((id) => !known.passageIds.has(id))
      .map((id) => `${q.query}: passage ${id}`),
    ...(q.expect.termId && !known.termIds.has(q.expect.termId)
      ? [`${q.query}: term ${q.expect.termId}`]
      : []),
    ...(q.expect.figureGroupIds ?? [])
      .filter((id) => !known.figureGroupIds.has(id))
      .map((id) => `${q.query}: figure group ${id}`),
  ]);
}
