/**
 * Compiles a source set into the two assets the extension ships: the corpus
 * (passages, MiniSearch index, terms, figures) for the background, and the
 * dictionary (names and variants only) for the content script.
 * Pure: takes file bytes, returns data; throws `SeedError` on bad input.
 */
import MiniSearch from 'minisearch';
import { extractFigures } from './figures/extract-figures';
import { SEARCH_OPTIONS, passageDocument, type PassageDocument } from './search/options';
import { applyArticleOverrides } from './sources/article-overrides';
import { parseSeedFiles } from './sources/parse-seed';
import { extractTerms, type CuratedTerms } from './terms/extract-terms';
import { computeRelated } from './terms/related';
import { dictionaryEntryOf } from './terms/dictionary-entry';
import { addPageForms } from './terms/page-forms';
import { addSurnameVariants } from './terms/surnames';
import {
  CORPUS_FORMAT_VERSION,
  type Article,
  type CompiledCorpus,
  type CompiledDictionary,
  type SeedFile,
} from './types';

export interface CompileResult {
  /** Problems that did not stop the build (a curated override for an article not in this set). */
  warnings: string[];
  articles: Article[];
  corpus: CompiledCorpus;
  dictionary: CompiledDictionary;
}

/**
 * @example compileCorpus({ files: [{ name: 'a.txt', bytes }], curated: { aliases: [], exclude: [] } })
 */
export function compileCorpus(options: {
  files: SeedFile[];
  curated: CuratedTerms;
}): CompileResult {
  // Curated metadata first, so terms, figures and the index all see the corrected article.
  const warnings: string[] = [];
  const articles = applyArticleOverrides(
    parseSeedFiles(options.files),
    options.curated.articles,
    'data/terms.json',
    (message) => warnings.push(message),
  );
  const terms = computeRelated(
    addPageForms(
      addSurnameVariants(
        extractTerms({ articles, curated: options.curated }),
        options.curated.exclude,
      ),
    ),
  );
  const { figures, figureGroups } = extractFigures({ articles, terms });

  const passages = articles.flatMap((a) => a.passages);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const namesByPassage = new Map<string, string[]>();
  for (const term of terms) {
    for (const pid of term.passageIds) {
      const list = namesByPassage.get(pid) ?? [];
      list.push(term.name);
      namesByPassage.set(pid, list);
    }
  }

  const index = new MiniSearch<PassageDocument>(SEARCH_OPTIONS);
  index.addAll(
    passages.map((p) =>
      passageDocument(p, articleById.get(p.articleId)?.title ?? '', namesByPassage.get(p.id) ?? []),
    ),
  );

  const corpus: CompiledCorpus = {
    formatVersion: CORPUS_FORMAT_VERSION,
    articles: articles.map(({ passages: _passages, ...meta }) => meta),
    passages,
    terms,
    figures,
    figureGroups,
    search: index.toJSON(),
  };
  const dictionary: CompiledDictionary = {
    formatVersion: CORPUS_FORMAT_VERSION,
    terms: terms.map(dictionaryEntryOf),
  };
  return { articles, corpus, dictionary, warnings };
}
