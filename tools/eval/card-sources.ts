/**
 * How many of the sources that mention a name its card lists. The hover card
 * shows the passages in its term's `passageIds`, so a name compiled in one
 * source but not linked to another source's passages (or split into two terms)
 * shows fewer sources than the set mentions. Precision and recall do not see
 * this: a name found in any one source counts as found.
 *
 * Only labelled names that two or more sources mention are counted: a name of
 * one source is the same in a set compile and a per-source one.
 */
import { compileMatcher, matchTerms } from '../../core/terms/match-terms';
import type { LabelledTerm } from '../../core/terms/evaluate-terms';
import { foldKey } from '../../core/terms/merge-keys';
import type { Passage, Term } from '../../core/types';

export interface CardSources {
  /** Required labelled names mentioned in two or more sources and found as a term. */
  names: number;
  /** Sum over those names of the sources mentioning them. */
  mentioning: number;
  /** Sum over those names of the mentioning sources their best card lists. */
  listed: number;
  /** Names whose best card lists fewer sources than mention them. */
  short: Array<{ name: string; listed: number; mentioning: number }>;
}

// The scorer's folding of a form (core/terms/evaluate-terms.ts), so "found" means the same here.
const formsOf = (x: { name: string; variants: readonly string[] }) =>
  new Set([x.name, ...x.variants].map((v) => foldKey(v).replace(/^the /u, '')));

const articleOf = (passageId: string) => passageId.slice(0, passageId.lastIndexOf(':'));

/**
 * @example scoreCardSources({ terms, labelled, passages }).listed
 */
export function scoreCardSources(options: {
  terms: Term[];
  labelled: LabelledTerm[];
  passages: Passage[];
}): CardSources {
  const required = options.labelled.filter((e) => !e.optional);
  const matcher = compileMatcher(
    required.map((e, i) => ({ id: String(i), name: e.name, kind: e.kind, variants: e.variants })),
  );
  const mentionedIn = required.map(() => new Set<string>());
  for (const p of options.passages)
    for (const m of matchTerms(p.text, matcher)) mentionedIn[Number(m.termId)]!.add(p.articleId);

  const termForms = options.terms.map((t) => ({ t, forms: formsOf(t) }));
  const result: CardSources = { names: 0, mentioning: 0, listed: 0, short: [] };
  required.forEach((entry, i) => {
    const mentioning = mentionedIn[i]!;
    if (mentioning.size < 2) return;
    const forms = formsOf(entry);
    const owners = termForms.filter(({ forms: f }) => [...f].some((x) => forms.has(x)));
    if (owners.length === 0) return;
    // The reader sees one card per hovered name: count the owner whose card lists the most of them.
    const listed = Math.max(
      ...owners.map(
        ({ t }) => new Set(t.passageIds.map(articleOf).filter((a) => mentioning.has(a))).size,
      ),
    );
    result.names++;
    result.mentioning += mentioning.size;
    result.listed += listed;
    if (listed < mentioning.size)
      result.short.push({ name: entry.name, listed, mentioning: mentioning.size });
  });
  return result;
}
