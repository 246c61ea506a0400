/**
 * Bundled by esbuild for tests/e2e/card-view.test.ts: renders the HoverCard
 * into a shadow root with card.css, as the content script does, so the card
 * can be measured and screenshotted in real Chromium without the extension.
 */
import { render } from 'preact';
import { HoverCard, type HoverCardState } from '../../../components/HoverCard';
import { setMessageLookup } from '../../../components/i18n';
import { lookupIn } from '../../../core/message-lookup';
import messages from '../../../public/_locales/en/messages.json';

export interface PreviewOptions {
  state: HoverCardState;
  css: string;
  theme?: 'light' | 'dark';
  passagesOpen?: boolean;
  pinned?: boolean;
  /** Where to put the host (page coordinates). */
  left: number;
  top: number;
  id: string;
}

declare global {
  interface Window {
    renderCardPreview(options: PreviewOptions): void;
    cardPreviewCalls: Array<[string, ...string[]]>;
  }
}

window.cardPreviewCalls = [];
// Outside the extension there is no browser.i18n: the card reads messages.json itself.
setMessageLookup(lookupIn(messages));

window.renderCardPreview = (options) => {
  const host = document.createElement('sourcelight-card-preview');
  host.id = options.id;
  host.style.cssText = `position:absolute;left:${options.left}px;top:${options.top}px;z-index:2147483647;`;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(options.css);
  shadow.adoptedStyleSheets = [sheet];
  const mount = document.createElement('div');
  shadow.append(mount);
  document.documentElement.append(host);
  const log =
    (kind: string) =>
    (...args: string[]) =>
      window.cardPreviewCalls.push([kind, ...args]);
  render(
    <HoverCard
      state={options.state}
      theme={options.theme}
      pinned={options.pinned}
      passagesOpen={options.passagesOpen}
      onClose={log('close')}
      onOpenTerm={log('openTerm')}
      onSeeAll={log('seeAll')}
      onOpenPassage={log('openPassage')}
    />,
    mount,
  );
};
