/**
 * The page evaluation end to end: choose a split of the set, read the
 * highlights in Chromium, score each page. Shared by `npm run eval:pages` and
 * its e2e test.
 */
import { readHighlights, type PageReading, type ReadOptions } from './read-highlights';
import type { LabelledPage, PageSplit } from './pages-set';
import { scorePage, totalScore, type ScoredPage, type TotalScore } from './score-pages';

export interface PageResult extends ScoredPage {
  url: string;
  ms: number;
}

export interface PageEvaluation {
  split: PageSplit | 'all';
  pages: PageResult[];
  total: TotalScore;
  /** Highlights whose term could not be re-derived (scored by text only). */
  unknownTerms: number;
}

export function pagesOfSplit(pages: readonly LabelledPage[], split: PageSplit | 'all') {
  return pages.filter((p) => split === 'all' || p.split === split);
}

export async function evaluatePages(
  all: readonly LabelledPage[],
  split: PageSplit | 'all',
  options: ReadOptions = {},
): Promise<PageEvaluation> {
  const chosen = pagesOfSplit(all, split);
  const readings = await readHighlights(chosen, options);
  const byId = new Map<string, PageReading>(readings.map((r) => [r.id, r]));
  const pages = chosen.map((p): PageResult => {
    const reading = byId.get(p.id)!;
    const spans = reading.spans.map((s) => ({
      text: s.text,
      term: s.term,
      where: `${s.block === 0 ? 'title' : `p${s.block}`}:${s.start}`,
    }));
    return {
      id: p.id,
      topic: p.topic,
      url: p.url,
      ms: reading.ms,
      ...scorePage(p.labels, spans),
    };
  });
  return {
    split,
    pages,
    total: totalScore(pages),
    unknownTerms: readings.reduce((n, r) => n + r.spans.filter((s) => s.term === null).length, 0),
  };
}
