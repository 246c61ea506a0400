/**
 * Arranges a term's excerpts in time: a strip of when each source mentions
 * the term, and the passages grouped by source, newest or oldest first.
 * Undated sources are kept apart rather than guessed into place.
 */
import type { ArticleMeta } from '../types';
import { dateMidpoint } from './format';

/** ArticleMeta plus the optional "mentions events up to" estimate a sources step may add. */
export type DisplayArticle = ArticleMeta & { mentionsUntil?: string | null };

interface HasArticle {
  article: DisplayArticle;
}

export interface TimelinePoint {
  article: DisplayArticle;
  /** Passages of the term in this source. */
  count: number;
  time: number;
  /** 0..1 along the strip (0.5 when every point has the same date). */
  position: number;
}

export interface Timeline {
  /** Oldest first. */
  dated: TimelinePoint[];
  undated: Array<{ article: DisplayArticle; count: number }>;
  /** Time range covered by `dated`, or null when nothing is dated. */
  span: { from: number; to: number } | null;
}

/** One point per source; sources with the same date keep corpus order. */
export function buildTimeline(excerpts: readonly HasArticle[]): Timeline {
  const bySource = new Map<string, { article: DisplayArticle; count: number }>();
  for (const e of excerpts) {
    const entry = bySource.get(e.article.id);
    if (entry) entry.count++;
    else bySource.set(e.article.id, { article: e.article, count: 1 });
  }
  const dated: Array<Omit<TimelinePoint, 'position'>> = [];
  const undated: Timeline['undated'] = [];
  for (const s of bySource.values()) {
    const time = dateMidpoint(s.article.date);
    if (time === null) undated.push(s);
    else dated.push({ ...s, time });
  }
  dated.sort((a, b) => a.time - b.time);
  if (dated.length === 0) return { dated: [], undated, span: null };
  const from = dated[0]!.time;
  const to = dated[dated.length - 1]!.time;
  return {
    dated: dated.map((p) => ({ ...p, position: to > from ? (p.time - from) / (to - from) : 0.5 })),
    undated,
    span: { from, to },
  };
}

export interface TimelineCluster {
  /** Count-weighted mean position, 0..1. */
  position: number;
  count: number;
  points: TimelinePoint[];
}

/**
 * Merges points closer than `minGap` (a fraction of the strip) into one, so
 * sources published days apart do not hide each other's dots.
 */
export function clusterTimeline(
  points: readonly TimelinePoint[],
  minGap: number,
): TimelineCluster[] {
  const clusters: TimelineCluster[] = [];
  for (const p of points) {
    const last = clusters[clusters.length - 1];
    const lastPoint = last?.points[last.points.length - 1];
    if (last && lastPoint && p.position - lastPoint.position < minGap) {
      last.points.push(p);
      last.count += p.count;
      last.position = last.points.reduce((sum, q) => sum + q.position * q.count, 0) / last.count;
    } else clusters.push({ position: p.position, count: p.count, points: [p] });
  }
  return clusters;
}

export type SourceOrder = 'newest' | 'oldest';

export interface SourceGroup<E extends HasArticle> {
  article: DisplayArticle;
  excerpts: E[];
}

/**
 * Groups excerpts by source, ordered by the source's date; undated sources
 * come last in either order (they cannot be placed), in corpus order.
 */
export function groupBySource<E extends HasArticle>(
  excerpts: readonly E[],
  order: SourceOrder,
): Array<SourceGroup<E>> {
  const groups = new Map<string, SourceGroup<E>>();
  for (const e of excerpts) {
    const g = groups.get(e.article.id);
    if (g) g.excerpts.push(e);
    else groups.set(e.article.id, { article: e.article, excerpts: [e] });
  }
  const list = [...groups.values()].map((g, index) => ({
    g,
    index,
    time: dateMidpoint(g.article.date),
  }));
  const sign = order === 'newest' ? -1 : 1;
  list.sort((a, b) => {
    if (a.time === null || b.time === null)
      return a.time === b.time ? a.index - b.index : a.time === null ? 1 : -1;
    return sign * (a.time - b.time) || a.index - b.index;
  });
  return list.map((x) => x.g);
}

/** Figures in publication order (undated last), so no single figure reads as the answer. */
export function sortByArticleDate<E extends HasArticle>(items: readonly E[]): E[] {
  return groupBySource(items, 'oldest').flatMap((g) => g.excerpts);
}
