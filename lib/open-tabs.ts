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
 * Bringing the library up to date for the tabs (the merge `before` makes) may take at most this
 * share of the worker's time during a long import: with thousands of sources a merge takes
 * seconds, and one every 2 s left the import's own writes waiting behind it.
 */
const MOST_TIME_REFRESHING = 0.2;

/**
 * `tellOpenTabs`, throttled: call it on every change; tabs hear at most every `everyMs`, or
 * every five times what the last `before` took if that is longer, after `before` (which brings
 * up to date what a page reads before it asks: the dictionary snapshot). The last change always
 * reaches them.
 */
export function throttledTellOpenTabs(
  options: { everyMs?: number; before?: () => Promise<void> } = {},
): () => void {
  const { everyMs = TELL_TABS_EVERY_MS, before = () => Promise.resolve() } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let toldAt = Number.NEGATIVE_INFINITY;
  let lastCostMs = 0;
  /** `before` is running: a change now is told after it, so no two run at once. */
  let running = false;
  let pending = false;
  const run = () => {
    timer = undefined;
    running = true;
    const startedAt = (toldAt = Date.now());
    void before()
      .catch(debugLog.swallow('background: before telling tabs the sources changed'))
      .then(() => {
        lastCostMs = Date.now() - startedAt;
        running = false;
        if (pending) {
          pending = false;
          schedule();
        }
        return tellOpenTabs();
      });
  };
  const schedule = () => {
    if (timer !== undefined) return;
    if (running) {
      pending = true;
      return;
    }
    const gap = Math.max(everyMs, lastCostMs / MOST_TIME_REFRESHING);
    timer = setTimeout(run, Math.max(0, toldAt + gap - Date.now()));
  };
  return schedule;
}
