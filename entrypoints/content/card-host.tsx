/**
 * The hover card's home on the page: a custom element on <html> (not <body>,
 * which single-page apps replace) holding a shadow root, so page CSS cannot
 * restyle the card and the card's CSS cannot leak out. Sizes are in px
 * inside (sites set `html { font-size: 10px }`; rem is not isolated).
 *
 * The host is a manual popover, shown in the top layer: above the page's modal dialogs and
 * fullscreen elements, and positioned against the window whatever `transform`, `will-change`
 * or `contain` the page puts on <html> (those make <html> the containing block of fixed
 * elements that are not in the top layer). Issue 16, items 3 and 4.
 */
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { HoverCard, type HoverCardState } from '../../components/HoverCard';
import { placeCard } from '../../core/view/card-placement';
import { writeClipboardText } from '../../lib/clipboard';
import { onWindowEvent } from './window-events';

export const HOST_TAG = 'sourcelight-card';
const GAP_PX = 8;
const MARGIN_PX = 8;

export interface CardHostOptions {
  doc: Document;
  /** Whether a card is open: the card controller's to say (card-controller.ts), not the host's. */
  isOpen(): boolean;
  onOpenTerm(termId: string): void;
  onSeeAll(termId: string): void;
  onOpenPassage(passageId: string, articleId: string): void;
  onPointerInside(inside: boolean): void;
  /** The reader asked to close the card (Escape, the close button). */
  onCloseRequested(): void;
  theme: () => 'light' | 'dark' | undefined;
}

/**
 * Draws the card it is told to show, and hides it when told. Whether a card is open is not
 * its state: it asks the card controller, and the reader's close requests go there.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  /** What is drawn now (null: nothing). */
  private state: HoverCardState | null = null;
  private anchor: DOMRect | null = null;
  private pinned = false;
  private restoreFocus: Element | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly options: CardHostOptions) {
    // Ahead of the page's own window listeners, so a page stopping key events does not take
    // Escape from the card; trusted events only (see window-events.ts).
    const win = options.doc.defaultView;
    if (win)
      onWindowEvent(win, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), this.abort.signal);
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** Shows (or updates) the card next to `anchor`, never covering it. */
  show(
    state: HoverCardState,
    anchor: DOMRect,
    options: { pinned?: boolean; focus?: boolean } = {},
  ): void {
    this.state = state;
    this.anchor = anchor;
    this.pinned = options.pinned ?? false;
    this.ensureHost();
    this.renderCard();
    if (options.focus) {
      this.restoreFocus = this.options.doc.activeElement;
      const card = this.mount?.querySelector<HTMLElement>('.sl-card');
      if (card) {
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    }
  }

  /** Replaces the card's content (data arrived) if it is still showing. */
  update(state: HoverCardState): void {
    if (!this.state) return;
    this.state = state;
    this.renderCard();
  }

  /** Hides the card (and gives focus back where it was before the card took it). */
  hide(): void {
    if (!this.state) return;
    this.state = null;
    if (this.mount) render(null, this.mount);
    if (this.host) {
      hidePopover(this.host);
      this.host.style.setProperty('display', 'none', 'important');
    }
    const focusBack = this.restoreFocus;
    this.restoreFocus = null;
    if (focusBack instanceof HTMLElement && focusBack.isConnected)
      focusBack.focus({ preventScroll: true });
  }

  destroy(): void {
    this.hide();
    this.abort.abort();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensureHost(): void {
    const { doc } = this.options;
    // Inside the page's open modal dialog, if there is one: everything outside it is inert (no
    // pointer events, no focus), top layer or not; a popover inside it is not.
    const parent = openModalDialog(doc) ?? doc.documentElement;
    // A site may delete our host (or replace <html>'s children): make a new one.
    if (!this.host || !this.host.isConnected) this.createHostIn(parent);
    else if (this.host.parentNode !== parent) parent.append(this.host);
    const host = this.host!;
    host.style.removeProperty('display');
    // Again on every card: a dialog the page opened since is above our host in the top layer.
    hidePopover(host);
    showPopover(host);
    // The card is sized and placed in window px: undo a CSS `zoom` on the host's ancestors.
    host.style.removeProperty('zoom');
    const zoom = host.currentCSSZoom;
    if (typeof zoom === 'number' && zoom > 0 && zoom !== 1)
      host.style.setProperty('zoom', String(1 / zoom), 'important');
  }

  private createHostIn(parent: Element): void {
    const { doc } = this.options;
    const { host, shadow } = createHost(doc);
    // CSSOM property sets are allowed under a strict style-src CSP, unlike style attributes.
    // `all: initial` also undoes the popover's default look (border, padding, inset, colours).
    for (const [prop, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['overflow', 'visible'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ] as const) {
      host.style.setProperty(prop, value, 'important');
    }
    // Manual: the browser never closes it on its own (no light dismiss, no Escape).
    host.setAttribute('popover', 'manual');
    applyStyles(shadow, cardCss);
    const mount = doc.createElement('div');
    mount.className = 'sl-root';
    shadow.append(mount);
    // Trusted only: a page's synthetic pointerleave does not close the card (item 8).
    mount.addEventListener('pointerenter', (e) => {
      if (e.isTrusted) this.options.onPointerInside(true);
    });
    mount.addEventListener('pointerleave', (e) => {
      if (e.isTrusted) this.options.onPointerInside(false);
    });
    parent.append(host);
    this.host = host;
    this.mount = mount;
  }

  private renderCard(): void {
    if (!this.mount || !this.state) return;
    render(
      <HoverCard
        state={this.state}
        pinned={this.pinned}
        theme={this.options.theme()}
        onClose={() => this.options.onCloseRequested()}
        onOpenTerm={this.options.onOpenTerm}
        onSeeAll={this.options.onSeeAll}
        onOpenPassage={this.options.onOpenPassage}
        copyText={(text) => writeClipboardText(text, this.options.doc)}
      />,
      this.mount,
    );
    this.position();
  }

  /** Beside the name, never over it (see core/view/card-placement.ts). */
  private position(): void {
    const card = this.mount?.firstElementChild as HTMLElement | null;
    const anchor = this.anchor;
    if (!card || !anchor || !this.host) return;
    const view = this.options.doc.defaultView;
    card.style.setProperty('position', 'fixed');
    card.style.setProperty('max-height', '');
    const { width, height } = card.getBoundingClientRect();
    const place = placeCard({
      anchor,
      card: { width, height },
      viewport: { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 },
      gap: GAP_PX,
      margin: MARGIN_PX,
    });
    if (place.maxHeight !== null) card.style.setProperty('max-height', `${place.maxHeight}px`);
    // In the top layer the host's box is the window's corner; where popovers are missing, a
    // transformed <html> is the containing block and the host's box says where it is.
    const origin = this.host.getBoundingClientRect();
    card.style.setProperty('top', `${Math.round(place.top - origin.top)}px`);
    card.style.setProperty('left', `${Math.round(place.left - origin.left)}px`);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.options.isOpen() || event.key !== 'Escape') return;
    // Ours only while the card is open; otherwise Escape belongs to the page. Cancelled too,
    // so that it closes only the card, not the page's modal dialog under it.
    event.stopPropagation();
    event.preventDefault();
    this.options.onCloseRequested();
  }
}

/**
 * The host element and its shadow root. A page may have defined our tag as its own custom
 * element (with its own shadow root, so attachShadow throws): then a tag it cannot predict.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const fallback = `${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`;
  for (const tag of [HOST_TAG, fallback]) {
    try {
      const host = doc.createElement(tag);
      return { host, shadow: host.attachShadow({ mode: 'open' }) };
    } catch {
      // The page's element: try the other tag.
    }
  }
  throw new Error('Sourcelight: cannot create the card host');
}

/** The page's open modal dialog, the last if several (the one on top, as a rule). */
function openModalDialog(doc: Document): Element | null {
  try {
    const dialogs = doc.querySelectorAll('dialog:modal');
    return dialogs[dialogs.length - 1] ?? null;
  } catch {
    return null; // `:modal` unknown: no modal dialogs either.
  }
}

/** Into the top layer (where popovers exist; the host stays an ordinary fixed element elsewhere). */
function showPopover(host: HTMLElement): void {
  try {
    host.showPopover?.();
  } catch {
    // Not connected or already shown: nothing to do.
  }
}

function hidePopover(host: HTMLElement): void {
  try {
    if (host.matches(':popover-open')) host.hidePopover();
  } catch {
    // `:popover-open` unknown (no popovers): nothing to hide.
  }
}

/**
 * Constructable stylesheets are not subject to the page's style-src CSP (a
 * <style> element inserted by a content script can be, in Firefox); fall back
 * to <style> where adopting fails.
 */
function applyStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Fall through.
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
