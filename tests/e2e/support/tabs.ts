/** Finding the tab a popup should act on, without the `tabs` permission. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './chromium';

/**
 * The tab id of the page at `url`, asked of each tab's content script (getPageInfo);
 * polls, since a page's content script answers only once it has started.
 */
export async function findTabId(ext: ExtensionBrowser, url: string): Promise<number> {
  const probe = await ext.openExtensionPage('popup.html');
  try {
    let id: number | null = null;
    await expect
      .poll(
        async () =>
          (id = await probe.evaluate(async (target) => {
            const tabs: Array<{ id: number }> = await chrome.tabs.query({});
            for (const tab of tabs) {
              try {
                const reply = await chrome.tabs.sendMessage(
                  tab.id,
                  { channel: 'sourcelight', type: 'getPageInfo' },
                  { frameId: 0 },
                );
                if (reply?.ok && reply.data.url === target) return tab.id;
              } catch {
                // Not a page with content scripts.
              }
            }
            return null;
          }, url)),
        { timeout: 15_000, message: `no tab answers for ${url}` },
      )
      .not.toBeNull();
    return id!;
  } finally {
    await probe.close();
  }
}

/**
 * The popup opened as a tab aimed at `tabId` (a tab cannot be the toolbar popup).
 * `requests`, when given, receives the path of every file the popup loads, from the start.
 */
export async function openPopupFor(
  ext: ExtensionBrowser,
  tabId: number,
  { query = '', requests }: { query?: string; requests?: string[] } = {},
): Promise<Page> {
  const page = await ext.context.newPage();
  if (requests) page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 400, height: 580 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}${query}`);
  return page;
}
