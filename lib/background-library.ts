/**
 * The background's library of sources across service-worker wakes: read at wake from the
 * bundled assets and either the kept snapshot of the store's merge (one text to parse) or every
 * stored record, and kept again (the snapshot, and the search index with it when that pays)
 * once changes settle. The entrypoint only wires these to its messages.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { debugLog } from '../core/debug-log';
import { errorMessage } from '../core/guards';
import { StaleCorpusError, readCorpusAsset } from '../core/search/service';
import { SourceLibrary, type StoreContents } from '../core/sources/library';
import {
  readLibrarySnapshot,
  textHash,
  writeLibrarySnapshot,
} from '../core/sources/library-snapshot';
import { CORPUS_ASSET, SEARCH_INDEX_ASSET, type CompiledCorpus } from '../core/types';
import {
  bundledOff,
  getSources,
  readKeptSearchIndex,
  readLibrarySnapshotText,
  writeLibrarySnapshotText,
} from './source-store';

/** A packaged asset's text. Errors name what to do: the reader sees this text in the popup. */
export async function readAsset(name: string, what: string): Promise<string> {
  try {
    // The card shards' names are made at build time: not in WXT's list of public paths.
    const response = await fetch(browser.runtime.getURL(`/${name}` as PublicPath));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    throw new Error(
      `Sourcelight's ${what} is missing (${errorMessage(error)}): rebuild or reinstall the extension`,
      { cause: error },
    );
  }
}

function damaged(what: string, error: unknown): Error {
  return new Error(
    `Sourcelight's ${what} is damaged (${errorMessage(error)}): rebuild or reinstall the extension`,
    { cause: error },
  );
}

/** The bundled corpus asset (without its search index, read on the first search), and its hash. */
async function readBundledCorpus(): Promise<{ corpus: CompiledCorpus; hash: string }> {
  const text = await readAsset(CORPUS_ASSET, 'index');
  try {
    return { corpus: readCorpusAsset(text), hash: textHash(text) };
  } catch (error) {
    if (error instanceof StaleCorpusError) throw error; // Already says what to do.
    throw damaged('index', error);
  }
}

async function readBundledSearchIndex(): Promise<unknown> {
  const text = await readAsset(SEARCH_INDEX_ASSET, 'search index');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw damaged('search index', error);
  }
}

/**
 * Every stored source, which bundled sources are off, and the store's generation. One
 * unreadable record is skipped and named; the rest are used.
 */
async function readWholeStore(): Promise<StoreContents> {
  const [{ sources, problems, generation }, off] = await Promise.all([getSources(), bundledOff()]);
  if (problems.length > 0) console.warn('Sourcelight: sources skipped:', problems);
  return { records: sources, bundledOff: off, generation };
}

/**
 * Brings the library up to date with the store for those files (a file no longer stored is
 * removed), and which bundled sources are off.
 */
export async function readStoreInto(library: SourceLibrary, files: string[]): Promise<void> {
  const [{ sources, problems }, off] = await Promise.all([getSources(files), bundledOff()]);
  const found = new Map(sources.map((r) => [r.file, r]));
  for (const file of files) library.setUserSource(file, found.get(file) ?? null);
  library.setBundledOff(off);
  if (problems.length > 0) console.warn('Sourcelight: sources skipped:', problems);
}

/** The hash of the bundled corpus each library was made with (the snapshot's key). */
const bundledHashOf = new WeakMap<SourceLibrary, string>();

/**
 * The library's merge, kept for the next wake under the store generation it holds (the store
 * refuses it if it has moved on since), with its search index when that pays
 * (`SourceLibrary.searchIndexToKeep`). Nothing to keep while the reader uses the bundled
 * sources alone, or while the library does not know which generation it holds.
 */
export async function keepLibrarySnapshot(library: SourceLibrary): Promise<void> {
  const generation = library.generation;
  const bundledHash = bundledHashOf.get(library);
  const parts = library.snapshotParts();
  if (!parts || generation === null || bundledHash === undefined) return;
  const searchIndex = await library.searchIndexToKeep().catch((error: unknown) => {
    debugLog.note('background: serialize the search index', error);
    return null;
  });
  // A change arrived while the index was made: the keep after that change writes both.
  if (library.generation !== generation || library.snapshotParts() !== parts) return;
  const text = writeLibrarySnapshot(parts, { generation, bundledHash }, library.bundledOffFiles());
  await writeLibrarySnapshotText(
    text,
    generation,
    searchIndex === null ? null : { generation, bundledHash, text: searchIndex },
  );
}

/**
 * How long after the last change the library snapshot is written (within the 30 s a browser
 * gives an idle worker): an import reports a batch a second, and each keep is a whole merge.
 */
const SNAPSHOT_AFTER_CHANGES_MS = 3_000;

/** Keeps the library's snapshot once changes have settled for `SNAPSHOT_AFTER_CHANGES_MS`. */
export function snapshotKeeper(): { afterChanges(library: SourceLibrary): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    afterChanges(library) {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          void keepLibrarySnapshot(library).catch(
            debugLog.swallow('background: keep the library snapshot'),
          ),
        SNAPSHOT_AFTER_CHANGES_MS,
      );
    },
  };
}

/**
 * The library at wake: from the snapshot of the store's merge when it is current (one string to
 * parse; the records are read when a change to the sources needs them, and the first search
 * reads the index kept with it), otherwise from every record, merged. `keepLater` runs a keep
 * after this wake's first answer.
 */
export async function loadLibrary(
  keepLater: (run: () => Promise<void>) => void,
): Promise<SourceLibrary> {
  const bundled = await readBundledCorpus();
  const library = new SourceLibrary(bundled.corpus, {
    readSearchIndex: readBundledSearchIndex,
    readKeptIndex: (generation) => readKeptSearchIndex(generation, bundled.hash),
  });
  bundledHashOf.set(library, bundled.hash);
  const kept = await readLibrarySnapshotText().catch((error: unknown) => {
    debugLog.note('background: read the library snapshot', error);
    return null;
  });
  const snapshot =
    kept &&
    readLibrarySnapshot(kept.text, { generation: kept.generation, bundledHash: bundled.hash });
  if (snapshot) {
    library.adoptSnapshot(snapshot, async () => {
      const store = await readWholeStore();
      // The store changed since: the records replace the snapshot, whose successor is kept.
      if (store.generation !== snapshot.generation) keepLater(() => keepLibrarySnapshot(library));
      return store;
    });
    return library;
  }
  const store = await readWholeStore();
  library.setStore(store);
  keepLater(() => keepLibrarySnapshot(library));
  return library;
}
