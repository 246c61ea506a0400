/**
 * The reader page's address: `reader.html?article=<id>&passage=<passageId>&term=<termId>`
 * opens an article at a passage, `reader.html?term=<termId>` lists every
 * passage of a term, `reader.html?q=<query>` shows search results. Built and
 * parsed here so the popup, the card, the context menu and the page agree.
 */

export type ReaderRoute =
  | { kind: 'article'; articleId: string; passageId: string | null; termId: string | null }
  | { kind: 'term'; termId: string }
  | { kind: 'search'; query: string }
  | { kind: 'empty' };

export const READER_PAGE = 'reader.html';

/** Longest query or id taken from an address (the background rejects longer ones anyway). */
const MAX_PARAM = 500;

/**
 * Path and query of the reader page for a route (relative: pass it to `runtime.getURL`).
 *
 * @example readerPath({ kind: 'search', query: 'CSTO troops' }) // 'reader.html?q=CSTO+troops'
 */
export function readerPath(route: ReaderRoute): string {
  const params = new URLSearchParams();
  switch (route.kind) {
    case 'article':
      params.set('article', route.articleId);
      if (route.passageId) params.set('passage', route.passageId);
      if (route.termId) params.set('term', route.termId);
      break;
    case 'term':
      params.set('term', route.termId);
      break;
    case 'search':
      params.set('q', route.query);
      break;
    case 'empty':
      break;
  }
  const query = params.toString();
  return query ? `${READER_PAGE}?${query}` : READER_PAGE;
}

const param = (params: URLSearchParams, name: string): string | null => {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, MAX_PARAM) : null;
};

/**
 * Reads the reader's route from `location.search`. An article wins over a
 * term, a term over a query; nothing usable gives `empty`.
 *
 * @example parseReaderRoute('?term=csto') // { kind: 'term', termId: 'csto' }
 */
export function parseReaderRoute(search: string): ReaderRoute {
  const params = new URLSearchParams(search);
  const articleId = param(params, 'article');
  const termId = param(params, 'term');
  if (articleId) return { kind: 'article', articleId, passageId: param(params, 'passage'), termId };
  if (termId) return { kind: 'term', termId };
  const query = param(params, 'q');
  if (query) return { kind: 'search', query };
  return { kind: 'empty' };
}

/** The article a passage id belongs to (`<articleId>:<ordinal>`), or null. */
export function articleIdOfPassage(passageId: string): string | null {
  const i = passageId.lastIndexOf(':');
  return i > 0 ? passageId.slice(0, i) : null;
}
