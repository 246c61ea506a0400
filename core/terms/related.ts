/**
 * Related names: for each term, the names most often mentioned in the same
 * passages. Pure; runs at build time after term extraction.
 */
import type { RelatedTerm, Term } from '../types';

export const RELATED_COUNT = 5;
/** Share of named passages above which a term is too common to be a related name. */
export const UBIQUITY_SHARE = 0.5;
export const UBIQUITY_MIN_PASSAGES = 20;

/**
 * Fills each term's `related` with the top five other terms by shared
 * passages. Ties go to the term with fewer passages overall (a name that
 * appears mostly alongside this one says more about it than one that appears
 * everywhere), then by name, then by id, so the output never depends on input order.
 *
 * Ubiquitous terms are not listed as anyone's related name: a term mentioned
 * in more than half of the passages that mention any name (the corpus's own
 * subject: "Kazakhstan" is in 93 of the 155 seed passages and was the first
 * related name of 76 of 132 terms) says nothing about the term whose card it
 * would fill. It keeps its own related list. Corpora of fewer than
 * `UBIQUITY_MIN_PASSAGES` named passages are too small to judge, so nothing
 * is excluded there.
 *
 * @example computeRelated(terms)[0].related // [{ termId: 'csto', sharedPassages: 4 }, ...]
 */
export function computeRelated(terms: Term[]): Term[] {
  const termsByPassage = new Map<string, number[]>();
  terms.forEach((term, index) => {
    for (const pid of new Set(term.passageIds)) {
      const list = termsByPassage.get(pid) ?? [];
      list.push(index);
      termsByPassage.set(pid, list);
    }
  });
  const passageCount = terms.map((t) => new Set(t.passageIds).size);
  const named = termsByPassage.size;
  const isUbiquitous = passageCount.map(
    (count) => named >= UBIQUITY_MIN_PASSAGES && count > UBIQUITY_SHARE * named,
  );

  return terms.map((term, index) => {
    const shared = new Map<number, number>();
    for (const pid of new Set(term.passageIds)) {
      for (const other of termsByPassage.get(pid) ?? []) {
        if (other === index || terms[other]!.id === term.id || isUbiquitous[other]) continue;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const related: RelatedTerm[] = [...shared]
      .sort(
        ([a, countA], [b, countB]) =>
          countB - countA ||
          passageCount[a]! - passageCount[b]! ||
          compareText(terms[a]!.name, terms[b]!.name) ||
          compareText(terms[a]!.id, terms[b]!.id),
      )
      .slice(0, RELATED_COUNT)
      .map(([other, sharedPassages]) => ({ termId: terms[other]!.id, sharedPassages }));
    return { ...term, related };
  });
}

/** Locale-independent comparison, so builds on any machine give the same order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
