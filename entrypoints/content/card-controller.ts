/**
 * The one owner of "is a card open, and for which name". The hover controller asks it
 * (`isOpen`), the card's host only draws what it is told, and the page session goes through it
 * to show or close a card. A card is open from the moment one is asked for (its UI and data may
 * still be loading) until it is closed: by the hover grace period, by the reader (Escape, the
 * close button), or by the session stopping.
 */
import { debugLog } from '../../core/debug-log';
import type { TermCard } from '../../core/messages';
import { SharedPromise } from '../../core/promise-cache';
import type { CardHost, CardHostOptions } from './card-host';

/** The card asked for: which name, and where it is on the page. */
interface OpenCard {
  termId: string;
  anchor: DOMRect;
}

export interface CardShowOptions {
  /** Opened on purpose (from the keyboard, a related name): not closed by the hover grace period. */
  pinned?: boolean;
  focus?: boolean;
  /** The page's own spelling, when the name was found through its spelling family. */
  pageForm?: string;
}

export interface CardControllerOptions {
  doc: Document;
  theme: CardHostOptions['theme'];
  /** The card's UI module, loaded on first use (see card-ui-loader.ts). */
  loadHost: () => Promise<new (options: CardHostOptions) => CardHost>;
  /** The card data for a name (cached by the caller); null when the sources do not know it. */
  fetchCard: (termId: string) => Promise<TermCard | null>;
  /** The dictionary's name for a term, shown while its card loads. */
  nameOf: (termId: string) => string;
  onSeeAll(termId: string): void;
  onOpenPassage(passageId: string, articleId: string, termId: string | undefined): void;
  onPointerInside(inside: boolean): void;
  /** The reader closed the card (Escape, the close button): the hover target is forgotten. */
  onClosedByReader(): void;
}

const READ_ERROR = 'Sourcelight could not read its sources. Try again in a moment.';

export class CardController {
  private open: OpenCard | null = null;
  private host: CardHost | null = null;
  /** Made once, again after the page replaced its root or a load failed. */
  private readonly hostLoading = new SharedPromise<CardHost>(async () => {
    const Host = await this.options.loadHost();
    if (this.stopped) throw new Error('stopped');
    this.host = new Host(this.hostOptions());
    return this.host;
  });
  private stopped = false;

  constructor(private readonly options: CardControllerOptions) {}

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** The name whose card is open, if any. */
  get termId(): string | null {
    return this.open?.termId ?? null;
  }

  /** The card's host element (never read or highlighted), once it exists. */
  get element(): HTMLElement | null {
    return this.host?.element ?? null;
  }

  /** Shows the card for `termId` beside `anchor`: loading first, then its data. */
  show(termId: string, anchor: DOMRect, opts: CardShowOptions = {}): void {
    const open: OpenCard = { termId, anchor };
    this.open = open;
    const name = this.options.nameOf(termId);
    const card = this.options.fetchCard(termId);
    // Recorded, and handled even when the UI never loads to show the error.
    card.catch(debugLog.swallow('content: card data'));
    const stillOpen = () => this.open === open;
    void this.ensureHost().then(
      (host) => {
        if (!stillOpen()) return;
        host.show({ status: 'loading', name }, anchor, opts);
        card.then(
          (data) => {
            if (!stillOpen()) return;
            host.update(
              data
                ? {
                    status: 'ready',
                    card: data,
                    ...(opts.pageForm ? { pageForm: opts.pageForm } : {}),
                  }
                : { status: 'not-found', name },
            );
          },
          () => {
            if (stillOpen()) host.update({ status: 'error', message: READ_ERROR });
          },
        );
      },
      () => {
        // The UI could not load (extension updated or removed): stay quiet.
        if (stillOpen()) this.open = null;
      },
    );
  }

  /** Loads a name's card data and the card's UI ahead of need (the pointer is resting on it). */
  prefetch(termId: string): void {
    // A failed prefetch is tried again when the card opens.
    void this.options.fetchCard(termId).catch(debugLog.swallow('content: prefetch card data'));
    void this.ensureHost().catch(debugLog.swallow('content: prefetch the card UI'));
  }

  /** Closes the card, if one is open. */
  close(): void {
    this.open = null;
    this.host?.hide();
  }

  /** The page replaced its root element: the host and its listeners went with it. */
  rootReplaced(): void {
    this.open = null;
    this.host?.destroy();
    this.host = null;
    this.hostLoading.forget();
  }

  destroy(): void {
    this.stopped = true;
    this.open = null;
    this.host?.destroy();
    this.host = null;
  }

  private ensureHost(): Promise<CardHost> {
    return this.hostLoading.get();
  }

  private hostOptions(): CardHostOptions {
    const { doc, theme, onSeeAll, onOpenPassage, onPointerInside } = this.options;
    return {
      doc,
      theme,
      isOpen: () => this.isOpen,
      // A related name in the card opens its card in place, pinned.
      onOpenTerm: (termId) =>
        this.show(termId, this.open?.anchor ?? new DOMRect(16, 16, 0, 0), { pinned: true }),
      onSeeAll,
      onOpenPassage: (passageId, articleId) =>
        onOpenPassage(passageId, articleId, this.termId ?? undefined),
      onPointerInside,
      onCloseRequested: () => {
        if (!this.isOpen) return;
        this.close();
        this.options.onClosedByReader();
      },
    };
  }
}
