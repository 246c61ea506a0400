/**
 * Answers the background's requests from a loaded corpus. The corpus loader
 * is passed in (I/O as a parameter), so tests run this without a browser and
 * the background memoizes the load across an idle service worker's restarts.
 */
import type {
  ArticleView,
  BackgroundProtocol,
  SearchResponse,
  SourceSummary,
  TermCard,
} from '../messages';
import type { CompiledCorpus } from '../types';
import { CORPUS_FORMAT_VERSION } from '../types';
import type { LoadedCorpus } from './loaded-corpus';
import { buildTermCard } from './term-card';
import { searchCorpus } from './search-corpus';
import { errorMessage } from '../guards';
import { SharedPromise } from '../promise-cache';
import { SourceLibrary } from '../sources/library';

// Declared in ./loaded-corpus (its owner); kept importable from here for tests/e2e/card-view.test.ts.
export type { LoadedCorpus } from './loaded-corpus';

/** The bundled asset is of another format than this code reads: the message says to rebuild. */
export class StaleCorpusError extends Error {
  override name = 'StaleCorpusError';
}

/** Reads the JSON asset. Throws a readable error on a stale or damaged asset. */
export function readCorpusAsset(json: string | CompiledCorpus): CompiledCorpus {
  const corpus = typeof json === 'string' ? (JSON.parse(json) as CompiledCorpus) : json;
  if (!corpus || typeof corpus !== 'object' || corpus.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw new StaleCorpusError(
      `Sourcelight's index has format ${String((corpus as { formatVersion?: unknown } | null)?.formatVersion)}, expected ${CORPUS_FORMAT_VERSION}: rebuild the extension`,
    );
  }
  return corpus;
}

/** The JSON asset as lookup structures (the bundled sources alone). */
export function loadCorpus(json: string | CompiledCorpus): LoadedCorpus {
  return new SourceLibrary(readCorpusAsset(json)).loaded();
}

/** The requests answered from the sources (opening pages is the background's own business). */
export type LookupService = {
  [K in Exclude<keyof BackgroundProtocol, 'openReader'>]: (
    request: BackgroundProtocol[K]['request'],
  ) => Promise<BackgroundProtocol[K]['response']>;
};

/**
 * @param options.load makes the library (the bundled corpus and the reader's stored sources).
 * @param options.reread brings the library up to date with the store for the files a page
 *   changed (and which bundled sources are off); absent where sources cannot change (tests).
 * @param options.prebuiltCard a card built with the bundled corpus (prebuilt-cards.ts), asked
 *   for while the library is not loaded: undefined when it cannot answer (the reader has
 *   sources of their own, a bundled source is off, no such file), and the library answers.
 */
export function createLookupService(options: {
  load: () => Promise<SourceLibrary>;
  reread?: (
    library: SourceLibrary,
    change: { files: string[]; generations?: number[] | undefined },
  ) => Promise<void>;
  prebuiltCard?: (termId: string) => Promise<TermCard | null | undefined>;
}): LookupService {
  // Memoized; a failed load is retried on the next request rather than cached forever.
  let isLoaded = false;
  const loading = new SharedPromise(async () => {
    const lib = await options.load();
    isLoaded = true;
    return lib;
  });
  const library = () => loading.get();
  const get = async () => (await library()).loaded();
  return {
    async getDictionary() {
      return (await get()).dictionary;
    },
    async lookupTerm({ termId }): Promise<TermCard | null> {
      // A hover that wakes the worker does not wait for the whole corpus (nor start reading it).
      if (!isLoaded && options.prebuiltCard) {
        const card = await options.prebuiltCard(termId);
        if (card !== undefined) return card;
      }
      return buildTermCard(await get(), termId);
    },
    async search({ query, limit }): Promise<SearchResponse> {
      const lib = await library();
      await lib.searchReady();
      return searchCorpus(lib.loaded(), query, limit ?? 20);
    },
    async getArticle({ articleId }): Promise<ArticleView | null> {
      const loaded = await get();
      const article = loaded.articleById.get(articleId);
      if (!article) return null;
      return { article, passages: loaded.corpus.passages.filter((p) => p.articleId === articleId) };
    },
    async listSources(): Promise<{ sources: SourceSummary[] }> {
      // A snapshot's summaries are its store's: no need to wait for the records.
      return { sources: (await library()).summaries() };
    },
    async sourcesChanged(change) {
      const lib = await library();
      await lib.complete();
      await options.reread?.(lib, change);
      // Not merged here: during a long import that cost a full merge every second, and the
      // next read (a tab's dictionary, a card, a search) merges once for all that changed.
      return { userSources: lib.userFiles().length };
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
