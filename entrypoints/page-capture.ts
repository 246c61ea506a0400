/**
 * "Add this page": the article reader (Readability and lib/page-capture.ts),
 * loaded only when the reader asks to add a page (lib/page-capture-loader.ts),
 * never on ordinary page loads. Evaluated in the content script's isolated world
 * by a dynamic import; it hands its exports over through that world's global object.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '../lib/page-capture';
import { PAGE_CAPTURE_GLOBAL, type PageCaptureModule } from '../lib/page-capture-loader';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, PageCaptureModule>)[PAGE_CAPTURE_GLOBAL] = {
    capturePage,
  };
});
