/**
 * The context menu:
 * - "Look up “<selection>” in Sourcelight" (selection): opens the reader's
 *   search for the selected text in a new tab.
 * - "Add this page to Sourcelight" (page): opens the popup, straight in its
 *   "Add this page" preview, in a small window aimed at the clicked tab
 *   (`popup.html?tab=<id>&add=1`). A window because an extension cannot open
 *   its toolbar popup from a menu click in every browser (Chrome's
 *   `action.openPopup` needs a focused normal window, Firefox's a user action
 *   and MV2 naming), and `windows.create` needs no permission in either. The
 *   page is read by the content script that already runs there, so no
 *   `activeTab` or host permission either. Offered only on http(s) pages, the
 *   ones the content script runs on.
 *
 * Menu items persist in Chrome but not across Firefox restarts, so they are
 * (re)created on install and on every browser start, after a removeAll so a
 * duplicate id never errors. The click listener is registered synchronously
 * in the background's main, so a stopped service worker wakes up for it.
 *
 * Titles are messages (#15). The lookup's `%s` is the browser's, filled with
 * the selection when the menu opens: i18n leaves it alone, as only `$NAME$`
 * and `$1` are placeholders in messages.json.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../components/i18n';
import { readerPath } from '../core/reader-url';

export const LOOKUP_MENU_ID = 'sourcelight-lookup-selection';
export const ADD_PAGE_MENU_ID = 'sourcelight-add-page';

/** Selections longer than this are not a name or a phrase; the reader caps the query too. */
const MAX_SELECTION = 200;

/** The popup's 400 px plus the window's frame; tall enough for the preview without scrolling the fields. */
const ADD_PAGE_WINDOW = { width: 440, height: 680 };

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: t('menu_lookup_selection'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: ADD_PAGE_MENU_ID,
    title: t('menu_add_page'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
}

/** What a click on one of our items does; exported for tests. */
export async function onMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId === LOOKUP_MENU_ID) await lookUpSelection(info, tab);
  else if (info.menuItemId === ADD_PAGE_MENU_ID) await openAddPageWindow(tab);
}

async function lookUpSelection(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const query = (info.selectionText ?? '').replace(/\s+/gu, ' ').trim().slice(0, MAX_SELECTION);
  if (!query) return;
  const url = browser.runtime.getURL(`/${readerPath({ kind: 'search', query })}` as ExtensionPath);
  await browser.tabs.create({
    url,
    ...(tab?.index !== undefined && tab.index >= 0 ? { index: tab.index + 1 } : {}),
  });
}

async function openAddPageWindow(tab: Browser.tabs.Tab | undefined): Promise<void> {
  // A click outside a tab (Chrome gives id -1 for some contexts) has no page to add.
  if (tab?.id === undefined || tab.id < 0) return;
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?tab=${tab.id}&add=1` as ExtensionPath),
    type: 'popup',
    ...ADD_PAGE_WINDOW,
  });
}
