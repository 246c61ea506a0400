/**
 * Answers the popup's `getPageInfo` with this page's address, so the popup can
 * show the site switch without the `tabs` permission. Kept apart from the
 * highlighting content script: it must answer even where highlighting is off.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parsePageInfoRequest, type PageInfoProtocol } from '../core/page-info';
import { createMessageListener } from '../lib/messaging';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main(ctx) {
    const listener = createMessageListener<PageInfoProtocol>({
      parse: parsePageInfoRequest,
      extensionId: browser.runtime.id,
      handlers: { getPageInfo: () => ({ url: location.href }) },
    }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
