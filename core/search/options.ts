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

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 2, names: 1.5 },
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
};

export const SEARCH_OPTIONS: Options<PassageDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['articleId'],
  // Fold case and diacritics (Toqayev/Toqaýev), and apostrophes (Kazakhstan's -> kazakhstan).
  processTerm: (term) => {
    const folded = foldDiacritics(term.toLowerCase()).replace(/['\u2019]s$/u, '');
    return folded.length > 0 ? folded : null;
  },
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
