/**
 * What the merged library adds to the bundled corpus, kept as one JSON text next to the reader's
 * stored sources (#13, scale). A service worker that wakes with 1,000 stored sources spent ~1 s
 * reading every record back from IndexedDB (thousands of small objects to structured-clone) and
 * ~0.5 s merging them with the bundled sources before it could answer one hover. With this, it
 * reads one string, parses it, and answers; the records are read when something needs them
 * (a change to the sources).
 *
 * A snapshot is only valid for the store it was made from: the store's generation, which every
 * write to the sources bumps in the same transaction (lib/source-store.ts), and the bundled
 * corpus (a hash of the asset's text: an update or a rebuild changes it). Anything else, a
 * damaged value included, reads as no snapshot, and the records are merged as before.
 */
import { isRecord } from '../guards';
import { fnv1a } from '../text-hash';
import type { SourceSummary } from '../messages';
import type { ArticleMeta, Figure, FigureGroup, Passage, Term } from '../types';
import { CORPUS_FORMAT_VERSION } from '../types';

const SNAPSHOT_FORMAT = 1;

/** The parts of a merged library that the bundled corpus does not hold. */
export interface MergedParts {
  /** The reader's articles, passages and figures (figure term ids already merged). */
  userArticles: ArticleMeta[];
  userPassages: Passage[];
  userFigures: Figure[];
  /** Every term of the merged library, bundled ones included (merging changes their passages). */
  terms: Term[];
  figureGroups: FigureGroup[];
  /** The reader's sources as the Sources page lists them. */
  userSummaries: SourceSummary[];
  /** The names each of the reader's passages holds in its own source's compile (for search). */
  userPassageNames: Record<string, string[]>;
}

export interface LibrarySnapshot extends MergedParts {
  format: number;
  corpusFormat: number;
  /** The store's generation the parts were merged from. */
  generation: number;
  /** `textHash` of the bundled corpus asset they were merged with. */
  bundledHash: string;
  /** The bundled seed files that were off. */
  bundledOff: string[];
}

/** What a snapshot must match to be used. */
export interface SnapshotKey {
  generation: number;
  bundledHash: string;
}

/** FNV-1a of a text, as 8 hex digits: tells one bundled corpus from another. */
export function textHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

export function writeLibrarySnapshot(
  parts: MergedParts,
  key: SnapshotKey,
  bundledOff: readonly string[],
): string {
  const snapshot: LibrarySnapshot = {
    format: SNAPSHOT_FORMAT,
    corpusFormat: CORPUS_FORMAT_VERSION,
    generation: key.generation,
    bundledHash: key.bundledHash,
    bundledOff: [...bundledOff],
    ...parts,
  };
  return JSON.stringify(snapshot);
}

const ARRAY_FIELDS = [
  'userArticles',
  'userPassages',
  'userFigures',
  'terms',
  'figureGroups',
  'userSummaries',
  'bundledOff',
] as const;

/**
 * The snapshot in `text` if it was made from the store and bundled corpus `key` names, by this
 * format; null otherwise (stale, foreign or damaged: the caller merges the records instead).
 */
export function readLibrarySnapshot(text: unknown, key: SnapshotKey): LibrarySnapshot | null {
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    !isRecord(value) ||
    value.format !== SNAPSHOT_FORMAT ||
    value.corpusFormat !== CORPUS_FORMAT_VERSION ||
    value.generation !== key.generation ||
    value.bundledHash !== key.bundledHash
  )
    return null;
  for (const field of ARRAY_FIELDS) if (!Array.isArray(value[field])) return null;
  if (!isRecord(value.userPassageNames)) return null;
  return value as unknown as LibrarySnapshot;
}
