/** For tests: one article whose passages are the given paragraphs. */
import type { Article, Term, TermKind } from '../types';

export function article(id: string, ...paragraphs: string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    publisher: null,
    author: null,
    url: null,
    date: null,
    dateText: null,
    passages: paragraphs.map((text, ordinal) => ({
      id: `${id}:${ordinal}`,
      articleId: id,
      ordinal,
      text,
      line: ordinal + 1,
    })),
  };
}

/** For tests: a term mentioned in the given passages (ids `article:ordinal`). */
export function term(
  name: string,
  kind: TermKind,
  passageIds: string[],
  variants: string[] = [],
): Term {
  return {
    id: name.toLowerCase().replace(/\W+/gu, '-'),
    name,
    kind,
    variants: [name, ...variants],
    passageIds,
    related: [],
  };
}
