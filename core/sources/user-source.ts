/**
 * A source the reader added in the browser (a clipped page, a file, a pack's
 * source), compiled on its own by the project's compiler (`compileCorpus`, the
 * code path `seeds/` goes through) and stored as one record: adding one source
 * never recompiles the others. `core/sources/library.ts` merges the records
 * with the bundled corpus at run time.
 */
import { compileCorpus } from '../compile';
import type { CuratedTerms } from '../terms/curated';
import type { ArticleMeta, Figure, Passage, Term } from '../types';
import { CORPUS_FORMAT_VERSION } from '../types';
import type { SourceOrigin } from './pack';
import { isRecord } from '../guards';

/** Where a user source came from (bundled sources are never stored). */
export type UserOrigin = Exclude<SourceOrigin, 'bundled'>;

/** What the compiler made of one stored source: one article, or one per post of an archive page. */
export interface CompiledSource {
  formatVersion: number;
  articles: ArticleMeta[];
  passages: Passage[];
  terms: Term[];
  figures: Figure[];
}

/** One record of the reader's source store. */
export interface StoredSource {
  /** Key: the seed file name (`.txt` or `.md`), unique among the reader's sources. */
  file: string;
  origin: UserOrigin;
  /** ISO time the reader added it. */
  addedAt: string;
  /** The seed file's text (front matter + body): what a pack exports and a recompile reads. */
  text: string;
  /** Off: kept, but not highlighted, searched or shown in cards. */
  enabled: boolean;
  compiled: CompiledSource;
}

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

const ORIGINS: readonly UserOrigin[] = ['page', 'file', 'pack'];

/**
 * Checks a record read back from storage: storage can hold anything (an older
 * Sourcelight's records, a damaged write). Returns the record, or the reason it
 * cannot be used, so one bad record is skipped and named rather than losing the rest.
 *
 * @example readStoredSource(raw) // StoredSource | 'compiled by another version of Sourcelight'
 */
export function readStoredSource(raw: unknown): StoredSource | string {
  if (!isRecord(raw)) return 'not a source record';
  const { file, origin, addedAt, text, enabled, compiled } = raw;
  if (typeof file !== 'string' || !file) return 'has no file name';
  if (typeof origin !== 'string' || !(ORIGINS as readonly string[]).includes(origin))
    return `${file}: unknown origin`;
  if (typeof text !== 'string') return `${file}: has no text`;
  if (!isRecord(compiled) || compiled.formatVersion !== CORPUS_FORMAT_VERSION)
    return `${file}: compiled by another version of Sourcelight (add it again)`;
  for (const key of ['articles', 'passages', 'terms', 'figures'] as const)
    if (!Array.isArray(compiled[key])) return `${file}: its compiled ${key} are missing`;
  return {
    file,
    origin: origin as UserOrigin,
    addedAt: typeof addedAt === 'string' ? addedAt : '',
    text,
    // A damaged flag falls back to on: a source the reader added is meant to be used.
    enabled: typeof enabled === 'boolean' ? enabled : true,
    compiled: compiled as unknown as CompiledSource,
  };
}
