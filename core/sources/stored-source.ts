/**
 * One record of the reader's source store and its check on the way back from storage.
 * Apart from user-source.ts (which compiles) because the background reads records and must not
 * load the compiler (tests/unit/shipped-imports.test.ts checks what it reaches).
 */
import { isRecord } from '../guards';
import type { ArticleMeta, Figure, Passage, Term } from '../types';
import { CORPUS_FORMAT_VERSION } from '../types';
import type { SourceOrigin } from './pack';

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
