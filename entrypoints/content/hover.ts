/**
 * Turns pointer movement over highlighted names into card open/close
 * decisions. Highlights fire no DOM events, so we hit-test: the caret
 * position under the pointer, then the match table for that text node, then
 * the match's client rects (the caret snaps to the nearest character even
 * when the pointer is past the end of a line).
 *
 * Only real input counts: the page's synthetic events (`isTrusted` false) never open the card.
 *
 * Timing: prefetch card data at ~150 ms dwell, open at the configured delay
 * (300 ms by default), keep open for a 300 ms grace period after leaving, and
 * while the pointer is over the card.
 */
import type { MatchRecord, PageHighlighter } from './highlighter';
import type { OverlayHitTester } from './hit-through';
import { installWindowEvents, onWindowEvent } from './window-events';

export const PREFETCH_MS = 150;
export const CLOSE_GRACE_MS = 300;

export interface HoverCallbacks {
  prefetch(record: MatchRecord): void;
  open(record: MatchRecord, pointer: { x: number; y: number }): void;
  close(): void;
  /** The name whose card is open (the card controller's answer), null when none is. */
  openTermId(): string | null;
  /** Whether the event target is the card's host (pointer over the card). */
  isOwnUi(target: EventTarget | null): boolean;
}

/** The caret (text node + offset) under a viewport point, in either browser's API. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const withRange = doc as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * The client rects of a match, one per line it is on, or none if its nodes changed since it was
 * found. A name split across inline tags (`<a>Kassym-Jomart</a> Tokayev`) has a rect per tag on
 * one line: joined, so the card is placed beside the whole name, not over its second half.
 */
export function matchRects(doc: Document, record: MatchRecord): DOMRect[] {
  const { startContainer, startOffset, endContainer, endOffset } = record.range;
  if (!startContainer.isConnected || !endContainer.isConnected) return [];
  if (startOffset > (startContainer as Text).length || endOffset > (endContainer as Text).length)
    return [];
  const range = doc.createRange();
  try {
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
  } catch {
    return [];
  }
  return joinLines([...range.getClientRects()]);
}

/** Joins rects that share a line (each one's middle is within the other's height). */
function joinLines(rects: DOMRect[]): DOMRect[] {
  const lines: DOMRect[] = [];
  for (const r of rects) {
    const last = lines.at(-1);
    const middle = (r.top + r.bottom) / 2;
    const lastMiddle = last ? (last.top + last.bottom) / 2 : NaN;
    if (
      last &&
      middle >= last.top &&
      middle <= last.bottom &&
      lastMiddle >= r.top &&
      lastMiddle <= r.bottom
    ) {
      const left = Math.min(last.left, r.left);
      const top = Math.min(last.top, r.top);
      lines[lines.length - 1] = new DOMRect(
        left,
        top,
        Math.max(last.right, r.right) - left,
        Math.max(last.bottom, r.bottom) - top,
      );
    } else {
      lines.push(r);
    }
  }
  return lines;
}

const SLACK_PX = 2;

const near = (r: DOMRect, x: number, y: number) =>
  x >= r.left - SLACK_PX &&
  x <= r.right + SLACK_PX &&
  y >= r.top - SLACK_PX &&
  y <= r.bottom + SLACK_PX;

/**
 * Finds the highlighted match under a point, confirmed by geometry. When the caret is not on
 * text under the point (it snapped to the nearest text because an overlay or a
 * `pointer-events: none` element is in the way), `throughOverlays` looks beneath.
 */
export function matchAtPoint(
  doc: Document,
  highlighter: PageHighlighter,
  x: number,
  y: number,
  throughOverlays?: OverlayHitTester,
): MatchRecord | undefined {
  const caret = caretAt(doc, x, y);
  const record = caret ? highlighter.matchAt(caret.node, caret.offset) : undefined;
  if (record && matchRects(doc, record).some((r) => near(r, x, y))) return record;
  if (!throughOverlays || (caret && isTextAt(doc, caret, x, y))) return undefined;
  return throughOverlays.matchAt(x, y);
}

/** Whether the caret's own characters are under the point (the reader is over that text). */
function isTextAt(doc: Document, caret: { node: Node; offset: number }, x: number, y: number) {
  if (caret.node.nodeType !== Node.TEXT_NODE) return false;
  const text = caret.node as Text;
  const range = doc.createRange();
  range.setStart(text, Math.max(0, caret.offset - 1));
  range.setEnd(text, Math.min(text.length, caret.offset + 1));
  return [...range.getClientRects()].some((r) => near(r, x, y));
}

/** Where the controller gets pointer moves: trusted window events in the page, a fake in tests. */
export type PointerSource = (listener: (event: PointerEvent) => void, signal: AbortSignal) => void;

/**
 * Decides, from pointer movement, when to prefetch, open and close the card. What it holds is
 * the hover target (the match under the pointer) and its timers; whether a card is open is the
 * card controller's to say (`callbacks.openTermId`), never kept here.
 */
export class HoverController {
  /** The match under the pointer (the hover target), if any. */
  private target: MatchRecord | undefined;
  private prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private last: PointerEvent | undefined;
  private abort = new AbortController();

  constructor(
    private readonly options: {
      doc: Document;
      /** The match under a viewport point (see `matchAtPoint`). */
      hitTest: (x: number, y: number) => MatchRecord | undefined;
      /** Shows the hover target's own highlight (null: none). */
      setHover: (record: MatchRecord | null) => void;
      delayMs: () => number;
      callbacks: HoverCallbacks;
      /** Default: trusted `pointermove` events at the window, ahead of the page's listeners. */
      pointerMoves?: PointerSource;
    },
  ) {}

  start(): void {
    const { doc } = this.options;
    const signal = this.abort.signal;
    const win = doc.defaultView;
    const pointerMoves: PointerSource =
      this.options.pointerMoves ??
      ((listener, s) => {
        if (win) onWindowEvent(win, 'pointermove', (e) => listener(e as PointerEvent), s);
      });
    pointerMoves((e) => this.onMove(e), signal);
    doc.addEventListener(
      'pointerleave',
      (e) => {
        if (e.isTrusted) this.leave();
      },
      { passive: true, signal },
    );
    win?.addEventListener('scroll', () => this.leaveIfMoved(), {
      passive: true,
      capture: true,
      signal,
    });
  }

  /**
   * Adds the listeners again (after document.open(), which drops every listener of the page,
   * the early window listeners included: those are added again too, now after the page's).
   */
  restart(): void {
    this.stop();
    this.abort = new AbortController();
    const win = this.options.doc.defaultView;
    if (win) installWindowEvents(win);
    this.start();
  }

  stop(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.reset();
  }

  /** Called when the pointer enters or leaves the card. */
  pointerInCard(inside: boolean): void {
    if (inside) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
    } else {
      this.scheduleClose();
    }
  }

  /** Forget the hover target (the card was closed by Escape or its close button). */
  reset(): void {
    this.clearTimers();
    this.setTarget(undefined);
  }

  private setTarget(record: MatchRecord | undefined): void {
    this.target = record;
    this.options.setHover(record ?? null);
  }

  private onMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.last = event;
    if (this.frame) return;
    // One hit-test per frame at most, however fast the pointer events come.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const e = this.last;
      if (e) this.evaluate(e);
    });
  }

  private evaluate(event: PointerEvent): void {
    const { callbacks } = this.options;
    if (callbacks.isOwnUi(event.target)) {
      this.pointerInCard(true);
      return;
    }
    // Not while the user is dragging a selection or pressing buttons.
    if (event.buttons !== 0) return;
    const record = this.options.hitTest(event.clientX, event.clientY);
    if (record === this.target) return;
    if (record && record.termId === callbacks.openTermId()) {
      // The name whose card is open (another mention of it, or back on it in the grace period):
      // keep the card as it is.
      this.setTarget(record);
      clearTimeout(this.closeTimer);
      return;
    }
    this.clearTimers();
    this.setTarget(record);
    if (!record) {
      if (callbacks.openTermId() !== null) this.scheduleClose();
      return;
    }
    const point = { x: event.clientX, y: event.clientY };
    const delay = this.options.delayMs();
    this.prefetchTimer = setTimeout(() => callbacks.prefetch(record), Math.min(PREFETCH_MS, delay));
    this.openTimer = setTimeout(() => {
      if (this.target === record) callbacks.open(record, point);
    }, delay);
  }

  private leave(): void {
    this.reset();
    if (this.options.callbacks.openTermId() !== null) this.scheduleClose();
  }

  private leaveIfMoved(): void {
    // After a scroll the name moved away from the pointer; re-test on the next pointer move.
    if (this.options.callbacks.openTermId() === null) this.leave();
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.setTarget(undefined);
      this.options.callbacks.close();
    }, CLOSE_GRACE_MS);
  }

  private clearTimers(): void {
    clearTimeout(this.prefetchTimer);
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.prefetchTimer = this.openTimer = this.closeTimer = undefined;
  }
}
