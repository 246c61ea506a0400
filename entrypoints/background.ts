/**
 * Thin: loads the compiled corpus lazily (the MV3 worker is stopped when idle
 * and loses its globals, so every wake-up re-reads the packaged asset on the
 * first message) and answers typed messages by calling core/.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  SOURCES_WRITE_LOCK,
  parseBackgroundRequest,
  type BackgroundProtocol,
  type TermCard,
} from '../core/messages';
import { StaleCorpusError, createLookupService, readCorpusAsset } from '../core/search/service';
import { SourceLibrary, type StoreContents } from '../core/sources/library';
import type { CompiledCorpus } from '../core/types';
import {
  CARDS_MANIFEST_ASSET,
  cardInShard,
  cardShardAsset,
  readCardsManifest,
  shardOf,
  type CardsManifest,
} from '../core/search/prebuilt-cards';
import { SharedPromise } from '../core/promise-cache';
import { forgetDictionarySnapshot, saveDictionarySnapshot } from '../lib/dictionary-snapshot';
import {
  bundledOff,
  getSources,
  readLibrarySnapshotText,
  sourceCount,
  sourceFiles,
  writeLibrarySnapshotText,
} from '../lib/source-store';
import {
  readLibrarySnapshot,
  textHash,
  writeLibrarySnapshot,
} from '../core/sources/library-snapshot';
import { CORPUS_ASSET, SEARCH_INDEX_ASSET } from '../core/types';
import { readerPath, type ReaderRoute } from '../core/reader-url';
import { installContextMenu } from '../lib/context-menu';
import { listenForMessages, sendToTab } from '../lib/messaging';
import { throttledTellOpenTabs } from '../lib/open-tabs';
import { debugLog } from '../core/debug-log';
import { errorMessage, isRecord } from '../core/guards';

/** A packaged asset's text. Errors name what to do: the reader sees this text in the popup. */
async function readAsset(name: string, what: string): Promise<string> {
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
 * A card built with the bundled corpus, while the reader uses the bundled sources alone (none of
 * their own, none turned off): one shard read instead of the whole corpus. Undefined otherwise,
 * or when anything fails: then the library answers.
 */
async function prebuiltCard(
  manifest: SharedPromise<CardsManifest | null>,
  termId: string,
): Promise<TermCard | null | undefined> {
  try {
    const [stored, off, cards] = await Promise.all([sourceCount(), bundledOff(), manifest.get()]);
    if (stored > 0 || off.length > 0 || !cards) return undefined;
    const shard = await readAsset(cardShardAsset(shardOf(termId, cards.shards)), 'cards');
    return cardInShard(JSON.parse(shard), termId);
  } catch (error) {
    debugLog.note('background: read a prebuilt card', error);
    return undefined;
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
async function readStoreInto(library: SourceLibrary, files: string[]): Promise<void> {
  const [{ sources, problems }, off] = await Promise.all([getSources(files), bundledOff()]);
  const found = new Map(sources.map((r) => [r.file, r]));
  for (const file of files) library.setUserSource(file, found.get(file) ?? null);
  library.setBundledOff(off);
  if (problems.length > 0) console.warn('Sourcelight: sources skipped:', problems);
}

/**
 * How long after the last change the library snapshot is written (within the 30 s a browser
 * gives an idle worker).
 */
const SNAPSHOT_AFTER_CHANGES_MS = 3_000;

/** The hash of the bundled corpus each library was made with (the snapshot's key). */
const bundledHashOf = new WeakMap<SourceLibrary, string>();

/**
 * The library's merge, kept for the next wake under the store generation it holds (the store
 * refuses it if it has moved on since). Nothing to keep while the reader uses the bundled
 * sources alone, or while the library does not know which generation it holds.
 */
async function keepLibrarySnapshot(library: SourceLibrary): Promise<void> {
  const generation = library.generation;
  const bundledHash = bundledHashOf.get(library);
  const parts = library.snapshotParts();
  if (!parts || generation === null || bundledHash === undefined) return;
  const text = writeLibrarySnapshot(parts, { generation, bundledHash }, library.bundledOffFiles());
  await writeLibrarySnapshotText(text, generation);
}

/**
 * The library at wake: from the snapshot of the store's merge when it is current (one string to
 * parse; the records are read when a change to the sources needs them), otherwise from
 * every record, merged.
 */
async function loadLibrary(keepLater: (run: () => Promise<void>) => void): Promise<SourceLibrary> {
  const bundled = await readBundledCorpus();
  const library = new SourceLibrary(bundled.corpus, { readSearchIndex: readBundledSearchIndex });
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

export default defineBackground(() => {
  // What was let pass, for the service worker's DevTools console (`sourcelightDebugLog.entries()`)
  // and the e2e tests; it never leaves the worker.
  Object.assign(globalThis, { sourcelightDebugLog: debugLog });
  // Popup/options issue: the "Look up in Sourcelight" selection menu.
  installContextMenu();

  // Read once per wake; a failed read is tried again by the next lookup. Null: a manifest of
  // another format (the library answers).
  const cardsManifest = new SharedPromise(async () =>
    readCardsManifest(await readAsset(CARDS_MANIFEST_ASSET, 'cards')),
  );
  const service = createLookupService({
    prebuiltCard: (termId) => prebuiltCard(cardsManifest, termId),
    load: async () => {
      // Snapshots are written after this wake's first answer, which merges the library anyway.
      const keepLater = (run: () => Promise<void>) =>
        setTimeout(() => void run().catch(debugLog.swallow('background: keep a snapshot')), 0);
      const library = await loadLibrary(keepLater);
      keepLater(keepSnapshot);
      return library;
    },
    reread: async (library, { files, generations }) => {
      // A page that dies mid-import never sends its last batch: once its lock is free, the
      // store's keys are compared with the library's and the difference is read.
      if (!waitingForWriter) {
        waitingForWriter = true;
        void navigator.locks.request(SOURCES_WRITE_LOCK, async () => {
          waitingForWriter = false;
          const stored = new Set(await sourceFiles());
          const known = new Set(library.userFiles());
          const missed = [...stored].filter((f) => !known.has(f));
          const gone = [...known].filter((f) => !stored.has(f));
          if (missed.length + gone.length > 0) await rereadFiles(library, [...missed, ...gone]);
        });
      }
      await rereadFiles(library, files);
      // Every write since the one held is now read: the merge is the store's again, kept once
      // the changes settle (an import reports a batch a second; each keep is a whole merge).
      if (library.written(generations ?? [])) {
        clearTimeout(keepAfterChanges);
        keepAfterChanges = setTimeout(
          () =>
            void keepLibrarySnapshot(library).catch(
              debugLog.swallow('background: keep the library snapshot'),
            ),
          SNAPSHOT_AFTER_CHANGES_MS,
        );
      }
    },
  });
  let waitingForWriter = false;
  let keepAfterChanges: ReturnType<typeof setTimeout> | undefined;

  /**
   * The dictionary snapshot pages start from without waking this worker
   * (lib/dictionary-snapshot.ts), kept in step with the library: at each wake, and before open
   * tabs are told the sources changed.
   */
  const keepSnapshot = async () =>
    void (await saveDictionarySnapshot(await service.getDictionary({})));
  const tellOpenTabsSoon = throttledTellOpenTabs({ before: keepSnapshot });

  async function rereadFiles(library: SourceLibrary, files: string[]): Promise<void> {
    await readStoreInto(library, files);
    // Until the new snapshot is written, pages opened now ask us: we have the change.
    await forgetDictionarySnapshot();
    tellOpenTabsSoon();
  }

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'open-card') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined)
        // The page may have no content script (a browser page): nothing to open there.
        return sendToTab(tab.id, 'openCardAtSelection', {}).catch(
          debugLog.swallow('background: open the card in the active tab'),
        );
    });
  });

  const rejectedOnce = new Set<string>();
  listenForMessages<BackgroundProtocol>({
    parse: parseBackgroundRequest,
    extensionId: browser.runtime.id,
    handlers: {
      getDictionary: () => service.getDictionary({}),
      lookupTerm: (r) => service.lookupTerm(r),
      search: (r) => service.search(r),
      getArticle: (r) => service.getArticle(r),
      listSources: () => service.listSources({}),
      sourcesChanged: (r) => service.sourcesChanged(r),
      getStatus: () => service.getStatus({}),
      openReader: async ({ termId, articleId, passageId }) => {
        const route: ReaderRoute = articleId
          ? { kind: 'article', articleId, passageId: passageId ?? null, termId: termId ?? null }
          : { kind: 'term', termId: termId ?? '' };
        await browser.tabs.create({
          url: browser.runtime.getURL(`/${readerPath(route)}` as '/popup.html'),
        });
        return { ok: true };
      },
    },
    onRejected: (message, sender) => {
      // Once per sender and kind, so a page or extension that keeps trying cannot flood the log.
      const key = `${sender.id}:${isRecord(message) ? String(message.type) : typeof message}`;
      if (rejectedOnce.has(key)) return;
      rejectedOnce.add(key);
      console.warn('Sourcelight: ignored a message that is not a valid request', key);
    },
  });
});
