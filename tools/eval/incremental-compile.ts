/**
 * The browser's path through the evaluation set (issue 13): each article
 * compiled on its own, as when a reader adds it (`compileSource`, one file per
 * compile), and the records merged at run time by `SourceLibrary` over an empty
 * bundled corpus. Scored with the same labels as the whole-set compile, it
 * measures what per-source compilation loses: the set compile sees every
 * article at once (spellings merged across sources, a name found in one source
 * linked to passages of another), the library only merges finished records.
 */
import { compileCorpus } from '../../core/compile';
import { SourceLibrary } from '../../core/sources/library';
import { compileSource } from '../../core/sources/user-source';
import type { CuratedTerms } from '../../core/terms/curated';
import type { CompiledCorpus, SeedFile } from '../../core/types';

/** A bundled corpus with no sources: what the library sees when nothing ships but the reader's own. */
export function emptyCorpus(curated: CuratedTerms): CompiledCorpus {
  // Through JSON, as the background reads the asset.
  return JSON.parse(JSON.stringify(compileCorpus({ files: [], curated }).corpus)) as CompiledCorpus;
}

/**
 * Compiles each file alone and returns the library's merged corpus.
 *
 * @example compileOneByOne(files, NO_CURATION).terms
 */
export function compileOneByOne(files: SeedFile[], curated: CuratedTerms): CompiledCorpus {
  const library = new SourceLibrary(emptyCorpus(curated));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  files.forEach((file, i) => {
    // Added one after another, in file order: the library merges records by the time they were added.
    const addedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const text = decoder.decode(file.bytes);
    library.setUserSource(
      file.name,
      compileSource({ file: file.name, text, origin: 'file', addedAt }, curated),
    );
  });
  return library.loaded().corpus;
}
