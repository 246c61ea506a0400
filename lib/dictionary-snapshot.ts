/**
 * The dictionary snapshot in `storage.local` (see core/terms/dictionary-snapshot.ts): written by
 * the background when its dictionary changes, read by the content script at the start of a page
 * so that highlighting never waits for the service worker to start.
 */
import { browser } from 'wxt/browser';
import { debugLog } from '../core/debug-log';
import type { CompiledDictionary } from '../core/types';
import {
  dictionaryFromSnapshot,
  snapshotHash,
  snapshotOf,
} from '../core/terms/dictionary-snapshot';

export const DICTIONARY_SNAPSHOT_KEY = 'dictionarySnapshot';

const extensionVersion = () => browser.runtime.getManifest().version;

/** The stored dictionary, or null when there is none usable (the caller asks the background). */
export async function readDictionarySnapshot(): Promise<CompiledDictionary | null> {
  try {
    const stored = await browser.storage.local.get(DICTIONARY_SNAPSHOT_KEY);
    return dictionaryFromSnapshot(stored[DICTIONARY_SNAPSHOT_KEY], extensionVersion());
  } catch (error) {
    debugLog.note('snapshot: read', error);
    return null; // Storage unreadable: the background still answers.
  }
}

/**
 * Keeps `dictionary` as the snapshot, unless the stored one is the same dictionary (every wake
 * of the worker would otherwise rewrite it, and every open tab hear of the change). A dictionary
 * too large to keep removes the old snapshot, so no page reads a stale one. Resolves whether a
 * current snapshot is stored.
 */
export async function saveDictionarySnapshot(dictionary: CompiledDictionary): Promise<boolean> {
  const snapshot = snapshotOf(dictionary, extensionVersion());
  try {
    const stored = await browser.storage.local.get(DICTIONARY_SNAPSHOT_KEY);
    const previous = stored[DICTIONARY_SNAPSHOT_KEY];
    // The hash covers the format and the extension version too.
    if (snapshot && snapshotHash(previous) === snapshot.hash) return true;
    if (!snapshot) {
      if (previous !== undefined) await browser.storage.local.remove(DICTIONARY_SNAPSHOT_KEY);
      return false;
    }
    await browser.storage.local.set({ [DICTIONARY_SNAPSHOT_KEY]: snapshot });
    return true;
  } catch (error) {
    // Storage full or unreadable: pages ask the background, as they did before snapshots.
    debugLog.note('snapshot: write', error);
    await forgetDictionarySnapshot();
    return false;
  }
}

/**
 * Removes the snapshot: the sources are changing and the new dictionary is not merged yet (pages
 * opened meanwhile ask the background, which has the change).
 */
export async function forgetDictionarySnapshot(): Promise<void> {
  await browser.storage.local
    .remove(DICTIONARY_SNAPSHOT_KEY)
    .catch(debugLog.swallow('snapshot: remove'));
}
