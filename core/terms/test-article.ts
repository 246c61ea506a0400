/** For tests: one article whose passages are the given paragraphs. */
import type { Article } from '../types';

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
