/**
 * "Look up “<selection>” in Sourcelight": a selection context-menu item that
 * opens the reader's search for the selected text in a new tab.
 *
 * Menu items persist in Chrome but not across Firefox restarts, so they are
 * (re)created on install and on every browser start, after a removeAll so a
 * duplicate id never errors. The click listener is registered synchronously
 * in the background's main, so a stopped service worker wakes up for it.
 */
import { browser } from 'wxt/browser';
import { readerPath } from '../core/reader-url';

export const LOOKUP_MENU_ID = 'sourcelight-lookup-selection';

/** Selections longer than this are not a name or a phrase; the reader caps the query too. */
const MAX_SELECTION = 200;

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: 'Look up “%s” in Sourcelight',
    contexts: ['selection'],
  });
}

export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID) return;
    const query = (info.selectionText ?? '').replace(/\s+/gu, ' ').trim().slice(0, MAX_SELECTION);
    if (!query) return;
    const url = browser.runtime.getURL(
      `/${readerPath({ kind: 'search', query })}` as Parameters<typeof browser.runtime.getURL>[0],
    );
    void browser.tabs.create({
      url,
      ...(tab?.index !== undefined && tab.index >= 0 ? { index: tab.index + 1 } : {}),
    });
  });
}
