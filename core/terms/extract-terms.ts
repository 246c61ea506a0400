// PLACEHOLDER (skeleton): the foundation issue's helper replaces this with real extraction.
import { slugify } from '../text/normalize';
import type { Article, Term, TermKind } from '../types';

export interface CuratedTerms {
  /** Canonical name, kind and extra variants; merges several spellings into one term. */
  aliases: Array<{ name: string; kind: TermKind; variants?: string[] }>;
  /** Surface forms that are never terms. */
  exclude: string[];
}

export function extractTerms(options: { articles: Article[]; curated: CuratedTerms }): Term[] {
  const passages = options.articles.flatMap((a) => a.passages);
  return options.curated.aliases.map((alias) => {
    const variants = [alias.name, ...(alias.variants ?? [])];
    return {
      id: slugify(alias.name),
      name: alias.name,
      kind: alias.kind,
      variants,
      passageIds: passages.filter((p) => variants.some((v) => p.text.includes(v))).map((p) => p.id),
      related: [],
    };
  });
}
