/** Full-text search over passages plus name suggestions, for the popup. */
import type { SearchFigureGroup, SearchHit, SearchResponse, SearchTerm } from '../messages';
import type { DictionaryEntry } from '../types';
import { editDistance } from '../text/edit-distance';
import { foldDiacritics } from '../text/normalize';
import { excerptAround } from './excerpt';
import { collapseNearDuplicates } from './near-duplicates';
import { familyKey } from '../terms/spelling-family';
import { readQuestion, type Question } from './question';
import type { LoadedCorpus } from './loaded-corpus';

/**
 * Searches the passages for the popup and the reader. A query that names a
 * known term (any spelling, or a near one) leads with that term and every
 * passage that mentions it; a figure question ("death toll", "how many
 * detained") leads with the figure groups that answer it and their passages;
 * then the word search.
 *
 * @example searchCorpus(loaded, 'Toqaev', 30) // term: Kassym-Jomart Tokayev, hits: his passages
 */
export function searchCorpus(
  loaded: LoadedCorpus,
  rawQuery: string,
  limit: number,
): SearchResponse {
  const query = rawQuery.trim().slice(0, 200);
  if (!query) return { query, hits: [], names: [], nearNames: [] };
  const terms = loaded.dictionary.terms;
  const question = readQuestion(query, (w) => nameWords(loaded).has(w));
  const term = question.measure ? undefined : termNamedBy(loaded, query);
  const figureGroups = question.measure ? answerFigures(loaded, question, query) : [];

  const text = question.searchText || query;
  let results = loaded.index.search(text);
  if (results.length === 0) results = loaded.index.search(text, { combineWith: 'OR' });
  const scores = new Map(results.map((r) => [String(r.id), r]));
  // Passages that carry the answer first, then the term's passages by how well they match, then the rest.
  const leading: string[] = [
    ...figureGroups.flatMap((g) => g.figures.map((f) => f.passageId)),
    ...(term ? termPassages(loaded, term.id, scores) : []),
  ];
  const order = [...new Set([...leading, ...results.map((r) => String(r.id))])];
  const marksFor = (id: string): string[] => {
    const r = scores.get(id);
    return [
      query,
      ...(term?.variants ?? []),
      ...(r ? (r.terms.length ? r.terms : r.queryTerms) : []),
    ];
  };
  const found: SearchHit[] = order.slice(0, limit * 2).flatMap((id) => {
    const passage = loaded.passageById.get(id);
    const article = passage && loaded.articleById.get(passage.articleId);
    if (!passage || !article) return [];
    // The whole query first, so a phrase ("Nur-Sultan", "CSTO troops") is marked as one span
    // where it occurs as written; then the term's spellings and the index terms it matched.
    const { text: excerpt, marks } = excerptAround(passage.text, marksFor(id));
    return [
      { passageId: passage.id, text: excerpt, marks, article, score: scores.get(id)?.score ?? 0 },
    ];
  });
  // A wire text reposted by several posts is one hit, "also in N sources".
  const hits = collapseNearDuplicates(
    found,
    (h) => loaded.passageById.get(h.passageId)?.text ?? h.text,
  ).slice(0, limit);
  const names = matchNames(terms, query);
  return {
    query,
    ...(term ? { term } : {}),
    ...(figureGroups.length ? { figureGroups } : {}),
    hits,
    names,
    nearNames: hits.length === 0 ? nearNames(terms, query) : [],
  };
}

const nameWordSets = new WeakMap<LoadedCorpus, Set<string>>();

/** Every word of every known name, folded: `tokayev`, `kassym`, `csto`, ... */
function nameWords(loaded: LoadedCorpus): Set<string> {
  let set = nameWordSets.get(loaded);
  if (!set) {
    set = new Set(loaded.dictionary.terms.flatMap((t) => t.variants.flatMap(words)));
    nameWordSets.set(loaded, set);
  }
  return set;
}

/**
 * The term a query names as a whole: a spelling of it, the start of one, or
 * (for one word) a near spelling (`Toqaev`, `Nazarbaiev`). Null for a query
 * that only mentions a name among other words (`CSTO troops`).
 */
function termNamedBy(loaded: LoadedCorpus, query: string): SearchTerm | undefined {
  const qWords = words(query);
  const single = qWords.length === 1;
  let best: [DictionaryEntry, number] | null = null;
  for (const t of loaded.dictionary.terms) {
    const rank = nameMatchRank(t, query);
    if (rank === null || rank === 2) continue;
    // A near spelling names a term only when it is one word, one edit or a romanisation away
    // (`Toqaev`, `Nazarbaiev`); farther ones (`Tqkaxev`) are offered as "did you mean".
    if (rank === 3 && !(single && isSpellingOf(qWords[0]!, t))) continue;
    if (!best || rank < best[1] || (rank === best[1] && moreMentioned(loaded, t, best[0])))
      best = [t, rank];
  }
  const term = best && loaded.termById.get(best[0].id);
  if (!term) return undefined;
  const sources = new Set(term.passageIds.map((id) => loaded.passageById.get(id)?.articleId));
  return {
    id: term.id,
    name: term.name,
    kind: term.kind,
    variants: term.variants,
    passages: term.passageIds.length,
    sources: sources.size,
  };
}

function isSpellingOf(word: string, term: DictionaryEntry): boolean {
  const key = familyKey(word);
  return term.variants.some((v) =>
    words(v).some((w) => editDistance(word, w) <= 1 || familyKey(w) === key),
  );
}

function moreMentioned(loaded: LoadedCorpus, a: DictionaryEntry, b: DictionaryEntry): boolean {
  return (
    (loaded.termById.get(a.id)?.passageIds.length ?? 0) >
    (loaded.termById.get(b.id)?.passageIds.length ?? 0)
  );
}

/** A term's passages, best word-search match first, then in corpus order. */
function termPassages(
  loaded: LoadedCorpus,
  termId: string,
  scores: Map<string, { score: number }>,
): string[] {
  const ids = loaded.termById.get(termId)?.passageIds ?? [];
  return ids
    .map((id, i) => [id, scores.get(id)?.score ?? 0, i] as const)
    .sort((a, b) => b[1] - a[1] || a[2] - b[2])
    .map(([id]) => id);
}

/**
 * The figure groups that answer a figure question, best first: the asked
 * subject (security forces), a name the query gives, then groups where
 * sources differ and groups with more sources. At most three.
 */
function answerFigures(
  loaded: LoadedCorpus,
  question: Question,
  query: string,
): SearchFigureGroup[] {
  const { figureById } = loaded;
  const named = new Set(matchNames(loaded.dictionary.terms, query).map((t) => t.id));
  const scored = loaded.corpus.figureGroups
    .filter((g) => g.measure === question.measure)
    .map((g) => {
      const figures = g.figureIds.flatMap((id) => figureById.get(id) ?? []);
      const subjects = new Set(figures.map((f) => f.subject ?? null));
      const score =
        (subjects.has(question.subject) ? 4 : 0) +
        (g.termIds.some((id) => named.has(id)) ? 2 : 0) +
        (g.isDisagreement ? 1 : 0) +
        Math.min(figures.length, 5) * 0.1;
      return { g, figures, score };
    })
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, 3).map(({ g, figures }) => ({
    id: g.id,
    measure: g.measure,
    isDisagreement: g.isDisagreement,
    figures: figures.flatMap((f) => {
      const article = loaded.articleById.get(f.articleId);
      if (!article) return [];
      return [
        {
          passageId: f.passageId,
          value: f.value,
          ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
          ...(f.unit !== undefined ? { unit: f.unit } : {}),
          ...(f.isVague ? { isVague: true } : {}),
          qualifier: f.qualifier,
          quote: f.quote,
          article,
        },
      ];
    }),
  }));
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
