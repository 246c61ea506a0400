/**
 * What the Sources page shows of the reader's sources, as pure functions: the
 * search filter, the sort orders, the origin sets that turn off and on
 * together, and the names a pasted text or a chosen file is imported under.
 * No browser APIs, so the rules are tested directly (#13). What they are
 * called on the page is the page's messages (components/sources/labels.ts).
 */
import type { SourceSummary } from '../messages';
import type { SourceOrigin } from '../sources/pack';
import { PACK_EXTENSION } from '../sources/pack';

export type SourceSort = 'added' | 'date' | 'title' | 'publisher';

/** The sort orders, in the order the page offers them. */
export const SOURCE_SORTS: readonly SourceSort[] = ['added', 'date', 'title', 'publisher'];

/** The sets a reader turns off and on at once, in the order the page lists them. */
const ORIGIN_SETS: readonly SourceOrigin[] = ['bundled', 'page', 'file', 'pack'];

/** Lower case without accents, so "sao paulo" finds "São Paulo". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The sources whose title, publisher or author contain every word of `query`
 * (any order, accents and case ignored). An empty query keeps them all.
 *
 * @example filterSources(sources, 'reuters kenya') // titled "Kenya …", published by Reuters
 */
export function filterSources(sources: readonly SourceSummary[], query: string): SourceSummary[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sources];
  return sources.filter((s) => {
    const haystack = searchText(s);
    return words.every((w) => haystack.includes(w));
  });
}

/** Folded once per summary object, not on every keystroke (ten thousand sources, three fields). */
const searchTexts = new WeakMap<SourceSummary, string>();
function searchText(s: SourceSummary): string {
  let text = searchTexts.get(s);
  if (text === undefined) {
    text = foldForSearch(
      [s.article.title, s.article.publisher ?? '', s.article.author ?? ''].join('\n'),
    );
    searchTexts.set(s, text);
  }
  return text;
}

/** One collator for every comparison: `localeCompare` builds one per call. */
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byText = (a: string, b: string) => collator.compare(a, b);
/** ISO dates and times sort by code point, which is time order; no collation needed. */
const byIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Missing values (never added, undated, no publisher) sort last in every order. */
function compareMissingLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

const COMPARE: Record<SourceSort, (a: SourceSummary, b: SourceSummary) => number> = {
  // Newest first.
  added: (a, b) => compareMissingLast(a.addedAt, b.addedAt, (x, y) => byIso(y, x)),
  date: (a, b) => compareMissingLast(a.article.date, b.article.date, (x, y) => byIso(y, x)),
  title: () => 0,
  publisher: (a, b) =>
    compareMissingLast(
      a.article.publisher?.trim() || null,
      b.article.publisher?.trim() || null,
      byText,
    ),
};

/**
 * Sources in the chosen order; ties by title, then id, so the order never depends on the
 * order they arrived in.
 */
export function sortSources(sources: readonly SourceSummary[], sort: SourceSort): SourceSummary[] {
  return [...sources].sort(
    (a, b) =>
      COMPARE[sort](a, b) ||
      byText(a.article.title, b.article.title) ||
      byText(a.article.id, b.article.id),
  );
}

/** How many sources of one origin there are, and how many of them are on. */
export interface OriginSet {
  origin: SourceOrigin;
  /** Distinct files: what is turned off and on (one archive file can hold several articles). */
  files: string[];
  articles: number;
  articlesOn: number;
}

/** The origin sets that have at least one source, in `ORIGIN_SETS` order. */
export function originSets(sources: readonly SourceSummary[]): OriginSet[] {
  return ORIGIN_SETS.map((origin) => {
    const members = sources.filter((s) => s.origin === origin);
    return {
      origin,
      files: uniqueFiles(members),
      articles: members.length,
      articlesOn: members.filter((s) => s.enabled).length,
    };
  }).filter((set) => set.articles > 0);
}

/** The distinct files of some sources, in first-seen order. */
export function uniqueFiles(sources: readonly SourceSummary[]): string[] {
  return [...new Set(sources.map((s) => s.file))];
}

/** Files the import reads: seed files, web pages saved as HTML, and packs. */
const IMPORTABLE = /\.(?:txt|md|html?)$/i;

/** Whether a chosen or dropped file is one the import reads (others in a folder are skipped). */
export function isImportableName(name: string): boolean {
  return IMPORTABLE.test(name) || name.toLowerCase().endsWith(PACK_EXTENSION);
}

/** What the file inputs accept (the same list as `isImportableName`). */
export const IMPORT_ACCEPT = `.txt,.md,.html,.htm,${PACK_EXTENSION}`;

const MAX_SLUG = 60;

/**
 * The file name a pasted text is imported under: its first line as a slug
 * (`Kenya protests, day 3` -> `kenya-protests-day-3.txt`), or `pasted-<time>.txt`
 * when the first line has no letters or digits; `-2`, `-3` … when the name is
 * taken, so a paste never replaces a stored source.
 *
 * @example pastedFileName('Kenya protests\n\nText', new Date('2024-06-25T10:00:00Z'), []) // 'kenya-protests.txt'
 */
export function pastedFileName(text: string, now: Date, taken: Iterable<string>): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const slug = foldForSearch(firstLine)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  const stem = slug || `pasted-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  const takenNames = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.txt` : `${stem}-${n}.txt`;
    if (!takenNames.has(name.toLowerCase())) return name;
  }
}

/**
 * The name of an exported pack file: `sourcelight-<what>-<date>.pack.json`.
 *
 * @example packFileName('selected', new Date('2024-06-25T10:00:00Z')) // 'sourcelight-selected-2024-06-25.pack.json'
 */
export function packFileName(what: string, now: Date): string {
  return `sourcelight-${what}-${now.toISOString().slice(0, 10)}${PACK_EXTENSION}`;
}
