/**
 * The one protocol between the extension's parts. Every message is one entry of a table below:
 * its request's fields with their checks, and its response type. The types senders and handlers
 * use and the parsers a receiver runs before trusting anything (anything can send the background
 * a message) are both read from that entry (core/message-schema.ts).
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
import {
  answer,
  integer,
  list,
  message,
  optional,
  parseEnvelope,
  text,
  type Envelope,
  type MessageTable,
  type ProtocolOf,
} from './message-schema';
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

/** One `sourcesChanged` names at most this many files (an import sends them in batches). */
export const MAX_CHANGED_FILES = 1000;

/**
 * A Web Lock a page holds while it writes the reader's sources (pages and the background share
 * the extension origin's locks): when the page dies mid-import the background is granted it and
 * compares the store with what it holds, so the last, unannounced batch is not missed.
 */
export const SOURCES_WRITE_LOCK = 'sourcelight-sources-write';

/**
 * Requests the background answers: each entry is the message's one definition. Its request
 * fields are checked on arrival (`parseBackgroundRequest`), and `BackgroundProtocol` (the types
 * senders and handlers use) is read from it.
 */
export const BACKGROUND_MESSAGES = {
  getDictionary: message({}, answer<CompiledDictionary>()),
  lookupTerm: message({ termId: text(200) }, answer<TermCard | null>()),
  search: message({ query: text(500), limit: optional(integer(1, 200)) }, answer<SearchResponse>()),
  getArticle: message({ articleId: text(300) }, answer<ArticleView | null>()),
  /** Every source article without its text, in corpus order, turned off ones included. */
  listSources: message({}, answer<{ sources: SourceSummary[] }>()),
  /**
   * A page stored, replaced, removed, turned on or off the reader's sources (lib/source-store.ts):
   * the background re-reads those files (and which bundled sources are off) and open tabs follow.
   * It answers with the reader's stored sources it now holds (the merge waits for the next read).
   * `generations`: the store generations those writes made (lib/source-store.ts), which tell the
   * background when what it holds is the whole store again (see SourceLibrary.written).
   */
  sourcesChanged: message(
    {
      files: list(text(300), MAX_CHANGED_FILES),
      generations: optional(list(integer(1, Number.MAX_SAFE_INTEGER), MAX_CHANGED_FILES)),
    },
    answer<{ userSources: number }>(),
  ),
  /** Opens the reader page in a new tab (the card's "see all" and excerpt links; pages cannot open extension pages). */
  openReader: message(
    {
      termId: optional(text(300)),
      articleId: optional(text(300)),
      passageId: optional(text(300)),
    },
    answer<{ ok: boolean }>(),
    // A passage alone names no page to open.
    (r) => Boolean(r.termId || r.articleId),
  ),
  /** Index health, for the popup's error state. */
  getStatus: message(
    {},
    answer<{ ok: true; articles: number; terms: number } | { ok: false; error: string }>(),
  ),
} satisfies MessageTable;

/**
 * Requests a tab's content script answers (popup or background -> tab). Apart from the
 * background's table so the content script bundles only these.
 */
export const TAB_MESSAGES = {
  /** The page's address, for the popup's site switch (no `tabs` permission needed). */
  getPageInfo: message({}, answer<{ url: string }>()),
  getPageTerms: message(
    {},
    answer<{ terms: Array<{ termId: string; name: string; kind: TermKind; count: number }> }>(),
  ),
  revealTerm: message({ termId: text(200) }, answer<{ ok: boolean }>()),
  /** Open the card for the name at the selection / caret (keyboard path). */
  openCardAtSelection: message({}, answer<{ ok: boolean }>()),
  /** The sources changed: fetch the dictionary again and re-highlight. */
  dictionaryChanged: message({}, answer<{ ok: boolean }>()),
  /** "Add this page": read the page's article (loads the reader bundle on demand). */
  capturePage: message({}, answer<PageCaptureReply>()),
} satisfies MessageTable;

export type BackgroundProtocol = ProtocolOf<typeof BACKGROUND_MESSAGES>;
export type TabProtocol = ProtocolOf<typeof TAB_MESSAGES>;

/** What a handler sends back; errors travel as data, never as thrown rejections across contexts. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Validates an untrusted message for the background. Returns null for
 * anything that is not a well-formed Sourcelight request.
 *
 * @example parseBackgroundRequest({ channel: 'sourcelight', type: 'search', query: 'csto' })
 */
export const parseBackgroundRequest = (x: unknown): Envelope<BackgroundProtocol> | null =>
  parseEnvelope(BACKGROUND_MESSAGES, x);

/** Validates an untrusted message for a content script. */
export const parseTabRequest = (x: unknown): Envelope<TabProtocol> | null =>
  parseEnvelope(TAB_MESSAGES, x);
