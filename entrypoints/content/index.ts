/**
 * Thin wiring: settings decide whether this page is highlighted; the
 * dictionary comes from the background; PageHighlighter paints names,
 * HoverController decides when to show the card, CardHost shows it.
 * Everything tears down when the site is switched off, the extension is
 * paused, or the extension is updated (old content scripts linger otherwise).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  createPageSession,
  forgetDictionary,
  readDictionaryEarly,
  type PageSession,
} from './page-session';
import { debugLog } from '../../core/debug-log';
import { isSiteEnabled } from '../../core/sites';
import type { Settings } from '../../core/settings';
import { parseTabRequest, type TabProtocol } from '../../core/messages';
import { createMessageListener } from '../../lib/messaging';
import { loadSettings, watchSettings } from '../../lib/settings-store';
import { loadPageCapture } from '../../lib/page-capture-loader';
import { installWindowEvents } from './window-events';
import './highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document_start only to add our window listeners before any of the page's (see
  // window-events.ts: a page's listener that stops events would otherwise silence ours); the
  // rest waits for the parsed document, as at document_idle.
  runAt: 'document_start',
  allFrames: true,
  cssInjectionMode: 'manifest',
  // WXT would otherwise window.postMessage() to the page on every load; pages must not see us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!isTopOrSameOriginFrame()) return;
    installWindowEvents(window);
    // Storage is read while the page parses, so both are there when highlighting may start.
    const settings = loadSettings();
    // Handled in run(); recorded here so it is not an unhandled rejection meanwhile.
    settings.catch(debugLog.swallow('content: read settings'));
    readDictionaryEarly();
    whenIdle(() => void run(ctx, settings));
  },
});

/** Chromium's document_idle: the page's load, or this long after DOMContentLoaded if sooner. */
const IDLE_AFTER_PARSED_MS = 200;

/**
 * Runs `fn` when a document_idle script would have run: when the page is loaded, or 200 ms
 * after it is parsed if sooner (what Chromium does), so highlighting starts no earlier than
 * before. Both are read from readyState on `readystatechange`, not from DOMContentLoaded and
 * load: a page that stops loading (window.stop() while parsing, the stop button) goes straight
 * to "complete" firing neither, and Chromium never runs document_idle scripts there at all.
 * Listened for on the window, capture phase, added before the page's scripts run: a page
 * stopping the event cannot keep us from starting. A page calling document.open() while
 * loading erases this listener: a slow poll of readyState covers that.
 */
function whenIdle(fn: () => void): void {
  let started = false;
  let parsed = false;
  const start = () => {
    if (started) return;
    started = true;
    clearInterval(poll);
    window.removeEventListener('readystatechange', onReadiness, { capture: true });
    fn();
  };
  const afterParsed = () => {
    if (parsed) return;
    parsed = true;
    setTimeout(start, IDLE_AFTER_PARSED_MS);
  };
  function onReadiness(): void {
    if (document.readyState === 'complete') start();
    else if (document.readyState === 'interactive') afterParsed();
  }
  const poll = setInterval(onReadiness, 1000);
  if (document.readyState === 'complete') return void setTimeout(start, 0);
  window.addEventListener('readystatechange', onReadiness, { capture: true });
  onReadiness();
}

/** Cross-origin frames (ads, embeds) are left alone: the issue asks for the top frame and same-origin frames. */
function isTopOrSameOriginFrame(): boolean {
  if (window.top === window) return true;
  try {
    return window.top?.location.origin === window.location.origin;
  } catch {
    return false;
  }
}

async function run(ctx: ContentScriptContext, settingsRead: Promise<Settings>): Promise<void> {
  let session: PageSession | null = null;
  /** Set once settings are read: starts the page over with the sources as they now are. */
  let restart = (): void => undefined;
  // The popup's questions are answered on every page we run on, highlighted or not (the site
  // switch needs the page's address, which the popup cannot read without the `tabs` permission).
  const listener = createMessageListener<TabProtocol>({
    parse: parseTabRequest,
    extensionId: browser.runtime.id,
    handlers: {
      getPageInfo: () => ({ url: location.href }),
      getPageTerms: () => ({ terms: session?.pageTerms() ?? [] }),
      revealTerm: ({ termId }) => ({ ok: session?.reveal(termId) ?? false }),
      openCardAtSelection: () => ({ ok: session?.openCardAtSelection() ?? false }),
      dictionaryChanged: () => {
        forgetDictionary();
        restart();
        return { ok: true };
      },
      capturePage: async () => (await loadPageCapture()).capturePage(document),
    },
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  // Only the top frame answers the popup, so one page gives one answer.
  if (window.top === window) browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  // A page in designMode is one big editable field: never touch it.
  if (document.designMode === 'on') return;
  // HTML documents only: an SVG or XML document served over http has no HTML root to hold the
  // card (the card host's shadow root and style threw there on hover).
  if (!(document.documentElement instanceof HTMLElement)) return;
  let settings: Settings;
  try {
    settings = await settingsRead;
  } catch {
    return; // The extension was reloaded under us: nothing to do.
  }

  const apply = (next: Settings) => {
    settings = next;
    const shouldRun = isSiteEnabled(next, location.href) && !ctx.isInvalid;
    if (!shouldRun) {
      session?.stop();
      session = null;
      return;
    }
    if (session && !session.accepts(next)) {
      session.stop();
      session = null;
    }
    if (session) session.update(next);
    else session = createPageSession({ doc: document, settings: next });
  };

  restart = () => {
    if (!session) return;
    session.stop();
    session = null;
    apply(settings);
  };
  const unwatch = watchSettings(apply);
  ctx.onInvalidated(() => {
    unwatch();
    session?.stop();
    session = null;
  });
  apply(settings);
}
