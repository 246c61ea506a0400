/**
 * The reader's sources in IndexedDB (through `idb`): the only module that
 * touches that database. Pages write (import, remove, undo, turn on and off)
 * and then tell the background, which reads them and writes only its own snapshot of their
 * merge (core/sources/library-snapshot.ts), kept for the generation it was made at.
 *
 * Each call is one transaction: a crash, a closed tab or a stopped service
 * worker mid-import leaves each source whole or absent, never half written.
 * The bundled sources are never stored; the store only remembers which of
 * them the reader turned off.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { isRecord } from '../core/guards';
import { readStoredSource, type StoredSource } from '../core/sources/stored-source';

export const SOURCE_DB_NAME = 'sourcelight-sources';
const SOURCE_DB_VERSION = 1;
const BUNDLED_OFF_KEY = 'bundled-off';
/** Bumped by every write to the sources, in the same transaction: names what a snapshot was made from. */
const GENERATION_KEY = 'generation';
/** The background's merge of the store (core/sources/library-snapshot.ts), a JSON text. */
const SNAPSHOT_KEY = 'library-snapshot';
/** The search index kept with that snapshot (a `KeptSearchIndex`), or nothing. */
const SEARCH_INDEX_KEY = 'library-search-index';

/** A search index's JSON text, and the snapshot it was made with (by generation and bundled hash). */
export interface KeptSearchIndex {
  generation: number;
  bundledHash: string;
  text: string;
}

interface SourceDb extends DBSchema {
  sources: { key: string; value: StoredSource };
  /** Small named values: which bundled files are off, the generation, the library snapshot. */
  state: { key: string; value: unknown };
}

/** The browser refused to store more: what is already stored is untouched. */
export class StorageFullError extends Error {
  constructor(what: string) {
    super(
      `Browser storage is full: ${what} was not saved. Nothing already saved was lost; remove some sources (or free space in the browser) and try again.`,
    );
    this.name = 'StorageFullError';
  }
}

let opening: Promise<IDBPDatabase<SourceDb>> | undefined;

function db(): Promise<IDBPDatabase<SourceDb>> {
  opening ??= openDB<SourceDb>(SOURCE_DB_NAME, SOURCE_DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('sources', { keyPath: 'file' });
      database.createObjectStore('state');
    },
    // Another page upgrades the database: let it, and open again next time.
    blocking() {
      void opening?.then((d) => d.close());
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException && error.name === 'QuotaExceededError';

async function write<T>(what: string, run: (d: IDBPDatabase<SourceDb>) => Promise<T>): Promise<T> {
  try {
    return await run(await db());
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(what);
    throw error;
  }
}

/**
 * Stores one source (replacing one of the same file), in one transaction. Resolves the store's
 * generation it wrote (each write's, for `sourcesChanged`: see SourceLibrary.written).
 */
export async function putSource(record: StoredSource): Promise<number> {
  return putSources([record], record.file);
}

/** Stores several sources in one transaction (undo of a removal): all or none. */
export async function putSources(
  records: readonly StoredSource[],
  what = `${records.length} sources`,
): Promise<number> {
  return write(what, async (d) => {
    const tx = d.transaction(['sources', 'state'], 'readwrite');
    let generation: Promise<number>;
    const done = tx.done;
    done.catch(() => undefined); // Awaited below; an abort must not also surface as unhandled.
    try {
      // Each request's outcome is the transaction's: `done` rejects if any put fails.
      const sources = tx.objectStore('sources');
      for (const r of records) sources.put(r).catch(() => undefined);
      generation = bumpGeneration(tx.objectStore('state'));
      generation.catch(() => undefined);
    } catch (error) {
      // A record the store refuses (no key) aborts the whole transaction: nothing is kept.
      tx.abort();
      throw error;
    }
    await done;
    return generation;
  });
}

type StateStore = IDBPObjectStore<SourceDb, ArrayLike<'sources' | 'state'>, 'state', 'readwrite'>;

/** Moves the generation on in the write's own transaction; resolves the one it wrote. */
async function bumpGeneration(state: StateStore): Promise<number> {
  const next = asGeneration(await state.get(GENERATION_KEY)) + 1;
  await state.put(next, GENERATION_KEY);
  return next;
}

/** A damaged generation reads as 0: a snapshot made at 0 is then used only if the store matches it again. */
function asGeneration(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
}

/**
 * The stored sources (all, or those files), and the store's generation, read together. A record
 * that cannot be used is left out and named in `problems`; the others are returned.
 */
export async function getSources(
  files?: readonly string[],
): Promise<{ sources: StoredSource[]; problems: string[]; generation: number }> {
  const d = await db();
  const tx = d.transaction(['sources', 'state']);
  const store = tx.objectStore('sources');
  const [raw, generation] = await Promise.all([
    files ? Promise.all(files.map((f) => store.get(f))) : store.getAll(),
    tx.objectStore('state').get(GENERATION_KEY),
  ]);
  const sources: StoredSource[] = [];
  const problems: string[] = [];
  for (const r of raw) {
    if (r === undefined) continue;
    const read = readStoredSource(r);
    if (typeof read === 'string') problems.push(read);
    else sources.push(read);
  }
  return { sources, problems, generation: asGeneration(generation) };
}

/** The library snapshot's text (or whatever is stored there) and the store's generation, read together. */
export async function readLibrarySnapshotText(): Promise<{ text: unknown; generation: number }> {
  const tx = (await db()).transaction('state');
  const [text, generation] = await Promise.all([
    tx.store.get(SNAPSHOT_KEY),
    tx.store.get(GENERATION_KEY),
  ]);
  return { text, generation: asGeneration(generation) };
}

/**
 * Keeps the library snapshot made at `generation`, unless the store has moved on since (a page
 * wrote meanwhile: that snapshot would describe an older store). Resolves whether it was kept.
 * The search index kept with it is replaced in the same transaction (removed when `searchIndex`
 * is null), so no index outlives the snapshot it was made with.
 */
export async function writeLibrarySnapshotText(
  text: string,
  generation: number,
  searchIndex: KeptSearchIndex | null = null,
): Promise<boolean> {
  return write('the library snapshot', async (d) => {
    const tx = d.transaction('state', 'readwrite');
    if (asGeneration(await tx.store.get(GENERATION_KEY)) !== generation) {
      await tx.done;
      return false;
    }
    await tx.store.put(text, SNAPSHOT_KEY);
    if (searchIndex) await tx.store.put(searchIndex, SEARCH_INDEX_KEY);
    else await tx.store.delete(SEARCH_INDEX_KEY);
    await tx.done;
    return true;
  });
}

/** The search index kept with the snapshot of `generation` and `bundledHash`; null if none was. */
export async function readKeptSearchIndex(
  generation: number,
  bundledHash: string,
): Promise<string | null> {
  const kept = await (await db()).get('state', SEARCH_INDEX_KEY);
  if (
    !isRecord(kept) ||
    kept.generation !== generation ||
    kept.bundledHash !== bundledHash ||
    typeof kept.text !== 'string'
  )
    return null;
  return kept.text;
}

/** Every stored file name (cheap: keys only). */
export async function sourceFiles(): Promise<string[]> {
  return (await db()).getAllKeys('sources');
}

/** How many sources the reader stored (without reading their keys). */
export async function sourceCount(): Promise<number> {
  return (await db()).count('sources');
}

/** Removes sources in one transaction; returns what was removed, for undo, and the generation written. */
export async function deleteSources(
  files: readonly string[],
): Promise<{ removed: StoredSource[]; generation: number }> {
  const d = await db();
  const tx = d.transaction(['sources', 'state'], 'readwrite');
  const sources = tx.objectStore('sources');
  const removed: StoredSource[] = [];
  for (const file of files) {
    const found = readStoredSource(await sources.get(file));
    if (typeof found !== 'string') removed.push(found);
    await sources.delete(file);
  }
  const generation = await bumpGeneration(tx.objectStore('state'));
  await tx.done;
  return { removed, generation };
}

/**
 * Turns sources on or off: stored ones by their record, any other file (a bundled
 * source) by the list of bundled files off. One transaction; resolves the generation written.
 */
export async function setSourcesEnabled(
  files: readonly string[],
  enabled: boolean,
): Promise<number> {
  return write('the change', async (d) => {
    const tx = d.transaction(['sources', 'state'], 'readwrite');
    const sources = tx.objectStore('sources');
    const state = tx.objectStore('state');
    const off = new Set(asStringList(await state.get(BUNDLED_OFF_KEY)));
    for (const file of files) {
      const record = readStoredSource(await sources.get(file));
      if (typeof record !== 'string') await sources.put({ ...record, enabled });
      else if (enabled) off.delete(file);
      else off.add(file);
    }
    await state.put([...off].sort(), BUNDLED_OFF_KEY);
    const generation = await bumpGeneration(state);
    await tx.done;
    return generation;
  });
}

/** The bundled seed files the reader turned off (a damaged value reads as none). */
export async function bundledOff(): Promise<string[]> {
  return asStringList(await (await db()).get('state', BUNDLED_OFF_KEY));
}

function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}
