/**
 * Which tab the popup acts on. In the toolbar popup that is the active tab of
 * the current window. Tests (and anyone opening popup.html as a tab) pass
 * `?tab=<id>` instead, because then the popup is itself the active tab.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from './messaging';
import { debugLog } from '../core/debug-log';

export interface PageInfo {
  url: string;
}

export async function resolveTargetTabId(search = location.search): Promise<number | null> {
  const explicit = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const self = await browser.tabs.getCurrent();
  // Opened as a tab without `?tab=`: there is no other page to act on.
  if (!tab?.id || (self && self.id === tab.id)) return null;
  return tab.id;
}

/** The tab's address as its content script reports it, or null where Sourcelight does not run. */
export async function fetchPageInfo(tabId: number): Promise<PageInfo | null> {
  try {
    return await sendToTab(tabId, 'getPageInfo', {});
  } catch (error) {
    // "Could not establish connection": no content script (browser pages, the store, file: without access).
    debugLog.note('popup: ask the page its address', error);
    return null;
  }
}

/** Whether this page runs in a tab (tests, or opened by hand) rather than the toolbar popup. */
export async function isRunningInTab(): Promise<boolean> {
  try {
    return (await browser.tabs.getCurrent()) !== undefined;
  } catch (error) {
    // Not in a tab (the toolbar popup, where some browsers refuse the call): the popup case.
    debugLog.note('popup: ask whether it runs in a tab', error);
    return false;
  }
}

/** Opens an extension page in a new tab next to the current one. */
export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/popup.html') });
}
