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
    const { text, marks } = excerptAround(passage.text, r.terms.length ? r.terms : r.queryTerms);
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

function matchNames(terms: DictionaryEntry[], query: string): DictionaryEntry[] {
  const q = fold(query);
  return terms
    .filter((t) =>
      t.variants.some(
        (v) =>
          fold(v)
            .split(/[\s-]+/u)
            .some((w) => w.startsWith(q)) || fold(v).startsWith(q),
      ),
    )
    .slice(0, 8);
}

/** Names within a small edit distance of the query, closest first. */
function nearNames(terms: DictionaryEntry[], query: string): DictionaryEntry[] {
  const q = fold(query);
  const scored: Array<[DictionaryEntry, number]> = [];
  for (const t of terms) {
    let best = Infinity;
    for (const v of t.variants) {
      for (const w of [fold(v), ...fold(v).split(/[\s-]+/u)])
        best = Math.min(best, editDistance(q, w));
    }
    if (best <= Math.max(2, Math.floor(q.length / 3))) scored.push([t, best]);
  }
  return scored
    .sort((a, b) => a[1] - b[1])
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
