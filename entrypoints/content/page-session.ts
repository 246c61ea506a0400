/**
 * One page's highlighting session: from the dictionary to painted names and
 * hover cards. Created when the page should be highlighted, stopped (leaving
 * the page exactly as it was) when the user switches the site off.
 *
 * Its parts: the dictionary (a snapshot in storage, or the background's answer), the card controller
 * (card-controller.ts: the one owner of the open card), and, once the dictionary is here,
 * the running page (`startPage`: the highlighter and the hover controller wired together).
 * The popup's questions (`pageTermsOf`, `revealFirst`, `matchAtSelection`) read the running page.
 */
import type { TermCard } from '../../core/messages';
import type { Settings } from '../../core/settings';
import { compileMatcher, type TermMatcher } from '../../core/terms/match-terms';
import { INVISIBLE_CHARS } from '../../core/text/invisible';
import type { CompiledDictionary, DictionaryEntry, TermKind } from '../../core/types';
import { debugLog } from '../../core/debug-log';
import { PromiseCache, SharedPromise } from '../../core/promise-cache';
import { readDictionarySnapshot } from '../../lib/dictionary-snapshot';
import { sendToBackground } from '../../lib/messaging';
import { CardController } from './card-controller';
import { loadCardUi } from './card-ui-loader';
import { comesBefore, PageHighlighter, type HighlightStats, type MatchRecord } from './highlighter';
import { OverlayHitTester } from './hit-through';
import { HoverController, matchAtPoint, matchRects } from './hover';

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

/**
 * Set when the background said the sources changed: it is awake and has the new dictionary, so
 * the next session asks it rather than read a snapshot written before the change reached it.
 */
let askBackgroundNext = false;

/**
 * The dictionary, once per page (it is small: names, not passages): the snapshot the background
 * keeps in storage, so a page is highlighted without waiting for the service worker to start
 * (see core/terms/dictionary-snapshot.ts), or the background's answer when there is none.
 */
const dictionary = new SharedPromise<CompiledDictionary>(async () => {
  const snapshot = earlySnapshot ?? readDictionarySnapshot();
  earlySnapshot = undefined;
  const fromSnapshot = askBackgroundNext ? null : await snapshot;
  askBackgroundNext = false;
  return fromSnapshot ?? sendToBackground('getDictionary', {});
});

/** The snapshot read started at document_start (see readDictionaryEarly). */
let earlySnapshot: Promise<CompiledDictionary | null> | undefined;

/**
 * Starts reading the snapshot while the page parses, so it is there when highlighting starts.
 * Storage only: the background is asked (and woken) only if a session needs it.
 */
export function readDictionaryEarly(): void {
  earlySnapshot ??= readDictionarySnapshot();
}

/** The sources changed (a source added, removed, turned off): the next session asks again. */
export function forgetDictionary(): void {
  dictionary.forget();
  askBackgroundNext = true;
}

const kindsKey = (s: Settings) =>
  Object.entries(s.kinds)
    .filter(([, on]) => on)
    .map(([k]) => k)
    .sort()
    .join(',');

/** The highlighter and hover controller of a page whose dictionary has arrived. */
interface RunningPage {
  highlighter: PageHighlighter;
  hover: HoverController;
  entries: Map<string, DictionaryEntry>;
}

export function createPageSession(options: { doc: Document; settings: Settings }): PageSession {
  const { doc } = options;
  let settings = options.settings;
  let stopped = false;
  let running: RunningPage | null = null;
  const cardData = new PromiseCache<string, TermCard | null>();
  const openReader = (request: { termId?: string; articleId?: string; passageId?: string }) =>
    // The worker stopping under the click: the reader simply does not open; the next click works.
    void sendToBackground('openReader', request).catch(
      debugLog.swallow('content: open the reader'),
    );

  const card = new CardController({
    doc,
    theme: () => (settings.theme === 'system' ? undefined : settings.theme),
    loadHost: async () => (await loadCardUi()).CardHost,
    // A failed lookup (worker restarting, extension reloaded) is retried on the next hover.
    fetchCard: (termId) => cardData.get(termId, () => sendToBackground('lookupTerm', { termId })),
    nameOf: (termId) => running?.entries.get(termId)?.name ?? termId,
    onSeeAll: (termId) => openReader({ termId }),
    onOpenPassage: (passageId, articleId, termId) => openReader({ articleId, passageId, termId }),
    onPointerInside: (inside) => running?.hover.pointerInCard(inside),
    onClosedByReader: () => running?.hover.reset(),
  });

  void dictionary.get().then(
    (compiled) => {
      if (!stopped) running = startPage(doc, compiled, settings, card, () => settings);
    },
    () => undefined, // No dictionary (extension reloading): leave the page alone.
  );

  return {
    stop() {
      stopped = true;
      running?.hover.stop();
      running?.highlighter.stop();
      card.destroy();
      running = null;
      globalThis.__sourcelightStats = undefined;
    },
    update(next) {
      settings = next;
      running?.highlighter.setStyle(next.highlightStyle);
      running?.highlighter.setMentions(next.mentions);
    },
    accepts(next) {
      return kindsKey(next) === kindsKey(settings);
    },
    pageTerms: () => (running ? pageTermsOf(running) : []),
    reveal: (termId) => (running ? revealFirst(doc, running.highlighter, termId) : false),
    openCardAtSelection() {
      const record = running && matchAtSelection(doc, running.highlighter);
      const anchor = record && anchorFor(doc, record);
      if (!record || !anchor) return false;
      card.show(record.termId, anchor, { pinned: true, focus: true });
      return true;
    },
  };
}

/** Highlights the page with the names its settings allow, and opens cards on hover. */
function startPage(
  doc: Document,
  compiled: CompiledDictionary,
  initial: Settings,
  card: CardController,
  settings: () => Settings,
): RunningPage {
  const allowed = compiled.terms.filter((t) => initial.kinds[t.kind] !== false);
  const matcher: TermMatcher = compileMatcher(allowed);
  const highlighter = new PageHighlighter({
    doc,
    matcher,
    style: initial.highlightStyle,
    mentions: initial.mentions,
    ownHost: () => card.element,
    onRootReplaced: () => {
      hover.restart();
      // The card's host and its Escape listener went with the old page: made anew when needed.
      card.rootReplaced();
    },
  });
  globalThis.__sourcelightStats = highlighter.stats;
  highlighter.start();
  const throughOverlays = new OverlayHitTester(doc, highlighter, (r) => matchRects(doc, r));
  const hover = new HoverController({
    doc,
    hitTest: (x, y) => matchAtPoint(doc, highlighter, x, y, throughOverlays),
    setHover: (record) => highlighter.setHover(record),
    delayMs: () => settings().hoverDelayMs,
    callbacks: {
      prefetch: (record) => card.prefetch(record.termId),
      open: (record, pointer) => {
        const anchor = anchorFor(doc, record, pointer);
        if (anchor) card.show(record.termId, anchor, { pageForm: pageFormOf(doc, record) });
      },
      close: () => card.close(),
      openTermId: () => card.termId,
      isOwnUi: (target) => target !== null && target === card.element,
    },
  });
  hover.start();
  return { highlighter, hover, entries: new Map(compiled.terms.map((t) => [t.id, t])) };
}

/** The names highlighted on the page, most mentioned first (the popup's "On this page"). */
function pageTermsOf({ highlighter, entries }: RunningPage): ReturnType<PageSession['pageTerms']> {
  const counts = new Map<string, number>();
  for (const r of highlighter.records()) counts.set(r.termId, (counts.get(r.termId) ?? 0) + 1);
  return [...counts]
    .flatMap(([termId, count]) => {
      const e = entries.get(termId);
      return e ? [{ termId, name: e.name, kind: e.kind, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Scrolls to the first visible mention of a name and flashes it. */
function revealFirst(doc: Document, highlighter: PageHighlighter, termId: string): boolean {
  let first: MatchRecord | undefined;
  for (const r of highlighter.records()) {
    if (r.termId !== termId || !r.range.startContainer.isConnected) continue;
    // Not one hidden by CSS (a closed menu): there would be nothing to see.
    if (matchRects(doc, r).length === 0) continue;
    // Document order, not discovery order (re-scans append).
    if (!first || comesBefore(r, first)) first = r;
  }
  if (!first) return false;
  first.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  highlighter.flash(first);
  return true;
}

/** The name at the selection's focus, or the first one the selection touches. */
function matchAtSelection(doc: Document, highlighter: PageHighlighter): MatchRecord | undefined {
  const selection = doc.getSelection();
  const node = selection?.focusNode;
  const atFocus = node ? highlighter.matchAt(node, selection.focusOffset) : undefined;
  if (atFocus || !selection || selection.rangeCount === 0) return atFocus;
  const range = selection.getRangeAt(0);
  for (const r of highlighter.records()) if (range.intersectsNode(r.range.startContainer)) return r;
  return undefined;
}

/** Where the card goes: the line of the name under the pointer, or its first line. */
function anchorFor(
  doc: Document,
  record: MatchRecord,
  pointer?: { x: number; y: number },
): DOMRect | null {
  const rects = matchRects(doc, record);
  const under = pointer && rects.find((r) => pointer.y >= r.top - 2 && pointer.y <= r.bottom + 2);
  return under ?? rects[0] ?? null;
}

/** The page's own spelling of a name found through its spelling family (text only, never markup). */
function pageFormOf(doc: Document, record: MatchRecord): string | undefined {
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
}
