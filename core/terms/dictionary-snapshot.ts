/**
 * The dictionary as the background last built it (bundled and the reader's own sources merged),
 * kept in extension storage so a page can be highlighted without waiting for the service worker:
 * after the browser starts, the worker's first answer took 0.5-1.0 s (start, read the corpus and
 * the stored sources, merge). The background writes it whenever its dictionary changes; a page
 * reads it, and asks the background only when it is missing, damaged or from another version.
 *
 * Storage can hold anything (an older version's snapshot, a damaged write): everything read back
 * is checked, entry by entry.
 */
import { isRecord } from '../guards';
import { TERM_KINDS, type CompiledDictionary, type DictionaryEntry } from '../types';

/** Changes when the snapshot's shape changes: an older one is then not used. */
const SNAPSHOT_FORMAT = 1;

/**
 * Larger dictionaries are not kept: storage.local's 10 MB is shared with the settings, and each
 * change is delivered to every open tab's storage listener. Such a dictionary is asked of the
 * background, as before.
 */
export const MAX_SNAPSHOT_CHARS = 1_000_000;

export interface DictionarySnapshot {
  format: number;
  /** The extension version that wrote it: a snapshot from before an update is not used. */
  extensionVersion: string;
  /** Of the version and the dictionary's JSON: the background rewrites the snapshot only when this changes. */
  hash: string;
  dictionary: CompiledDictionary;
}

/**
 * The snapshot to store for `dictionary`, or null when it is too large to keep
 * (`MAX_SNAPSHOT_CHARS` of JSON).
 */
export function snapshotOf(
  dictionary: CompiledDictionary,
  extensionVersion: string,
): DictionarySnapshot | null {
  const json = JSON.stringify(dictionary);
  if (json.length > MAX_SNAPSHOT_CHARS) return null;
  const hash = hashOf(`${SNAPSHOT_FORMAT}\n${extensionVersion}\n${json}`);
  return { format: SNAPSHOT_FORMAT, extensionVersion, hash, dictionary };
}

/**
 * The dictionary of a stored snapshot, or null when there is none usable (missing, another
 * format or extension version, no terms left after dropping damaged entries).
 */
export function dictionaryFromSnapshot(
  raw: unknown,
  extensionVersion: string,
): CompiledDictionary | null {
  if (!isRecord(raw) || raw.format !== SNAPSHOT_FORMAT) return null;
  if (raw.extensionVersion !== extensionVersion || !isRecord(raw.dictionary)) return null;
  const { formatVersion, terms } = raw.dictionary;
  if (typeof formatVersion !== 'number' || !Array.isArray(terms)) return null;
  const entries = terms.filter(isDictionaryEntry);
  return entries.length > 0 ? { formatVersion, terms: entries } : null;
}

/** The stored snapshot's hash, if it has one (the background compares before writing). */
export function snapshotHash(raw: unknown): string | null {
  return isRecord(raw) && typeof raw.hash === 'string' ? raw.hash : null;
}

const KINDS = new Set<string>(TERM_KINDS);

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((v) => typeof v === 'string');

function isDictionaryEntry(x: unknown): x is DictionaryEntry {
  if (!isRecord(x)) return false;
  const { id, name, kind, variants } = x;
  if (typeof id !== 'string' || typeof name !== 'string') return false;
  if (typeof kind !== 'string' || !KINDS.has(kind) || !isStringArray(variants)) return false;
  for (const key of ['contextVariants', 'fullNameVariants', 'spellingKeys'] as const)
    if (x[key] !== undefined && !isStringArray(x[key])) return false;
  return true;
}

/** FNV-1a over the UTF-16 units, in hex: enough to tell two dictionaries apart. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16)}-${text.length}`;
}
