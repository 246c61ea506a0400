/**
 * Telling open tabs that the sources changed, so each fetches the dictionary again and
 * re-highlights (no `tabs` permission is needed to message them).
 */
import { browser } from 'wxt/browser';
import { debugLog } from '../core/debug-log';
import { sendToTab } from './messaging';

/**
 * During a long import the sources change every second; each change makes every open
 * tab fetch the dictionary and highlight again. Tabs hear at most this often (the last
 * change always reaches them).
 */
const TELL_TABS_EVERY_MS = 2000;

/** Every open tab fetches the dictionary again. */
export async function tellOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  // Most tabs have no content script (browser pages, the store, pages opened before the
  // extension was installed): their refusal is expected, so it is only recorded.
  const told = tabs.flatMap((tab) =>
    tab.id === undefined
      ? []
      : [
          sendToTab(tab.id, 'dictionaryChanged', {}).catch(
            debugLog.swallow('background: tell a tab the sources changed'),
          ),
        ],
  );
  await Promise.all(told);
}

/**
 * `tellOpenTabs`, throttled: call it on every change; tabs hear at most every `everyMs`, after
 * `before` (which brings up to date what a page reads before it asks: the dictionary snapshot).
 */
export function throttledTellOpenTabs(
  options: { everyMs?: number; before?: () => Promise<void> } = {},
): () => void {
  const { everyMs = TELL_TABS_EVERY_MS, before = () => Promise.resolve() } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let toldAt = 0;
  return () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, toldAt + everyMs - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      toldAt = Date.now();
      void before()
        .catch(debugLog.swallow('background: before telling tabs the sources changed'))
        .then(tellOpenTabs);
    }, wait);
  };
}
