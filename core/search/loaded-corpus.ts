/**
 * The lookup structures every answer is read from: what `SourceLibrary` builds (core/sources/library.ts)
 * and what the card (term-card.ts), search (search-corpus.ts) and the service read. Its own
 * module because all of them use it: declared in the service, it tied the service, the code the
 * service calls and the library that builds it into one import cycle.
 */
import type MiniSearch from 'minisearch';
import type {
  ArticleMeta,
  CompiledCorpus,
  CompiledDictionary,
  Figure,
  Passage,
  Term,
} from '../types';
import type { PassageDocument } from './options';

export interface LoadedCorpus {
  corpus: CompiledCorpus;
  index: MiniSearch<PassageDocument>;
  articleById: Map<string, ArticleMeta>;
  passageById: Map<string, Passage>;
  termById: Map<string, Term>;
  figureById: Map<string, Figure>;
  dictionary: CompiledDictionary;
}
