import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../types';
import { buildTimeline, clusterTimeline, groupBySource, sortByArticleDate } from './timeline';

const article = (id: string, date: string | null): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  title: `Title ${id}`,
  publisher: null,
  author: null,
  url: null,
  date,
  dateText: date,
});
const ex = (a: ArticleMeta, n: number) => ({ passageId: `${a.id}:${n}`, article: a });

const a2024 = article('a', '2024-01-05');
const bUndated = article('b', null);
const c2022 = article('c', '2022-01-10');
const d2023 = article('d', '2023-06');
const eUndated = article('e', null);
const excerpts = [
  ex(a2024, 1),
  ex(bUndated, 1),
  ex(c2022, 1),
  ex(c2022, 2),
  ex(d2023, 1),
  ex(a2024, 2),
  ex(eUndated, 1),
  ex(c2022, 3),
];

describe('buildTimeline', () => {
  it('puts one point per dated source, oldest first, and undated sources apart', () => {
    const t = buildTimeline(excerpts);
    expect(t.dated.map((p) => [p.article.id, p.count])).toEqual([
      ['c', 3],
      ['d', 1],
      ['a', 2],
    ]);
    expect(t.undated.map((u) => [u.article.id, u.count])).toEqual([
      ['b', 1],
      ['e', 1],
    ]);
    expect(t.dated[0]!.position).toBe(0);
    expect(t.dated[2]!.position).toBe(1);
    expect(t.dated[1]!.position).toBeGreaterThan(0.5);
    expect(t.dated[1]!.position).toBeLessThan(1);
  });

  it('centres a single date and handles no dates at all', () => {
    expect(buildTimeline([ex(c2022, 1)]).dated[0]!.position).toBe(0.5);
    const none = buildTimeline([ex(bUndated, 1)]);
    expect(none.dated).toEqual([]);
    expect(none.span).toBeNull();
    expect(buildTimeline([])).toEqual({ dated: [], undated: [], span: null });
  });
});

describe('clusterTimeline', () => {
  it('merges sources dated close together into one dot with their summed passages', () => {
    const t = buildTimeline([
      ex(article('x', '2022-01-06'), 1),
      ex(article('y', '2022-01-09'), 1),
      ex(article('y', '2022-01-09'), 2),
      ex(article('z', '2022-11-21'), 1),
    ]);
    const clusters = clusterTimeline(t.dated, 0.05);
    expect(clusters.map((c) => [c.points.map((p) => p.article.id), c.count])).toEqual([
      [['x', 'y'], 3],
      [['z'], 1],
    ]);
    // Weighted toward the source with more passages.
    expect(clusters[0]!.position).toBeGreaterThan(t.dated[0]!.position);
    expect(clusters[0]!.position).toBeLessThan(t.dated[1]!.position);
    expect(clusters[1]!.position).toBe(1);
    expect(clusterTimeline(t.dated, 0).length).toBe(3);
  });
});

describe('groupBySource', () => {
  it('orders sources newest or oldest first, undated last, keeping passages in order', () => {
    const newest = groupBySource(excerpts, 'newest');
    expect(newest.map((g) => g.article.id)).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(newest[2]!.excerpts.map((e) => e.passageId)).toEqual(['c:1', 'c:2', 'c:3']);
    expect(groupBySource(excerpts, 'oldest').map((g) => g.article.id)).toEqual([
      'c',
      'd',
      'a',
      'b',
      'e',
    ]);
  });

  it('sorts items by their source date', () => {
    expect(
      sortByArticleDate([ex(a2024, 1), ex(bUndated, 1), ex(c2022, 1)]).map((e) => e.article.id),
    ).toEqual(['c', 'a', 'b']);
  });
});
