/**
 * The one MiniSearch configuration. Functions are not serialised by
 * `toJSON`, so the build and the runtime must both pass exactly this object:
 * the serialised index and these options are one contract.
 */
import type { Options, SearchOptions } from 'minisearch';
import { foldDiacritics } from '../text/normalize';
import type { Passage } from '../types';

export interface PassageDocument {
  id: string;
  text: string;
  title: string;
  /** Canonical names of the terms the passage mentions, so a name query finds its passages. */
  names: string;
  articleId: string;
}

export const SEARCH_FIELDS = ['text', 'title', 'names'] as const;

/** Fold case and diacritics (Toqayev/Toqaýev), and apostrophes (Kazakhstan's -> kazakhstan). */
function indexTerm(term: string): string | null {
  const folded = foldDiacritics(term.toLowerCase()).replace(/['\u2019]s$/u, '');
  return folded.length > 0 ? folded : null;
}

/**
 * Query words that find nearly every passage and rank none: searched for, they cost the most
 * (at 10,000 articles "a" alone scored 30,000 passages in 70-100 ms) and change no order. They
 * stay in the index; a query of nothing else finds no passages (the popup still lists names).
 */
const QUERY_STOP_WORDS = new Set(
  'a an the of in on at to for and or by with from as is are was were be been it its'.split(' '),
);

/**
 * Shorter query words are matched whole. A word being typed ("al", "alm") as a prefix expands to
 * thousands of index words (at 10,000 articles "al" 190 ms, "a" 400 ms): the popup's name chips
 * answer the first keystrokes, the passages follow from the third letter.
 */
export const MIN_PREFIX_CHARS = 3;

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 2, names: 1.5 },
  prefix: (term) => term.length >= MIN_PREFIX_CHARS,
  // One typo from three letters (Math.round(0.2 * length)), two from eight.
  fuzzy: 0.2,
  combineWith: 'AND',
  processTerm: (term) => {
    const folded = indexTerm(term);
    return folded && !QUERY_STOP_WORDS.has(folded) ? folded : null;
  },
};

export const SEARCH_OPTIONS: Options<PassageDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['articleId'],
  processTerm: indexTerm,
  searchOptions: DEFAULT_SEARCH_OPTIONS,
};

/** A passage as the index stores it: its text, its article's title and the names found in it. */
export function passageDocument(
  passage: Passage,
  title: string,
  names: readonly string[],
): PassageDocument {
  return {
    id: passage.id,
    text: passage.text,
    title,
    names: names.join(' '),
    articleId: passage.articleId,
  };
}
