/**
 * Loads the article reader (`page-capture.js`, a web-accessible bundle) into the
 * content script's world when the reader asks to add a page. Types only from
 * page-capture: importing it for real would put Readability into every page.
 */
import { browser } from 'wxt/browser';
import type { capturePage } from './page-capture';

export const PAGE_CAPTURE_GLOBAL = '__sourcelightPageCapture';
export const PAGE_CAPTURE_PATH = '/page-capture.js';

export interface PageCaptureModule {
  capturePage: typeof capturePage;
}

let loading: Promise<PageCaptureModule> | undefined;

export function loadPageCapture(): Promise<PageCaptureModule> {
  loading ??= (async () => {
    const read = () =>
      (globalThis as unknown as Record<string, PageCaptureModule | undefined>)[PAGE_CAPTURE_GLOBAL];
    const existing = read();
    if (existing) return existing;
    await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_CAPTURE_PATH as '/card-ui.js'));
    const loaded = read();
    if (!loaded) throw new Error('Sourcelight: the page reader did not load');
    return loaded;
  })().catch((error: unknown) => {
    // A failed load (extension updated, page navigating) is retried on the next request.
    loading = undefined;
    throw error;
  });
  return loading;
}
