/**
 * The hover card's UI (Preact and the card components), loaded by the
 * content script on the first hover instead of on every page: most pages are
 * read without opening a card, so they should not pay for its code.
 * Evaluated in the content script's isolated world by a dynamic import; it
 * hands its exports over through that world's global object.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardHost } from './content/card-host';
import { CARD_UI_GLOBAL, type CardUiModule } from './content/card-ui-loader';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, CardUiModule>)[CARD_UI_GLOBAL] = { CardHost };
});
