/**
 * Builds the hover card's data for one term: the best excerpts (different
 * sources preferred), every excerpt, figures and related names.
 */
import type { Excerpt, FigureGroupView, RelatedName, TermCard } from '../messages';
import type { Passage, Term } from '../types';
import { compileMatcher, matchTerms } from '../terms/match-terms';
import { excerptAround } from './excerpt';
import { collapseNearDuplicates } from './near-duplicates';
import type { LoadedCorpus } from './loaded-corpus';

export const CARD_EXCERPTS = 3;
/**
 * At most this many passages travel with a card. A name in every article of a
 * 10,000-article corpus otherwise sent 30,000 excerpts (18 MB) per hover.
 */
export const MAX_CARD_PASSAGES = 200;

/** Up to `max` passage ids, taken round-robin across articles so every source is represented; corpus order kept. */
export function samplePassages(
  loaded: LoadedCorpus,
  passageIds: readonly string[],
  max: number,
): Passage[] {
  const all = passageIds
    .map((id) => loaded.passageById.get(id))
    .filter((p): p is Passage => p !== undefined);
  if (all.length <= max) return all;
  const byArticle = new Map<string, Passage[]>();
  for (const p of all) {
    const list = byArticle.get(p.articleId);
    if (list) list.push(p);
    else byArticle.set(p.articleId, [p]);
  }
  const chosen = new Set<Passage>();
  for (let round = 0; chosen.size < max; round++) {
    let any = false;
    for (const list of byArticle.values()) {
      const p = list[round];
      if (p && chosen.size < max) {
        chosen.add(p);
        any = true;
      }
    }
    if (!any) break;
  }
  return all.filter((p) => chosen.has(p));
}

export function buildTermCard(loaded: LoadedCorpus, termId: string): TermCard | null {
  const term = loaded.termById.get(termId);
  if (!term) return null;
  const passages = samplePassages(loaded, term.passageIds, MAX_CARD_PASSAGES);
  const matcher = compileMatcher([term]);
  const excerpts = passages.flatMap((p) => {
    const article = loaded.articleById.get(p.articleId);
    if (!article) return [];
    // The same rules as on the page (acronyms in capitals, names capitalised), so the card
    // emphasises exactly what the highlighter would.
    const mentions = matchTerms(p.text, matcher).map((m): [number, number] => [m.start, m.end]);
    const { text, marks } = excerptAround(p.text, { mentions });
    return [{ passageId: p.id, text, marks, article } satisfies Excerpt];
  });
  // A wire text reposted by several posts is one excerpt, "also in N sources".
  const allExcerpts = collapseNearDuplicates(
    excerpts,
    (e) => loaded.passageById.get(e.passageId)?.text ?? e.text,
  );
  const sourceCount = new Set(
    term.passageIds.map((id) => loaded.passageById.get(id)?.articleId).filter(Boolean),
  ).size;
  return {
    term: { id: term.id, name: term.name, kind: term.kind, variants: term.variants },
    passageCount: term.passageIds.length,
    sourceCount,
    excerpts: pickDiverse(allExcerpts, CARD_EXCERPTS),
    allExcerpts,
    figureGroups: figureGroupsFor(loaded, term),
    related: relatedNames(loaded, term),
  };
}

/** Round-robin over sources, each source's excerpts best-first (most marks, then corpus order). */
export function pickDiverse(excerpts: Excerpt[], count: number): Excerpt[] {
  const bySource = new Map<string, Excerpt[]>();
  for (const e of excerpts) {
    const list = bySource.get(e.article.id) ?? [];
    list.push(e);
    bySource.set(e.article.id, list);
  }
  const queues = [...bySource.values()].map((list) =>
    [...list].sort((a, b) => b.marks.length - a.marks.length),
  );
  const picked: Excerpt[] = [];
  for (let round = 0; picked.length < count; round++) {
    let any = false;
    for (const q of queues) {
      const e = q[round];
      if (e && picked.length < count) {
        picked.push(e);
        any = true;
      }
    }
    if (!any) break;
  }
  return picked;
}

/** At most this many figure groups in a card; the reader shows the rest. */
export const CARD_FIGURE_GROUPS = 6;

/**
 * The card's "Figures in the sources": first the groups about the term
 * itself (an event's death tolls), then groups with a figure whose sentence
 * names the term ("Tokayev ordered the investigation of 3,600 criminal
 * cases"); within each, groups where sources differ first, then the larger
 * groups. Exported for tests.
 */
export function figureGroupsFor(loaded: LoadedCorpus, term: Term): FigureGroupView[] {
  const { figureById } = loaded;
  const ranked = loaded.corpus.figureGroups.flatMap((group, order) => {
    const about = group.termIds.includes(term.id);
    const mentions =
      !about && group.figureIds.some((id) => figureById.get(id)?.termIds.includes(term.id));
    return about || mentions ? [{ group, order, tier: about ? 0 : 1 }] : [];
  });
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      Number(b.group.isDisagreement) - Number(a.group.isDisagreement) ||
      b.group.figureIds.length - a.group.figureIds.length ||
      a.order - b.order,
  );
  return ranked.slice(0, CARD_FIGURE_GROUPS).map(({ group: { figureIds, ...group } }) => ({
    ...group,
    figures: figureIds.flatMap((id) => {
      const f = figureById.get(id);
      const article = f && loaded.articleById.get(f.articleId);
      return f && article ? [{ ...f, article }] : [];
    }),
  }));
}

function relatedNames(loaded: LoadedCorpus, term: Term): RelatedName[] {
  return term.related.flatMap((r) => {
    const t = loaded.termById.get(r.termId);
    return t
      ? [{ termId: t.id, name: t.name, kind: t.kind, sharedPassages: r.sharedPassages }]
      : [];
  });
}
