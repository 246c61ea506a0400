/** Full-text search over passages plus name suggestions, for the popup. */
import type { SearchHit, SearchResponse } from '../messages';
import type { DictionaryEntry } from '../types';
import { foldDiacritics } from '../text/normalize';
import { excerptAround } from './excerpt';
import type { LoadedCorpus } from './service';

export function searchCorpus(
  loaded: LoadedCorpus,
  rawQuery: string,
  limit: number,
): SearchResponse {
  const query = rawQuery.trim().slice(0, 200);
  if (!query) return { query, hits: [], names: [], nearNames: [] };
  let results = loaded.index.search(query);
  if (results.length === 0) results = loaded.index.search(query, { combineWith: 'OR' });
  const hits: SearchHit[] = results.slice(0, limit).flatMap((r) => {
    const passage = loaded.passageById.get(String(r.id));
    const article = passage && loaded.articleById.get(passage.articleId);
    if (!passage || !article) return [];
    // The whole query first, so a phrase ("Nur-Sultan", "CSTO troops") is marked as one span
    // where it occurs as written; then the index terms it matched (stems, fuzzy matches).
    const { text, marks } = excerptAround(passage.text, [
      query,
      ...(r.terms.length ? r.terms : r.queryTerms),
    ]);
    return [{ passageId: passage.id, text, marks, article, score: r.score }];
  });
  const names = matchNames(loaded.dictionary.terms, query);
  return {
    query,
    hits,
    names,
    nearNames: hits.length === 0 ? nearNames(loaded.dictionary.terms, query) : [],
  };
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();
const words = (s: string) =>
  fold(s)
    .split(/[\s\-\u2010-\u2015'\u2019.,]+/u)
    .filter(Boolean);

/**
 * How well a name matches a query, lower is better; null when it does not.
 * 0: a variant is the query; 1: a variant starts with it; 2: every query word
 * starts a word of a variant (prefix, any order: "tok kass"); 3: every query
 * word is within one edit of a word of a variant (two for words of 7+ letters).
 */
export function nameMatchRank(entry: DictionaryEntry, query: string): number | null {
  const qWords = words(query);
  // Hyphens and spaces are the same here: "nur sultan" is "Nur-Sultan".
  const q = qWords.join(' ');
  if (!q) return null;
  let best: number | null = null;
  for (const variant of entry.variants) {
    const vWords = words(variant);
    const v = vWords.join(' ');
    let rank: number | null = null;
    if (v === q) rank = 0;
    else if (v.startsWith(q)) rank = 1;
    else if (qWords.every((w) => vWords.some((vw) => vw.startsWith(w)))) rank = 2;
    else if (qWords.every((w) => vWords.some((vw) => isNearWord(w, vw)))) rank = 3;
    if (rank !== null && (best === null || rank < best)) best = rank;
    if (best === 0) break;
  }
  return best;
}

/** A query word of 4+ letters within one edit (two from 7 letters) of a word, or of its start. */
function isNearWord(w: string, word: string): boolean {
  if (w.length < 4) return false;
  const max = w.length >= 7 ? 2 : 1;
  return (
    editDistance(w, word) <= max ||
    (word.length > w.length && editDistance(w, word.slice(0, w.length)) <= max)
  );
}

/**
 * Known names matching the query, best first (exact, then prefix, then word
 * prefixes, then near spellings), ties by name.
 *
 * @example matchNames(terms, 'toka') // [Kassym-Jomart Tokayev, ...]
 */
export function matchNames(terms: DictionaryEntry[], query: string, limit = 8): DictionaryEntry[] {
  const ranked: Array<[DictionaryEntry, number]> = [];
  for (const t of terms) {
    const rank = nameMatchRank(t, query);
    if (rank !== null) ranked.push([t, rank]);
  }
  return ranked
    .sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name, 'en'))
    .slice(0, limit)
    .map(([t]) => t);
}

/** Names within a small edit distance of the query, closest first. */
export function nearNames(terms: DictionaryEntry[], query: string): DictionaryEntry[] {
  const q = fold(query).trim();
  if (!q) return [];
  const scored: Array<[DictionaryEntry, number]> = [];
  for (const t of terms) {
    let best = Infinity;
    for (const v of t.variants) {
      for (const w of [fold(v), ...words(v)]) best = Math.min(best, editDistance(q, w));
    }
    if (best <= Math.max(2, Math.floor(q.length / 3))) scored.push([t, best]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name, 'en'))
    .slice(0, 5)
    .map(([t]) => t);
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
