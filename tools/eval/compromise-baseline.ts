/**
 * A baseline extractor for comparison only: compromise's own named-entity
 * tagging (`people()`, `places()`, `organizations()`) over every passage,
 * forms joined by their folded spelling. Not used by the product.
 */
import nlp from 'compromise';
import { compileMatcher, matchTerms } from '../../core/terms/match-terms';
import { foldKey } from '../../core/terms/merge-keys';
import { slugify } from '../../core/text/normalize';
import type { Article, Term, TermKind } from '../../core/types';

export function compromiseTerms(articles: Article[]): Term[] {
  const found = new Map<string, { name: string; kind: TermKind; forms: Set<string> }>();
  const add = (raw: string, kind: TermKind) => {
    const name = raw
      .replace(/[’']s$/u, '')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .trim();
    if (name.length < 2) return;
    const key = foldKey(name);
    const have = found.get(key);
    if (have) have.forms.add(name);
    else found.set(key, { name, kind, forms: new Set([name]) });
  };
  for (const a of articles)
    for (const p of a.passages) {
      const doc = nlp(p.text);
      for (const s of doc.people().out('array') as string[]) add(s, 'person');
      for (const s of doc.places().out('array') as string[]) add(s, 'place');
      for (const s of doc.organizations().out('array') as string[]) add(s, 'organisation');
    }
  const entries = [...found.values()].map((f, i) => ({
    id: `${slugify(f.name) || 'term'}-${i}`,
    name: f.name,
    kind: f.kind,
    variants: [...f.forms],
  }));
  const matcher = compileMatcher(entries);
  const passageIds = new Map<string, string[]>();
  for (const a of articles)
    for (const p of a.passages)
      for (const m of new Set(matchTerms(p.text, matcher).map((x) => x.termId)))
        passageIds.set(m, [...(passageIds.get(m) ?? []), p.id]);
  return entries
    .filter((e) => passageIds.has(e.id))
    .map((e) => ({ ...e, passageIds: passageIds.get(e.id)!, related: [] }));
}
