/**
 * One page's highlighting session: from the dictionary to painted names and
 * hover cards. Created when the page should be highlighted, stopped (leaving
 * the page exactly as it was) when the user switches the site off.
 */
import type { TermCard } from '../../core/messages';
import type { Settings } from '../../core/settings';
import { compileMatcher, type TermMatcher } from '../../core/terms/match-terms';
import { INVISIBLE_CHARS } from '../../core/text/invisible';
import type { CompiledDictionary, DictionaryEntry, TermKind } from '../../core/types';
import { sendToBackground } from '../../lib/messaging';
import type { CardHost } from './card-host';
import { loadCardUi } from './card-ui-loader';
import { comesBefore, PageHighlighter, type HighlightStats, type MatchRecord } from './highlighter';
import { HoverController, matchRects } from './hover';

export interface PageSession {
  stop(): void;
  /** Applies settings that do not need a new matcher (style, delay, theme). */
  update(settings: Settings): void;
  /** Whether `settings` can be applied by `update` (same kinds of names). */
  accepts(settings: Settings): boolean;
  pageTerms(): Array<{ termId: string; name: string; kind: TermKind; count: number }>;
  reveal(termId: string): boolean;
  openCardAtSelection(): boolean;
}

/** Where benchmarks and tests read the session's timings, in the content script's isolated world only. */
declare global {
  var __sourcelightStats: HighlightStats | undefined;
}

let dictionaryPromise: Promise<CompiledDictionary> | undefined;

/** The dictionary, asked of the background once per page (it is small: names, not passages). */
function loadDictionary(): Promise<CompiledDictionary> {
  dictionaryPromise ??= sendToBackground('getDictionary', {}).catch((error: unknown) => {
    dictionaryPromise = undefined;
    throw error;
  });
  return dictionaryPromise;
}

/** The sources changed (a source added, removed, turned off): the next session asks again. */
export function forgetDictionary(): void {
  dictionaryPromise = undefined;
}

const kindsKey = (s: Settings) =>
  Object.entries(s.kinds)
    .filter(([, on]) => on)
    .map(([k]) => k)
    .sort()
    .join(',');

export function createPageSession(options: { doc: Document; settings: Settings }): PageSession {
  const { doc } = options;
  let settings = options.settings;
  let stopped = false;
  let highlighter: PageHighlighter | null = null;
  let hover: HoverController | null = null;
  let entries = new Map<string, DictionaryEntry>();
  const cards = new Map<string, Promise<TermCard | null>>();
  let shownTermId: string | null = null;

  const fetchCard = (termId: string) => {
    let card = cards.get(termId);
    if (!card) {
      card = sendToBackground('lookupTerm', { termId });
      // A failed lookup (worker restarting, extension reloaded) is retried on the next hover.
      card.catch(() => cards.delete(termId));
      cards.set(termId, card);
    }
    return card;
  };

  const theme = () => (settings.theme === 'system' ? undefined : settings.theme);

  // The card's UI loads on first use (see card-ui-loader.ts).
  let cardHost: CardHost | null = null;
  let cardHostLoading: Promise<CardHost> | null = null;
  const getCardHost = (): Promise<CardHost> =>
    (cardHostLoading ??= loadCardUi()
      .then(({ CardHost: Host }) => {
        if (stopped) throw new Error('stopped');
        cardHost = new Host(cardOptions);
        return cardHost;
      })
      .catch((error: unknown) => {
        cardHostLoading = null;
        throw error;
      }));

  const cardOptions: ConstructorParameters<typeof CardHost>[0] = {
    doc,
    theme,
    onOpenTerm: (termId) =>
      showCardFor(termId, lastAnchor ?? new DOMRect(16, 16, 0, 0), { pinned: true }),
    onSeeAll: (termId) => void sendToBackground('openReader', { termId }).catch(() => undefined),
    onOpenPassage: (passageId, articleId) =>
      void sendToBackground('openReader', {
        articleId,
        passageId,
        termId: shownTermId ?? undefined,
      }).catch(() => undefined),
    onPointerInside: (inside) => hover?.pointerInCard(inside),
    onClosed: () => {
      shownTermId = null;
      hover?.reset();
    },
  };

  let lastAnchor: DOMRect | null = null;

  /** The page's own spelling of a name found through its spelling family (text only, never markup). */
  const pageFormOf = (record: MatchRecord): string | undefined => {
    if (!record.bySpelling) return undefined;
    const range = doc.createRange();
    try {
      range.setStart(record.range.startContainer, record.range.startOffset);
      range.setEnd(record.range.endContainer, record.range.endOffset);
      // Soft hyphens and joiners inside the name are invisible on the page: not in the note either.
      return range.toString().replace(INVISIBLE_CHARS, '').slice(0, 80) || undefined;
    } catch {
      return undefined; // The page changed under the match.
    }
  };

  function showCardFor(
    termId: string,
    anchor: DOMRect,
    opts: { pinned?: boolean; focus?: boolean; pageForm?: string } = {},
  ): void {
    const entry = entries.get(termId);
    const name = entry?.name ?? termId;
    shownTermId = termId;
    lastAnchor = anchor;
    const card = fetchCard(termId);
    void getCardHost().then(
      (host) => {
        if (shownTermId !== termId) return;
        host.show({ status: 'loading', name }, anchor, opts);
        card.then(
          (data) => {
            if (shownTermId !== termId) return;
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
            if (shownTermId !== termId) return;
            host.update({
              status: 'error',
              message: 'Sourcelight could not read its sources. Try again in a moment.',
            });
          },
        );
      },
      () => {
        shownTermId = null; // The UI could not load (extension updated or removed): stay quiet.
      },
    );
  }

  const anchorFor = (record: MatchRecord, pointer?: { x: number; y: number }): DOMRect | null => {
    const rects = matchRects(doc, record);
    if (rects.length === 0) return null;
    if (pointer) {
      const under = rects.find((r) => pointer.y >= r.top - 2 && pointer.y <= r.bottom + 2);
      if (under) return under;
    }
    return rects[0] ?? null;
  };

  void loadDictionary().then(
    (dictionary) => {
      if (stopped) return;
      start(dictionary, settings);
    },
    () => undefined, // No dictionary (extension reloading): leave the page alone.
  );

  function start(dictionary: CompiledDictionary, current: Settings): void {
    const allowed = dictionary.terms.filter((t) => current.kinds[t.kind] !== false);
    entries = new Map(dictionary.terms.map((t) => [t.id, t]));
    const matcher: TermMatcher = compileMatcher(allowed);
    highlighter = new PageHighlighter({
      doc,
      matcher,
      style: current.highlightStyle,
      mentions: current.mentions,
      ownHost: () => cardHost?.element ?? null,
      onRootReplaced: () => {
        hover?.restart();
        // The card's host and its Escape listener went with the old page: make them anew.
        cardHost?.destroy();
        cardHost = null;
        cardHostLoading = null;
      },
    });
    globalThis.__sourcelightStats = highlighter.stats;
    highlighter.start();
    hover = new HoverController({
      doc,
      highlighter,
      delayMs: () => settings.hoverDelayMs,
      callbacks: {
        prefetch: (record) => {
          void fetchCard(record.termId).catch(() => undefined);
          void getCardHost().catch(() => undefined);
        },
        open: (record, pointer) => {
          const anchor = anchorFor(record, pointer);
          if (anchor) showCardFor(record.termId, anchor, { pageForm: pageFormOf(record) });
        },
        close: () => cardHost?.close(),
        isOpen: () => cardHost?.isOpen ?? false,
        isOwnUi: (target) => target !== null && target === cardHost?.element,
      },
    });
    hover.start();
  }

  return {
    stop() {
      stopped = true;
      hover?.stop();
      highlighter?.stop();
      cardHost?.destroy();
      hover = null;
      highlighter = null;
      globalThis.__sourcelightStats = undefined;
    },
    update(next) {
      settings = next;
      highlighter?.setStyle(next.highlightStyle);
      highlighter?.setMentions(next.mentions);
    },
    accepts(next) {
      return kindsKey(next) === kindsKey(settings);
    },
    pageTerms() {
      const counts = new Map<string, number>();
      if (highlighter)
        for (const r of highlighter.records())
          counts.set(r.termId, (counts.get(r.termId) ?? 0) + 1);
      return [...counts]
        .flatMap(([termId, count]) => {
          const e = entries.get(termId);
          return e ? [{ termId, name: e.name, kind: e.kind, count }] : [];
        })
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    },
    reveal(termId) {
      if (!highlighter) return false;
      let first: MatchRecord | undefined;
      for (const r of highlighter.records()) {
        if (r.termId !== termId || !r.range.startContainer.isConnected) continue;
        // Not one hidden by CSS (a closed menu): there would be nothing to see.
        if (matchRects(doc, r).length === 0) continue;
        // Document order, not discovery order (re-scans append).
        if (!first || comesBefore(r, first)) first = r;
      }
      if (!first) return false;
      first.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: 'smooth',
      });
      highlighter.flash(first);
      return true;
    },
    openCardAtSelection() {
      if (!highlighter) return false;
      const selection = doc.getSelection();
      const node = selection?.focusNode;
      let record = node ? highlighter.matchAt(node, selection.focusOffset) : undefined;
      if (!record && selection && selection.rangeCount > 0) {
        const range = selection.getRangeAt(0);
        for (const r of highlighter.records()) {
          if (range.intersectsNode(r.range.startContainer)) {
            record = r;
            break;
          }
        }
      }
      if (!record) return false;
      const anchor = anchorFor(record);
      if (!anchor) return false;
      showCardFor(record.termId, anchor, { pinned: true, focus: true });
      return true;
    },
  };
}
