/**
 * The hover card's home on the page: a custom element on <html> (not <body>,
 * which single-page apps replace) holding a shadow root, so page CSS cannot
 * restyle the card and the card's CSS cannot leak out. Sizes are in px
 * inside (sites set `html { font-size: 10px }`; rem is not isolated).
 */
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { HoverCard, type HoverCardState } from '../../components/HoverCard';

export const HOST_TAG = 'sourcelight-card';
const GAP_PX = 8;
const MARGIN_PX = 8;

export interface CardHostOptions {
  doc: Document;
  onOpenTerm(termId: string): void;
  onSeeAll(termId: string): void;
  onOpenPassage(passageId: string, articleId: string): void;
  onPointerInside(inside: boolean): void;
  onClosed(): void;
  theme: () => 'light' | 'dark' | undefined;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private open = false;
  private state: HoverCardState | null = null;
  private anchor: DOMRect | null = null;
  private pinned = false;
  private restoreFocus: Element | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly options: CardHostOptions) {
    // Window, capture phase: a page stopping key events there does not take Escape from the card.
    (options.doc.defaultView ?? options.doc).addEventListener(
      'keydown',
      (e) => this.onKeyDown(e as KeyboardEvent),
      {
        capture: true,
        signal: this.abort.signal,
      },
    );
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.open;
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
    this.open = true;
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
    if (!this.open) return;
    this.state = state;
    this.renderCard();
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.state = null;
    if (this.mount) render(null, this.mount);
    if (this.host) this.host.style.setProperty('display', 'none', 'important');
    const focusBack = this.restoreFocus;
    this.restoreFocus = null;
    if (focusBack instanceof HTMLElement && focusBack.isConnected)
      focusBack.focus({ preventScroll: true });
    this.options.onClosed();
  }

  destroy(): void {
    this.close();
    this.abort.abort();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensureHost(): void {
    const { doc } = this.options;
    // A site may delete our host (or replace <html>'s children): make a new one.
    if (this.host && this.host.isConnected) {
      this.host.style.removeProperty('display');
      return;
    }
    const { host, shadow } = createHost(doc);
    // CSSOM property sets are allowed under a strict style-src CSP, unlike style attributes.
    for (const [prop, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ] as const) {
      host.style.setProperty(prop, value, 'important');
    }
    applyStyles(shadow, cardCss);
    const mount = doc.createElement('div');
    mount.className = 'sl-root';
    shadow.append(mount);
    mount.addEventListener('pointerenter', () => this.options.onPointerInside(true));
    mount.addEventListener('pointerleave', () => this.options.onPointerInside(false));
    doc.documentElement.append(host);
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
        onClose={() => this.close()}
        onOpenTerm={this.options.onOpenTerm}
        onSeeAll={this.options.onSeeAll}
        onOpenPassage={this.options.onOpenPassage}
      />,
      this.mount,
    );
    this.position();
  }

  /** Below the name if it fits, else above; clamped to the viewport horizontally. */
  private position(): void {
    const card = this.mount?.firstElementChild as HTMLElement | null;
    const anchor = this.anchor;
    if (!card || !anchor) return;
    const view = this.options.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    card.style.setProperty('position', 'fixed');
    card.style.setProperty('max-height', '');
    const { width, height } = card.getBoundingClientRect();
    const below = vh - anchor.bottom - GAP_PX - MARGIN_PX;
    const above = anchor.top - GAP_PX - MARGIN_PX;
    let top: number;
    if (height <= below || below >= above) {
      top = anchor.bottom + GAP_PX;
      if (height > below) card.style.setProperty('max-height', `${Math.max(120, below)}px`);
    } else {
      const h = Math.min(height, above);
      if (height > above) card.style.setProperty('max-height', `${Math.max(120, above)}px`);
      top = anchor.top - GAP_PX - h;
    }
    const left = Math.min(
      Math.max(MARGIN_PX, anchor.left),
      Math.max(MARGIN_PX, vw - width - MARGIN_PX),
    );
    card.style.setProperty('top', `${Math.round(top)}px`);
    card.style.setProperty('left', `${Math.round(left)}px`);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.open || event.key !== 'Escape') return;
    // Ours only while the card is open; otherwise Escape belongs to the page.
    event.stopPropagation();
    this.close();
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
