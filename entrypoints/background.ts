/**
 * Thin: loads the library of sources lazily (the MV3 worker is stopped when idle and loses its
 * globals, so every wake-up reads it again on the first message: lib/background-library.ts)
 * and answers typed messages by calling core/.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  SOURCES_WRITE_LOCK,
  parseBackgroundRequest,
  type BackgroundProtocol,
  type TermCard,
} from '../core/messages';
import { createLookupService } from '../core/search/service';
import type { SourceLibrary } from '../core/sources/library';
import {
  CARDS_MANIFEST_ASSET,
  cardInShard,
  cardShardAsset,
  readCardsManifest,
  shardOf,
  type CardsManifest,
} from '../core/search/prebuilt-cards';
import { SharedPromise } from '../core/promise-cache';
import { loadLibrary, readAsset, readStoreInto, snapshotKeeper } from '../lib/background-library';
import { forgetDictionarySnapshot, saveDictionarySnapshot } from '../lib/dictionary-snapshot';
import { bundledOff, sourceCount, sourceFiles } from '../lib/source-store';
import { readerPath, type ReaderRoute } from '../core/reader-url';
import { installContextMenu } from '../lib/context-menu';
import { listenForMessages, sendToTab } from '../lib/messaging';
import { throttledTellOpenTabs } from '../lib/open-tabs';
import { debugLog } from '../core/debug-log';
import { isRecord } from '../core/guards';

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
      // Every write since the one held is now read: the merge is the store's again.
      if (library.written(generations ?? [])) snapshots.afterChanges(library);
    },
  });
  let waitingForWriter = false;
  const snapshots = snapshotKeeper();

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
