/**
 * Finds a highlighted name under the pointer when the caret hit-test cannot: a transparent
 * overlay above the text (a news card's stretched link, `a::after { position: absolute;
 * inset: 0 }`) or text that hit-testing skips (a `pointer-events: none` caption over its
 * photo) makes the caret land on other text, so hovering never opened the card (issue 16,
 * item 5).
 *
 * How: the elements under the point (`elementsFromPoint`, topmost first), each looked up in an
 * index of the match table by the text's parent (and grandparent, for text that hit-testing
 * skips), confirmed by the match's client rects. A name under an opaque element (a cookie
 * banner, a sticky header, a photo) is covered: the reader cannot see it, so it stays quiet.
 * Only a bounded number of geometry queries per pointer frame (a container of 20,000 rows).
 */
import type { MatchRecord, PageHighlighter } from './highlighter';

/** Layout and style reads allowed per hit-test: the fallback never costs a frame. */
const QUERY_BUDGET = 64;
/**
 * The index is rebuilt from the whole match table (O(names on the page)) at most this often:
 * a page that changes all the time would otherwise pay for a rebuild on every pointer frame.
 * A stale index only misses names found since (removed ones are checked on use).
 */
const REBUILD_INTERVAL_MS = 1000;
/** Elements that paint their own content over whatever is under them. */
const OPAQUE_TAGS = new Set([
  'img',
  'picture',
  'video',
  'canvas',
  'iframe',
  'embed',
  'object',
  'svg',
  'input',
  'textarea',
  'select',
  'button',
]);

interface RecordIndex {
  /** `stats.slices` when built: every change to the match table happens in a slice. */
  builtAt: number;
  builtTime: number;
  byParent: Map<Element, MatchRecord[]>;
  byGrandparent: Map<Element, MatchRecord[]>;
}

export class OverlayHitTester {
  private index: RecordIndex | null = null;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: PageHighlighter,
    private readonly rectsOf: (record: MatchRecord) => DOMRect[],
  ) {}

  /** The shown match whose client rects contain the point, seen through transparent overlays. */
  matchAt(x: number, y: number): MatchRecord | undefined {
    const stack = this.doc.elementsFromPoint(x, y);
    const { byParent, byGrandparent } = this.currentIndex();
    const budget = { left: QUERY_BUDGET };
    const view = this.doc.defaultView;
    if (!view) return undefined;
    for (let i = 0; i < stack.length; i++) {
      const el = stack[i]!;
      if (el === this.doc.body || el === this.doc.documentElement) break;
      const above = stack.slice(0, i);
      const direct = this.hit(byParent.get(el), x, y, budget);
      if (direct) return above.every((o) => isSeeThrough(view, o)) ? direct : undefined;
      // Text whose own element hit-testing skipped: drawn by the page over its container's
      // other content (the caption over its own photo), so that content does not cover it.
      const skipped = this.hit(byGrandparent.get(el), x, y, budget, (parent) =>
        skipsHitTest(view, parent, budget),
      );
      if (skipped)
        return above.every((o) => el.contains(o) || isSeeThrough(view, o)) ? skipped : undefined;
      if (budget.left <= 0) return undefined;
    }
    return undefined;
  }

  private hit(
    records: MatchRecord[] | undefined,
    x: number,
    y: number,
    budget: { left: number },
    accept: (parent: Element) => boolean = () => true,
  ): MatchRecord | undefined {
    for (const record of records ?? []) {
      if (budget.left-- <= 0) return undefined;
      const node = record.range.startContainer;
      // Still in the table and shown (the index may predate a re-scan).
      if (this.highlighter.matchAt(node, record.range.startOffset) !== record) continue;
      if (!node.parentElement || !accept(node.parentElement)) continue;
      if (this.rectsOf(record).some((r) => contains(r, x, y))) return record;
    }
    return undefined;
  }

  private currentIndex(): RecordIndex {
    const builtAt = this.highlighter.stats.slices;
    const now = performance.now();
    if (
      this.index &&
      (this.index.builtAt === builtAt || now - this.index.builtTime < REBUILD_INTERVAL_MS)
    )
      return this.index;
    const byParent = new Map<Element, MatchRecord[]>();
    const byGrandparent = new Map<Element, MatchRecord[]>();
    const add = (
      map: Map<Element, MatchRecord[]>,
      el: Element | null | undefined,
      r: MatchRecord,
    ) => {
      if (!el) return;
      const list = map.get(el);
      if (list) list.push(r);
      else map.set(el, [r]);
    };
    for (const record of this.highlighter.records()) {
      const parent = record.range.startContainer.parentElement;
      add(byParent, parent, record);
      add(byGrandparent, parent?.parentElement, record);
    }
    this.index = { builtAt, builtTime: now, byParent, byGrandparent };
    return this.index;
  }
}

function contains(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

function skipsHitTest(view: Window, el: Element, budget: { left: number }): boolean {
  budget.left--;
  return view.getComputedStyle(el).pointerEvents === 'none';
}

/** Draws nothing opaque of its own: no background (itself or its ::before/::after), no media. */
function isSeeThrough(view: Window, el: Element): boolean {
  if (OPAQUE_TAGS.has(el.localName)) return false;
  for (const pseudo of [null, '::before', '::after']) {
    const style = view.getComputedStyle(el, pseudo);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
    if (style.opacity === '0') continue;
    if (style.backgroundImage !== 'none' || !isTransparent(style.backgroundColor)) return false;
  }
  return true;
}

function isTransparent(color: string): boolean {
  if (color === 'transparent') return true;
  const alpha = /^rgba?\((?:[^,]+,){3}\s*([\d.]+)\s*\)$/u.exec(color)?.[1];
  return alpha !== undefined && Number(alpha) === 0;
}
