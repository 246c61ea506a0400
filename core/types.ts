/**
 * The data contract between the build step (which compiles `seeds/`) and the
 * runtime (background, content script, popup). Bump `CORPUS_FORMAT_VERSION`
 * whenever a shape here changes, so a stale asset is detected, not misread.
 */
export const CORPUS_FORMAT_VERSION = 1;

/** A source file as read from disk: name relative to `seeds/`, raw bytes. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export type TermKind = 'person' | 'organisation' | 'place' | 'event' | 'concept';
export const TERM_KINDS: readonly TermKind[] = [
  'person',
  'organisation',
  'place',
  'event',
  'concept',
];

/** Everything about an article except its text. */
export interface ArticleMeta {
  /** Stable id: the seed file's stem, plus `~N` for the Nth post of an archive page. */
  id: string;
  /** Seed file name relative to `seeds/`. */
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  /** ISO date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is stated); null when the source states none. */
  date: string | null;
  /** The date as the source writes it, for display and checking. */
  dateText: string | null;
  /**
   * NOT a publication date: the latest full (`YYYY-MM-DD`) or month-level
   * (`YYYY-MM`) calendar date the text mentions, as an honest hint of when it
   * was written at the earliest. Null when the text mentions none; absent in
   * data compiled before the parser recorded it.
   */
  mentionsUntil?: string | null;
  /**
   * Fields a curator set in `data/terms.json` (`articles`) that differ from what
   * the source text states, so views can say so. Absent when there are none
   * (and in data compiled before curators could set them).
   */
  curatedFields?: CuratedArticleField[];
}

/** Article fields a curator may set without editing the source text. */
export type CuratedArticleField = 'title' | 'publisher' | 'author' | 'date' | 'url';

/** A paragraph-sized piece of an article; never split mid-sentence. */
export interface Passage {
  /** `${articleId}:${ordinal}` */
  id: string;
  articleId: string;
  ordinal: number;
  text: string;
  /** 1-based line in the seed file where the passage starts. */
  line: number;
}

export interface Article extends ArticleMeta {
  passages: Passage[];
}

export interface RelatedTerm {
  termId: string;
  sharedPassages: number;
}

/** A name or term the sources mention. */
export interface Term extends PageForms {
  /** Slug of the canonical name, e.g. `kassym-jomart-tokayev`. */
  id: string;
  name: string;
  kind: TermKind;
  /** Surface forms as written in the sources (and curated aliases), canonical name included. */
  variants: string[];
  /** Passages that mention any variant, in corpus order. */
  passageIds: string[];
  /** Names most often mentioned in the same passages (top five). */
  related: RelatedTerm[];
}

export type FigureQualifier =
  'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'up-to' | 'range';

/** A number a passage states, with what it counts. */
export interface Figure {
  id: string;
  passageId: string;
  articleId: string;
  /** What is counted, normalised: `killed`, `injured`, `detained`, `criminal-cases`, `money`, `percent`, ... */
  measure: string;
  value: number;
  /** Upper bound for ranges. */
  valueMax?: number;
  qualifier: FigureQualifier;
  unit?: string;
  /** The words of the passage that state it, for display. */
  quote: string;
  termIds: string[];
  /** Who or what is counted when narrower than people in general: `security-forces`, `protesters`, `damage`, ... */
  subject?: string;
  /** A count on top of an earlier one (`13 more bodies`, `another 5 died`): never compared with totals. */
  isIncrement?: boolean;
  /** Written as an indefinite plural ("dozens", "hundreds"): value/valueMax are a convention, see core/figures/README.md. */
  isVague?: boolean;
  /** The event term the figure is about, and how that was decided (named in the sentence, the passage, just before it, or by the source's date). */
  eventId?: string;
  eventBasis?: 'sentence' | 'passage' | 'context' | 'date';
  /** For measure `event-date`: the date (`YYYY-MM-DD` or `YYYY-MM`); `value` is then `YYYYMMDD` as a number. */
  eventDate?: string;
  /** When the source stated it: its article's date, or a full date written in its opening passage. */
  statedOn?: string;
  statedOnBasis?: 'article' | 'text';
}

/** Figures for the same thing that the sources state differently. */
export interface FigureGroup {
  id: string;
  measure: string;
  /** The term(s) the group is about (events usually). */
  termIds: string[];
  figureIds: string[];
  /** True when the figures differ (not merely restate one number). */
  isDisagreement: boolean;
}

/** The compiled source set, as the background loads it. */
export interface CompiledCorpus {
  formatVersion: number;
  articles: ArticleMeta[];
  passages: Passage[];
  terms: Term[];
  figures: Figure[];
  figureGroups: FigureGroup[];
  /**
   * `MiniSearch#toJSON()` of the passage index, built with `SEARCH_OPTIONS`. `null` in the
   * corpus asset: the index is its own asset (`SEARCH_INDEX_ASSET`), read on the first search,
   * so a wake that answers a card does not parse it (half of the asset at 10,000 articles).
   */
  search: unknown;
}

/** What the content script needs to highlight: names, not passages. */
/** How a name may be found on a page beyond its plain variants (see core/terms/page-forms.ts). */
export interface PageForms {
  /** Variants that are also ordinary words or other things' names: highlighted only where the page supports the sources' subject. */
  contextVariants?: string[];
  /** A person's surname alone, not distinctive: highlighted only on a page that names the person in full. */
  fullNameVariants?: string[];
  /** Spelling-family keys (`familyKey` per word, space-joined) that find other romanisations. */
  spellingKeys?: string[];
}

export interface DictionaryEntry extends PageForms {
  id: string;
  name: string;
  kind: TermKind;
  variants: string[];
}

export interface CompiledDictionary {
  formatVersion: number;
  terms: DictionaryEntry[];
}

/** Asset file names, shared by the build module and the runtime loaders. */
export const CORPUS_ASSET = 'sourcelight-corpus.json';
export const DICTIONARY_ASSET = 'sourcelight-dictionary.json';
export const SEARCH_INDEX_ASSET = 'sourcelight-search.json';
