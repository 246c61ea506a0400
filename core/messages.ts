/**
 * The one protocol between the extension's parts. Every message, its request
 * and its response type live here; the background validates what arrives with
 * `parseRequest` before acting on it, because anything can send it a message.
 */
import type {
  ArticleMeta,
  FigureQualifier,
  CompiledDictionary,
  DictionaryEntry,
  Figure,
  FigureGroup,
  Passage,
  TermKind,
} from './types';
import { isRecord } from './guards';
import type { SourceOrigin } from './sources/pack';
import type { PageCapture } from './sources/capture-seed';

/** One excerpt shown in a card or a result list. */
export interface Excerpt {
  passageId: string;
  /** A sentence or two around the mention. */
  text: string;
  /** Character ranges of `text` to emphasise (the name, or the query terms). */
  marks: Array<[start: number, end: number]>;
  article: ArticleMeta;
  /** Other sources whose passage says nearly the same words (a wire text reposted): shown as "also in N sources". */
  alsoIn?: ArticleMeta[];
  /** How many other sources in all, when more than `alsoIn` lists (see ALSO_IN_LISTED). */
  alsoInCount?: number;
}

export interface RelatedName {
  termId: string;
  name: string;
  kind: TermKind;
  sharedPassages: number;
}

export interface FigureView extends Figure {
  article: ArticleMeta;
}

export interface FigureGroupView extends Omit<FigureGroup, 'figureIds'> {
  figures: FigureView[];
}

/** Everything the hover card shows for one term. */
export interface TermCard {
  term: DictionaryEntry;
  passageCount: number;
  sourceCount: number;
  /** Best excerpts, different sources preferred. */
  excerpts: Excerpt[];
  /** Every passage of the term, for "see all" and the timeline. */
  allExcerpts: Excerpt[];
  figureGroups: FigureGroupView[];
  related: RelatedName[];
}

export interface SearchHit extends Excerpt {
  score: number;
}

/** The known name a search is about, shown before the passages (issue 12). */
export interface SearchTerm {
  id: string;
  name: string;
  kind: TermKind;
  variants: string[];
  /** Passages and source articles that mention it. */
  passages: number;
  sources: number;
}

/** A figure group that answers a figure question: each source's figure, with its article. */
export interface SearchFigureGroup {
  id: string;
  measure: string;
  isDisagreement: boolean;
  figures: Array<{
    passageId: string;
    value: number;
    valueMax?: number;
    qualifier: FigureQualifier;
    unit?: string;
    isVague?: boolean;
    quote: string;
    article: ArticleMeta;
  }>;
}

export interface SearchResponse {
  query: string;
  /** When the query names a known term: that term (its passages lead the hits). */
  term?: SearchTerm;
  /** When the query asks for a number: the figure groups that answer it, best first. */
  figureGroups?: SearchFigureGroup[];
  hits: SearchHit[];
  /** Known names matching the query (prefix / fuzzy), for suggestions. */
  names: DictionaryEntry[];
  /** When there are no hits: names close to the query. */
  nearNames: DictionaryEntry[];
}

export interface ArticleView {
  article: ArticleMeta;
  passages: Passage[];
}

/** One source in the reader's list of sources. */
export interface SourceSummary {
  article: ArticleMeta;
  passageCount: number;
  /** Names and terms with a passage in this article. */
  termCount: number;
  origin: SourceOrigin;
  /** The file it was compiled from: a user source's store key, a bundled seed's name. */
  file: string;
  /** Off: kept, but not highlighted, searched or shown in cards. */
  enabled: boolean;
  /** ISO time a user source was added; null for bundled sources. */
  addedAt: string | null;
}

/** What a capture of the current page gives the popup's preview. */
export type PageCaptureReply =
  | {
      ok: true;
      capture: PageCapture;
      /** Where each field came from ("og:site_name"), for the preview. */
      from: Record<string, string | null>;
      dateProblem: string | null;
    }
  | { ok: false; reason: string; message: string };

/** A request with no parameters. */
export type NoParams = Record<never, never>;

/** Requests the background answers. */
export interface BackgroundProtocol {
  getDictionary: { request: NoParams; response: CompiledDictionary };
  lookupTerm: { request: { termId: string }; response: TermCard | null };
  search: { request: { query: string; limit?: number }; response: SearchResponse };
  getArticle: { request: { articleId: string }; response: ArticleView | null };
  /** Every source article without its text, in corpus order, turned off ones included. */
  listSources: { request: NoParams; response: { sources: SourceSummary[] } };
  /**
   * A page stored, replaced, removed, turned on or off the reader's sources (lib/source-store.ts):
   * the background re-reads those files (and which bundled sources are off) and open tabs follow.
   */
  sourcesChanged: {
    request: { files: string[] };
    /** The reader's stored sources the background now holds (the merge waits for the next read). */
    response: { userSources: number };
  };
  /** Opens the reader page in a new tab (the card's "see all" and excerpt links; pages cannot open extension pages). */
  openReader: {
    request: { termId?: string; articleId?: string; passageId?: string };
    response: { ok: boolean };
  };
  /** Index health, for the popup's error state. */
  getStatus: {
    request: NoParams;
    response: { ok: true; articles: number; terms: number } | { ok: false; error: string };
  };
}

/** Requests a tab's content script answers (popup -> tab). */
export interface TabProtocol {
  /** The page's address, for the popup's site switch (no `tabs` permission needed). */
  getPageInfo: { request: NoParams; response: { url: string } };
  getPageTerms: {
    request: NoParams;
    response: { terms: Array<{ termId: string; name: string; kind: TermKind; count: number }> };
  };
  revealTerm: { request: { termId: string }; response: { ok: boolean } };
  /** Open the card for the name at the selection / caret (keyboard path). */
  openCardAtSelection: { request: NoParams; response: { ok: boolean } };
  /** The sources changed: fetch the dictionary again and re-highlight. */
  dictionaryChanged: { request: NoParams; response: { ok: boolean } };
  /** "Add this page": read the page's article (loads the reader bundle on demand). */
  capturePage: { request: NoParams; response: PageCaptureReply };
}

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** A message as it travels: a `type` tag plus the request fields. */
export type Envelope<P> = {
  [K in keyof P & string]: { channel: 'sourcelight'; type: K } & RequestOf<P, K>;
}[keyof P & string];

/** What a handler sends back; errors travel as data, never as thrown rejections across contexts. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** One `sourcesChanged` names at most this many files (an import sends them in batches). */
export const MAX_CHANGED_FILES = 1000;

/**
 * A Web Lock a page holds while it writes the reader's sources (pages and the background share
 * the extension origin's locks): when the page dies mid-import the background is granted it and
 * compares the store with what it holds, so the last, unannounced batch is not missed.
 */
export const SOURCES_WRITE_LOCK = 'sourcelight-sources-write';

const isShortString = (x: unknown, max = 2000): x is string =>
  typeof x === 'string' && x.length <= max;

/**
 * Validates an untrusted message for the background. Returns null for
 * anything that is not a well-formed Sourcelight request.
 *
 * @example parseBackgroundRequest({ channel: 'sourcelight', type: 'search', query: 'csto' })
 */
export function parseBackgroundRequest(x: unknown): Envelope<BackgroundProtocol> | null {
  if (!isRecord(x) || x.channel !== 'sourcelight') return null;
  switch (x.type) {
    case 'getDictionary':
      return { channel: 'sourcelight', type: 'getDictionary' };
    case 'getStatus':
      return { channel: 'sourcelight', type: 'getStatus' };
    case 'listSources':
      return { channel: 'sourcelight', type: 'listSources' };
    case 'lookupTerm':
      return isShortString(x.termId, 200)
        ? { channel: 'sourcelight', type: 'lookupTerm', termId: x.termId }
        : null;
    case 'getArticle':
      return isShortString(x.articleId, 300)
        ? { channel: 'sourcelight', type: 'getArticle', articleId: x.articleId }
        : null;
    case 'openReader': {
      const ids = { termId: x.termId, articleId: x.articleId, passageId: x.passageId };
      const out: {
        channel: 'sourcelight';
        type: 'openReader';
        termId?: string;
        articleId?: string;
        passageId?: string;
      } = {
        channel: 'sourcelight',
        type: 'openReader',
      };
      for (const [key, value] of Object.entries(ids) as Array<[keyof typeof ids, unknown]>) {
        if (value === undefined) continue;
        if (!isShortString(value, 300)) return null;
        out[key] = value;
      }
      return out.termId || out.articleId ? out : null;
    }
    case 'sourcesChanged': {
      const files = x.files;
      if (!Array.isArray(files) || files.length > MAX_CHANGED_FILES) return null;
      if (!files.every((f) => isShortString(f, 300))) return null;
      return { channel: 'sourcelight', type: 'sourcesChanged', files: files };
    }
    case 'search': {
      if (!isShortString(x.query, 500)) return null;
      const limit = x.limit;
      if (
        limit !== undefined &&
        !(Number.isInteger(limit) && (limit as number) > 0 && (limit as number) <= 200)
      )
        return null;
      return limit === undefined
        ? { channel: 'sourcelight', type: 'search', query: x.query }
        : { channel: 'sourcelight', type: 'search', query: x.query, limit: limit as number };
    }
    default:
      return null;
  }
}

/** Validates an untrusted message for a content script. */
export function parseTabRequest(x: unknown): Envelope<TabProtocol> | null {
  if (!isRecord(x) || x.channel !== 'sourcelight') return null;
  switch (x.type) {
    case 'getPageInfo':
      return { channel: 'sourcelight', type: 'getPageInfo' };
    case 'getPageTerms':
      return { channel: 'sourcelight', type: 'getPageTerms' };
    case 'openCardAtSelection':
      return { channel: 'sourcelight', type: 'openCardAtSelection' };
    case 'dictionaryChanged':
      return { channel: 'sourcelight', type: 'dictionaryChanged' };
    case 'capturePage':
      return { channel: 'sourcelight', type: 'capturePage' };
    case 'revealTerm':
      return isShortString(x.termId, 200)
        ? { channel: 'sourcelight', type: 'revealTerm', termId: x.termId }
        : null;
    default:
      return null;
  }
}
