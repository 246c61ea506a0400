import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findUnknownIds,
  formatTotals,
  parseQuerySet,
  scoreQuery,
  summarize,
  type LabelledQuery,
  type ShownResults,
} from './score-search';

const NAME: LabelledQuery = {
  query: 'Tokaiev',
  kind: 'name',
  split: 'dev',
  expect: { termId: 'tokayev', passageIds: ['a:1', 'b:2'] },
  why: 'misspelling',
};
const FIGURE: LabelledQuery = {
  query: 'death toll',
  kind: 'figure',
  split: 'holdout',
  expect: { figureGroupIds: ['fg:killed'], passageIds: ['a:3'] },
  why: 'toll',
};
const TOPIC: LabelledQuery = {
  query: 'CSTO troops',
  kind: 'topic',
  split: 'dev',
  expect: { passageIds: ['c:0'] },
  why: 'topic',
};

describe('scoreQuery', () => {
  it.each<[string, LabelledQuery, ShownResults, number | null]>([
    ['a right passage first', NAME, { passageIds: ['b:2', 'x:0'] }, 1],
    ['a right passage third', NAME, { passageIds: ['x:0', 'x:1', 'a:1'] }, 3],
    ['a right passage fourth: not top 3', NAME, { passageIds: ['x:0', 'x:1', 'x:2', 'a:1'] }, 4],
    ['nothing right', NAME, { passageIds: ['x:0'] }, null],
    ['nothing shown', NAME, { passageIds: [] }, null],
    ['the named term shown first', NAME, { termId: 'tokayev', passageIds: ['x:0'] }, 1],
    ['another term first takes rank 1', NAME, { termId: 'nazarbayev', passageIds: ['a:1'] }, 2],
    ['a null term is nothing shown', NAME, { termId: null, passageIds: ['a:1'] }, 1],
    ['the figure group first', FIGURE, { figureGroupIds: ['fg:killed'], passageIds: [] }, 1],
    [
      'a wrong group before the right one',
      FIGURE,
      { figureGroupIds: ['fg:x', 'fg:killed'], passageIds: [] },
      2,
    ],
    ['groups come before passages', FIGURE, { figureGroupIds: ['fg:x'], passageIds: ['a:3'] }, 2],
    [
      'a term shown for a figure question is a wrong answer',
      FIGURE,
      { termId: 't', passageIds: ['a:3'] },
      2,
    ],
    ['a topic has only passages', TOPIC, { termId: 'csto', passageIds: ['c:0'] }, 2],
  ])('%s', (_, labelled, shown, rank) => {
    const s = scoreQuery(labelled, shown);
    expect(s.rank).toBe(rank);
    expect(s.isTop3).toBe(rank !== null && rank <= 3);
    expect(s.reciprocalRank).toBe(rank === null ? 0 : 1 / rank);
  });

  it('records what was shown first', () => {
    expect(scoreQuery(NAME, { termId: 't', passageIds: ['x:0'] }).first).toBe('term:t');
    expect(scoreQuery(FIGURE, { figureGroupIds: ['g'], passageIds: [] }).first).toBe('figures:g');
    expect(scoreQuery(TOPIC, { passageIds: ['x:0'] }).first).toBe('passage:x:0');
    expect(scoreQuery(TOPIC, { passageIds: [] }).first).toBeNull();
  });
});

describe('summarize', () => {
  const scores = [
    scoreQuery(NAME, { passageIds: ['a:1'] }), // 1
    scoreQuery(FIGURE, { passageIds: ['x', 'y', 'z', 'a:3'] }), // 4: not top 3
    scoreQuery(TOPIC, { passageIds: ['x', 'c:0'] }), // 2
    scoreQuery({ ...TOPIC, query: 'other', split: 'holdout' }, { passageIds: [] }), // miss
  ];

  it('counts top-3 hits and the mean reciprocal rank overall, per kind and per split', () => {
    const s = summarize(scores);
    expect(s.all).toEqual({ queries: 4, top3: 2, top3Share: 0.5, mrr: (1 + 0.25 + 0.5 + 0) / 4 });
    expect(s.byKind.name).toEqual({ queries: 1, top3: 1, top3Share: 1, mrr: 1 });
    expect(s.byKind.figure).toEqual({ queries: 1, top3: 0, top3Share: 0, mrr: 0.25 });
    expect(s.byKind.topic).toEqual({ queries: 2, top3: 1, top3Share: 0.5, mrr: 0.25 });
    expect(s.bySplit.dev).toEqual({ queries: 2, top3: 2, top3Share: 1, mrr: 0.75 });
    expect(s.bySplit.holdout).toEqual({ queries: 2, top3: 0, top3Share: 0, mrr: 0.125 });
  });

  it('prints the totals line, and says when there is nothing to score', () => {
    expect(formatTotals(summarize(scores).all)).toBe('top-3 50.0% (2/4)  MRR 0.44');
    expect(formatTotals(summarize([]).all)).toBe('no queries');
  });
});

describe('parseQuerySet', () => {
  it.each<[string, unknown, RegExp]>([
    ['not a list', { queries: [] }, /JSON array/],
    ['an empty query', [{ ...TOPIC, query: ' ' }], /query is empty/],
    ['a query asked twice', [TOPIC, TOPIC], /"CSTO troops".*asked twice/],
    ['an unknown kind', [{ ...TOPIC, kind: 'place' }], /kind is one of/],
    ['an unknown split', [{ ...TOPIC, split: 'test' }], /split is dev or holdout/],
    ['no why', [{ ...TOPIC, why: '' }], /why is empty/],
    ['no passage list', [{ ...TOPIC, expect: {} }], /passageIds/],
    ['a name without its term', [{ ...NAME, expect: { passageIds: ['a:1'] } }], /termId/],
    [
      'groups not a list',
      [{ ...FIGURE, expect: { figureGroupIds: 'g', passageIds: [] } }],
      /figureGroupIds/,
    ],
    ['no answer at all', [{ ...TOPIC, expect: { passageIds: [] } }], /no answer/],
  ])('rejects %s', (_, json, message) => {
    expect(() => parseQuerySet(json)).toThrow(message);
  });

  it('accepts well-formed items', () => {
    expect(parseQuerySet([NAME, FIGURE, TOPIC])).toEqual([NAME, FIGURE, TOPIC]);
  });

  it('accepts the committed query set: at least 48 queries, a third held out, every kind in both splits', () => {
    const set = parseQuerySet(
      JSON.parse(readFileSync(new URL('../../eval/search/queries.json', import.meta.url), 'utf8')),
    );
    expect(set.length).toBeGreaterThanOrEqual(48);
    const holdout = set.filter((q) => q.split === 'holdout').length;
    expect(holdout / set.length).toBeGreaterThanOrEqual(0.3);
    expect(holdout / set.length).toBeLessThanOrEqual(0.37);
    for (const kind of ['name', 'figure', 'topic'] as const)
      for (const split of ['dev', 'holdout'] as const)
        expect(set.some((q) => q.kind === kind && q.split === split)).toBe(true);
  });
});

describe('findUnknownIds', () => {
  it('names labels that point at nothing in the corpus', () => {
    const known = {
      passageIds: new Set(['a:1', 'a:3']),
      termIds: new Set(['tokayev']),
      figureGroupIds: new Set<string>(),
    };
    expect(findUnknownIds([NAME, FIGURE], known)).toEqual([
      'Tokaiev: passage b:2',
      'death toll: figure group fg:killed',
    ]);
  });
});
