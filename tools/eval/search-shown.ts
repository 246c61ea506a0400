/**
 * What the reader sees of a search, in display order (term, figure groups,
 * passages), read from whatever the search returned, for scoring.
 */
import type { SearchResponse } from '../../core/messages';
import type { ShownResults } from './score-search';

interface MaybeRankedResponse {
  hits: ReadonlyArray<{ passageId?: string; termId?: string; figureGroupId?: string }>;
  term?: { id: string } | string | null;
  figureGroups?: ReadonlyArray<{ id: string } | string>;
}

const idOf = (x: { id: string } | string) => (typeof x === 'string' ? x : x.id);

/** What the reader sees, in display order, read from whatever the search returned. */
export function shownResultsOf(response: SearchResponse): ShownResults {
  const r = response as unknown as MaybeRankedResponse;
  const inHits = (key: 'termId' | 'figureGroupId') =>
    r.hits.flatMap((h) => (h.passageId === undefined && h[key] ? [h[key]] : []));
  const term = r.term ? idOf(r.term) : inHits('termId')[0];
  return {
    termId: term ?? null,
    figureGroupIds: [...(r.figureGroups ?? []).map(idOf), ...inHits('figureGroupId')],
    passageIds: r.hits.flatMap((h) => (h.passageId ? [h.passageId] : [])),
  };
}
