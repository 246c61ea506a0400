/**
 * A source the reader added in the browser (a clipped page, a file, a pack's
 * source), compiled on its own by the project's compiler (`compileCorpus`, the
 * code path `seeds/` goes through) and stored as one record: adding one source
 * never recompiles the others. `core/sources/library.ts` merges the records
 * with the bundled corpus at run time.
 */
import { compileCorpus } from '../compile';
import type { CuratedTerms } from '../terms/curated';
import { CORPUS_FORMAT_VERSION } from '../types';
import type { StoredSource, UserOrigin } from './stored-source';

// The record's types live with its reader (stored-source.ts), which the background loads
// without the compiler; re-exported here for the pages that compile.
export type { StoredSource, UserOrigin } from './stored-source';

/** The input of one source to add. */
export interface SourceInput {
  file: string;
  text: string;
  origin: UserOrigin;
  addedAt: string;
}

/**
 * Compiles one source. Throws `SeedError` (file and line named) on bad input,
 * exactly as the build does for a file in `seeds/`.
 *
 * @example compileSource({ file: 'a.txt', text: 'Title\n\nText.', origin: 'file', addedAt }, curated)
 */
export function compileSource(input: SourceInput, curated: CuratedTerms): StoredSource {
  const bytes = new TextEncoder().encode(input.text);
  const { corpus } = compileCorpus({ files: [{ name: input.file, bytes }], curated });
  return {
    file: input.file,
    origin: input.origin,
    addedAt: input.addedAt,
    text: input.text,
    enabled: true,
    compiled: {
      formatVersion: CORPUS_FORMAT_VERSION,
      articles: corpus.articles,
      passages: corpus.passages,
      terms: corpus.terms,
      figures: corpus.figures,
    },
  };
}
