/**
 * Answers the background's requests from a loaded corpus. The corpus loader
 * is passed in (I/O as a parameter), so tests run this without a browser and
 * the background memoizes the load across an idle service worker's restarts.
 */
import MiniSearch from 'minisearch';
import { dictionaryEntryOf } from '../terms/dictionary-entry';
import type {
  ArticleView,
  BackgroundProtocol,
  Excerpt,
  SearchResponse,
  SourceSummary,
  TermCard,
} from '../messages';
import type {
  ArticleMeta,
  CompiledCorpus,
  CompiledDictionary,
  Figure,
  Passage,
  Term,
} from '../types';
import { CORPUS_FORMAT_VERSION } from '../types';
import { SEARCH_OPTIONS, type PassageDocument } from './options';
import { buildTermCard } from './term-card';
import { searchCorpus } from './search-corpus';
import { errorMessage } from '../guards';

export interface LoadedCorpus {
  corpus: CompiledCorpus;
  index: MiniSearch<PassageDocument>;
  articleById: Map<string, ArticleMeta>;
  passageById: Map<string, Passage>;
  termById: Map<string, Term>;
  figureById: Map<string, Figure>;
  dictionary: CompiledDictionary;
}

/** Turns the JSON asset into lookup structures. Throws a readable error on a stale or damaged asset. */
export function loadCorpus(json: string | CompiledCorpus): LoadedCorpus {
  const corpus = typeof json === 'string' ? (JSON.parse(json) as CompiledCorpus) : json;
  if (!corpus || typeof corpus !== 'object' || corpus.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw new Error(
      `Sourcelight's index has format ${String((corpus as { formatVersion?: unknown } | null)?.formatVersion)}, expected ${CORPUS_FORMAT_VERSION}: rebuild the extension`,
    );
  }
  const index = MiniSearch.loadJS<PassageDocument>(corpus.search as never, SEARCH_OPTIONS);
  return {
    corpus,
    index,
    articleById: new Map(corpus.articles.map((a) => [a.id, a])),
    passageById: new Map(corpus.passages.map((p) => [p.id, p])),
    termById: new Map(corpus.terms.map((t) => [t.id, t])),
    figureById: new Map(corpus.figures.map((f) => [f.id, f])),
    dictionary: {
      formatVersion: corpus.formatVersion,
      terms: corpus.terms.map(dictionaryEntryOf),
    },
  };
}

/** The requests answered from the corpus (opening pages is the background's own business). */
export type LookupService = {
  [K in Exclude<keyof BackgroundProtocol, 'openReader'>]: (
    request: BackgroundProtocol[K]['request'],
  ) => Promise<BackgroundProtocol[K]['response']>;
};

export function createLookupService(options: { load: () => Promise<LoadedCorpus> }): LookupService {
  let loading: Promise<LoadedCorpus> | undefined;
  // Memoized; a failed load is retried on the next request rather than cached forever.
  const get = () => {
    loading ??= options.load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    async getDictionary() {
      return (await get()).dictionary;
    },
    async lookupTerm({ termId }): Promise<TermCard | null> {
      return buildTermCard(await get(), termId);
    },
    async search({ query, limit }): Promise<SearchResponse> {
      return searchCorpus(await get(), query, limit ?? 20);
    },
    async getArticle({ articleId }): Promise<ArticleView | null> {
      const loaded = await get();
      const article = loaded.articleById.get(articleId);
      if (!article) return null;
      return { article, passages: loaded.corpus.passages.filter((p) => p.articleId === articleId) };
    },
    async listSources(): Promise<{ sources: SourceSummary[] }> {
      const { corpus } = await get();
      const counts = new Map<string, number>();
      for (const p of corpus.passages) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
      return {
        sources: corpus.articles.map((article) => ({
          article,
          passageCount: counts.get(article.id) ?? 0,
        })),
      };
    },
    async getStatus() {
      try {
        const loaded = await get();
        return {
          ok: true,
          articles: loaded.corpus.articles.length,
          terms: loaded.corpus.terms.length,
        };
      } catch (error) {
        return { ok: false, error: errorMessage(error) };
      }
    },
  };
}

export type { Excerpt };
