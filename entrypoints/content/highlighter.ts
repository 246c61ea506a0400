/**
 * Highlights dictionary names on the page with the CSS Custom Highlight API:
 * ranges are registered with the browser, the DOM is never modified (wrapping
 * text in elements breaks React pages and layouts). Work is cut into short
 * slices so the page stays responsive, and changed parts of the page are
 * re-scanned in batches instead of the whole page.
 */
import {
  matchTerms,
  type MatchCondition,
  type TermMatch,
  type TermMatcher,
} from '../../core/terms/match-terms';
import { PageSupport } from '../../core/terms/page-support';
import {
  FirstMentions,
  sectionIndex,
  type MentionMode,
  type PaintChanges,
} from '../../core/view/first-mentions';
import {
  blockOf,
  flowRange,
  isInlineElement,
  isInSkippedContext,
  SKIP_ATTRIBUTES,
  skipsByAttribute,
  walkFlowSteps,
  type TextFlow,
} from './text-flows';

export const HIGHLIGHT_NAMES = {
  underline: 'sourcelight-term',
  background: 'sourcelight-term-bg',
  hover: 'sourcelight-hover',
  flash: 'sourcelight-flash',
} as const;

export interface MatchRecord {
  termId: string;
  range: StaticRange;
  block: Element;
  /** Text nodes the match covers (usually one; more when a name spans inline tags). */
  nodes: Text[];
  /** Shown only while the page supports it (see core/terms/page-support.ts). */
  condition?: MatchCondition;
  /** Painted and hoverable now. */
  shown: boolean;
  /** Found through the spelling family: the page writes the name otherwise than the sources. */
  bySpelling?: true;
  /** With "first mention only": the name, or the name and its section (see first-mentions.ts). */
  mentionKey?: string;
  /** The pass that found it and its place in that pass (see `comesBefore`). */
  pass: number;
  seq: number;
}

export interface HighlightStats {
  passes: number;
  /** Main-thread time spent in highlighting work (scan + match + ranges), all slices. */
  totalMs: number;
  longestSliceMs: number;
  slices: number;
  /** Slices that were long tasks (LONG_TASK_MS or more): what a page would feel. */
  longSlices: number;
  /** Time from start to the end of the first slice (which covers the top of the page). */
  firstSliceMs: number | null;
  matches: number;
  flows: number;
  chars: number;
  rescans: number;
  done: boolean;
}

/** Slice budget: well under the 50 ms long-task threshold, leaving room for the page's own work. */
const SLICE_MS = 8;
/** The web platform's long-task threshold: a slice this long delays the page's input. */
const LONG_TASK_MS = 50;
/**
 * Long flows (one huge text node) are matched in windows so no slice runs long.
 * A window is one unit of work, checked against the slice budget only when done:
 * 32 KB windows took 5-40 ms each in Chromium (a 10 MB text node gave 83 ms slices).
 */
const WINDOW_CHARS = 8_192;
/** Longer than any name: a window's tail is re-read by the next window. */
const WINDOW_OVERLAP = 256;
/**
 * After the first slice, found ranges wait for the end of the pass, the reader scrolling, or this
 * long: each batch handed to the browser repaints the page, and what is found below the first
 * screen is not seen until the reader scrolls there.
 */
const PAINT_MAX_WAIT_MS = 2000;
/**
 * While the reader (or the page) keeps scrolling, at most one batch this often: a scroll event
 * comes every frame, and a batch per slice is the repaint cost the batching avoids.
 */
const PAINT_WHILE_SCROLLING_MS = 250;
/** Mutations are gathered for this long before a re-scan. */
const MUTATION_DEBOUNCE_MS = 120;
/**
 * ...but a re-scan is never put off longer than this: a page that changes every
 * few ms (tickers, animations) would otherwise never be re-scanned at all.
 */
const MUTATION_MAX_WAIT_MS = 500;

/** `null`: a pause while gathering a flow of very many nodes (see walkFlowSteps). */
type MatchUnit = { flow: TextFlow; matches: TermMatch[] } | null;
type Task = {
  root: Element;
  units: Generator<MatchUnit> | null;
  /** Blocks this task has registered matches for (their older matches are dropped first). */
  seen: Set<Element>;
  /** Numbers the task's pass: matches found in one pass are found in document order. */
  pass: number;
  /** Headings passed so far ("first mention in each section"). */
  section?: number;
};

export class PageHighlighter {
  readonly stats: HighlightStats = {
    passes: 0,
    totalMs: 0,
    longestSliceMs: 0,
    slices: 0,
    longSlices: 0,
    firstSliceMs: null,
    matches: 0,
    flows: 0,
    chars: 0,
    rescans: 0,
    done: false,
  };
  private readonly recordsByBlock = new Map<Element, MatchRecord[]>();
  /** What the page names, for conditional matches; and those matches, shown or not. */
  private readonly support = new PageSupport();
  private readonly conditional = new Set<MatchRecord>();
  /** Conditional matches registered since the last review (reviewed alone when support is unchanged). */
  private readonly unreviewed: MatchRecord[] = [];
  private conditionalReviewedAt = -1;
  private readonly recordsByNode = new WeakMap<Text, MatchRecord[]>();
  private readonly highlight: Highlight | null;
  private readonly hoverHighlight: Highlight | null;
  private readonly flashHighlight: Highlight | null;
  private readonly queue: Task[] = [];
  private scheduled = false;
  /** Ranges found but not yet given to the browser: each change to a registered highlight costs a repaint. */
  private readonly unpainted = new Set<StaticRange>();
  private lastPaint = 0;
  /** The reader scrolled (the page or any element) since the last paint. */
  private viewMoved = false;
  private readonly listening = new AbortController();
  /** Blocks were removed: their matches must be dropped even if nothing needs re-scanning. */
  private needsSweep = false;
  private observer: MutationObserver | null = null;
  private pendingTargets = new Set<Node>();
  private mutationTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | undefined;
  private stopped = false;
  private highlightName: string = HIGHLIGHT_NAMES.underline;
  private startedAt = 0;
  private mentions: MentionMode = 'all';
  /** Null when every mention is painted. */
  private firsts: FirstMentions<MatchRecord> | null = null;
  /** The page's headings in document order, read when a pass starts ("first in section"). */
  private headings: Element[] = [];
  private passes = 0;
  private found = 0;

  constructor(
    private readonly options: {
      doc: Document;
      matcher: TermMatcher;
      /** The extension's own UI host, never read. */
      ownHost: () => Element | null;
      style: 'underline' | 'background';
      /** How many mentions of each name are painted (default: all). */
      mentions?: MentionMode;
      /** The page replaced its root element (document.open() also drops every event listener). */
      onRootReplaced?: () => void;
    },
  ) {
    const supported =
      typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
    this.highlight = supported ? new Highlight() : null;
    this.hoverHighlight = supported ? new Highlight() : null;
    this.flashHighlight = supported ? new Highlight() : null;
    if (this.hoverHighlight) this.hoverHighlight.priority = 1;
    if (this.flashHighlight) this.flashHighlight.priority = 2;
    this.highlightName = HIGHLIGHT_NAMES[options.style];
    this.setMentionMode(options.mentions ?? 'all');
  }

  start(): void {
    const { doc } = this.options;
    this.startedAt = performance.now();
    this.ensureRegistered();
    this.readHeadings();
    const root = doc.body ?? doc.documentElement;
    this.enqueue(root);
    // Passive and capturing: sees every scroller, never delays scrolling.
    doc.addEventListener('scroll', () => (this.viewMoved = true), {
      capture: true,
      passive: true,
      signal: this.listening.signal,
    });
    this.observer = new MutationObserver((mutations) => this.onMutations(mutations));
    // The document, not its root element: pages replace <html> (document.open() + write, or
    // replaceChild), and an observer on the old root would never see the new page.
    // Attributes: only those that decide what is skipped (a tab shown, an editor switched off),
    // with their old value to ignore changes that skip as much as before. Pages change class and
    // style thousands of times a second; those are never even delivered.
    this.observer.observe(doc, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: [...SKIP_ATTRIBUTES],
      attributeOldValue: true,
    });
    // The first slice runs now: it covers the top of the page, what the reader sees first.
    this.runSlice();
  }

  /** Removes every highlight and listener; the page is as it was. */
  stop(): void {
    this.stopped = true;
    this.listening.abort();
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.mutationTimer);
    this.pendingTargets.clear();
    this.queue.length = 0;
    this.unpainted.clear();
    if (this.highlight) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) {
        const registered = CSS.highlights.get(name);
        if (
          registered === this.highlight ||
          registered === this.hoverHighlight ||
          registered === this.flashHighlight
        ) {
          CSS.highlights.delete(name);
        }
      }
      this.highlight.clear();
      this.hoverHighlight?.clear();
      this.flashHighlight?.clear();
    }
    this.recordsByBlock.clear();
    this.conditional.clear();
    this.unreviewed.length = 0;
    this.firsts?.clear();
  }

  setStyle(style: 'underline' | 'background'): void {
    const name = HIGHLIGHT_NAMES[style];
    if (!this.highlight || name === this.highlightName) return;
    if (CSS.highlights.get(this.highlightName) === this.highlight)
      CSS.highlights.delete(this.highlightName);
    this.highlightName = name;
    CSS.highlights.set(name, this.highlight);
  }

  /**
   * Paints every mention, or only the first of each name on the page or in each section.
   * Repeats stay in the match table, so hovering one still opens its card.
   */
  setMentions(mode: MentionMode): void {
    if (mode === this.mentions) return;
    if (mode === 'first-in-section') {
      // Sections are counted while walking the page (see sectionOf): walk it again.
      this.dropRecords(() => true);
      this.setMentionMode(mode);
      this.readHeadings();
      this.enqueue(this.options.doc.body ?? this.options.doc.documentElement);
      return;
    }
    this.setMentionMode(mode);
    this.highlight?.clear();
    this.unpainted.clear();
    for (const r of this.records()) {
      r.mentionKey = mode === 'all' ? undefined : r.termId;
      this.paintShown(r);
    }
    this.paint({ now: true });
    this.ensureRegistered();
  }

  private setMentionMode(mode: MentionMode): void {
    this.mentions = mode;
    this.firsts = mode === 'all' ? null : new FirstMentions<MatchRecord>(comesBefore);
  }

  /** Once per batch of work, not per re-scanned block: the query costs ms on a large page. */
  private readHeadings(): void {
    if (this.mentions === 'first-in-section')
      this.headings = [...this.options.doc.querySelectorAll(HEADING_SELECTOR)];
  }

  /**
   * The section of a flow: how many headings start before it. Flows of one task come in
   * document order, so after one binary search per task the count only moves forward, and
   * once past the last heading no comparison is made at all.
   */
  private sectionOf(flow: TextFlow, task: Task): number {
    const node = flow.nodes[0] ?? flow.block;
    const precedes = (h: Element) =>
      (h.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (task.section === undefined) task.section = sectionIndex(this.headings, precedes);
    else
      while (task.section < this.headings.length && precedes(this.headings[task.section]!))
        task.section += 1;
    return task.section;
  }

  /**
   * What a flow's matches add to their name to make their group when only first mentions
   * are painted: nothing (one group per name), or the section; undefined when all are painted.
   */
  private groupSuffixOf(flow: TextFlow, task: Task): string | undefined {
    if (this.mentions === 'all') return undefined;
    if (this.mentions === 'first-on-page') return '';
    return `\u0000${this.sectionOf(flow, task)}`;
  }

  /** A shown match goes to the painter: always, or when it is the first of its group. */
  private paintShown(record: MatchRecord): void {
    if (this.firsts && record.mentionKey !== undefined)
      this.applyPaint(this.firsts.add(record.mentionKey, record));
    else this.unpainted.add(record.range);
  }

  /** A match no longer shown (dropped, or its support left the page) leaves the highlight. */
  private unpaintShown(record: MatchRecord): void {
    if (this.firsts && record.mentionKey !== undefined) {
      this.applyPaint(this.firsts.remove(record.mentionKey, record));
      return;
    }
    this.highlight?.delete(record.range);
    this.unpainted.delete(record.range);
  }

  private applyPaint({ paint, unpaint }: PaintChanges<MatchRecord>): void {
    for (const r of unpaint) {
      this.highlight?.delete(r.range);
      this.unpainted.delete(r.range);
    }
    for (const r of paint) this.unpainted.add(r.range);
  }

  /** The match covering a caret position, if any. */
  matchAt(node: Node, offset: number): MatchRecord | undefined {
    if (node.nodeType !== 3) return undefined;
    const records = this.recordsByNode.get(node as Text);
    if (!records) return undefined;
    return records.find((r) => {
      if (!r.shown) return false;
      const { startContainer, startOffset, endContainer, endOffset } = r.range;
      if (startContainer === node && offset < startOffset) return false;
      if (endContainer === node && offset > endOffset) return false;
      return true;
    });
  }

  /** All current matches in document order of discovery. */
  *records(): Generator<MatchRecord> {
    for (const list of this.recordsByBlock.values()) for (const r of list) if (r.shown) yield r;
  }

  /**
   * Shows the conditional matches the page now supports and hides those it no
   * longer does. Cheap when nothing changed: only when a term appeared on or
   * left the page, or new conditional matches came in.
   */
  private reviewConditional(): void {
    // Support unchanged: only the newly found conditional matches need a decision (a feed that
    // adds rows re-decided every earlier one on each batch: quadratic in the page's length).
    const records =
      this.conditionalReviewedAt === this.support.version ? this.unreviewed : this.conditional;
    this.conditionalReviewedAt = this.support.version;
    for (const r of records) {
      if (!this.conditional.has(r)) continue; // Dropped with its block since.
      const allowed = this.support.allows(r.termId, r.condition);
      if (allowed === r.shown) continue;
      r.shown = allowed;
      if (allowed) {
        this.paintShown(r);
        this.stats.matches += 1;
      } else {
        this.unpaintShown(r);
        this.stats.matches -= 1;
      }
    }
    this.unreviewed.length = 0;
  }

  /**
   * The registry is shared with the page, and pages clear it (MDN's find-in-page example calls
   * `CSS.highlights.clear()` on every keystroke): put ours back whenever we do any work.
   */
  private ensureRegistered(): void {
    if (this.stopped || !this.highlight || !this.hoverHighlight || !this.flashHighlight) return;
    for (const [name, highlight] of [
      [this.highlightName, this.highlight],
      [HIGHLIGHT_NAMES.hover, this.hoverHighlight],
      [HIGHLIGHT_NAMES.flash, this.flashHighlight],
    ] as const) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  setHover(record: MatchRecord | null): void {
    this.ensureRegistered();
    this.hoverHighlight?.clear();
    if (record) this.hoverHighlight?.add(record.range);
  }

  flash(record: MatchRecord, ms = 1600): void {
    if (!this.flashHighlight) return;
    this.flashHighlight.clear();
    this.flashHighlight.add(record.range);
    setTimeout(() => this.flashHighlight?.delete(record.range), ms);
  }

  private enqueue(root: Element): void {
    this.queue.push({ root, units: null, seen: new Set(), pass: ++this.passes });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.runSlice();
    }, 0);
  }

  private runSlice(): void {
    if (this.stopped) return;
    const started = performance.now();
    const deadline = started + SLICE_MS;
    while (this.queue.length > 0 && performance.now() < deadline) {
      const task = this.queue[0]!;
      if (!task.units) {
        if (!task.root.isConnected) {
          this.queue.shift();
          continue;
        }
        task.units = matchUnits(
          task.root,
          this.options.ownHost(),
          this.options.matcher,
          this.stats,
        );
        this.stats.passes += 1;
      }
      let exhausted = true;
      for (let next = task.units.next(); !next.done; next = task.units.next()) {
        this.register(next.value, task);
        if (performance.now() >= deadline) {
          exhausted = false;
          break;
        }
      }
      if (exhausted) this.queue.shift();
    }
    this.reviewConditional();
    const elapsed = performance.now() - started;
    this.stats.totalMs += elapsed;
    this.stats.slices += 1;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, elapsed);
    if (elapsed >= LONG_TASK_MS) this.stats.longSlices += 1;
    if (this.stats.firstSliceMs === null)
      this.stats.firstSliceMs = performance.now() - this.startedAt;
    this.stats.done = this.queue.length === 0;
    this.paint();
    this.ensureRegistered();
    if (this.queue.length > 0) this.schedule();
  }

  /**
   * Hands found ranges to the browser: after the first slice (what the reader sees first),
   * when a pass ends, soon after the reader scrolled (at most every PAINT_WHILE_SCROLLING_MS),
   * and otherwise at most every PAINT_MAX_WAIT_MS. Adding ranges after every 8 ms slice made Chromium repaint the
   * page each time, the largest cost measured.
   */
  private paint(opts: { now?: boolean } = {}): void {
    if (this.firsts) for (const r of this.firsts.settle()) this.unpainted.add(r.range);
    if (this.unpainted.size === 0) return;
    const now = performance.now();
    const isFirst = this.lastPaint === 0;
    const passRunning = this.queue.length > 0;
    const waited = now - this.lastPaint;
    const wait = this.viewMoved ? PAINT_WHILE_SCROLLING_MS : PAINT_MAX_WAIT_MS;
    if (!opts.now && !isFirst && passRunning && waited < wait) return;
    this.lastPaint = now;
    this.viewMoved = false;
    if (this.highlight) for (const range of this.unpainted) this.highlight.add(range);
    this.unpainted.clear();
  }

  /** Registers the ranges of one unit of matches. */
  private register(unit: MatchUnit, task: Task): void {
    if (!unit) return;
    const { flow, matches } = unit;
    // A block's older matches go when this task first reaches it (another task may have
    // registered them since the batch that queued this one dropped them).
    if (!task.seen.has(flow.block)) {
      task.seen.add(flow.block);
      this.dropBlock(flow.block);
    }
    if (matches.length === 0) return;
    let list = this.recordsByBlock.get(flow.block);
    if (!list) {
      list = [];
      this.recordsByBlock.set(flow.block, list);
    }
    const groupSuffix = this.groupSuffixOf(flow, task);
    for (const m of matches) {
      const pos = flowRange(flow, m.start, m.end);
      if (!pos) continue;
      const { nodes, ...bounds } = pos;
      const record: MatchRecord = {
        pass: task.pass,
        seq: ++this.found,
        termId: m.termId,
        range: new StaticRange(bounds),
        block: flow.block,
        nodes,
        shown: !m.condition,
      };
      if (m.condition) record.condition = m.condition;
      if (m.bySpelling) record.bySpelling = true;
      if (groupSuffix !== undefined) record.mentionKey = m.termId + groupSuffix;
      list.push(record);
      if (record.shown) {
        this.support.add(record.termId);
        this.paintShown(record);
        this.stats.matches += 1;
      } else {
        this.conditional.add(record);
        this.unreviewed.push(record);
      }
      for (const node of nodes) {
        const byNode = this.recordsByNode.get(node);
        if (byNode) byNode.push(record);
        else this.recordsByNode.set(node, [record]);
      }
    }
  }

  /** Forgets the matches of blocks that `isStale` selects (and of blocks no longer in the page). */
  private dropRecords(isStale: (block: Element) => boolean): void {
    for (const block of [...this.recordsByBlock.keys()]) {
      if (!block.isConnected || isStale(block)) this.dropBlock(block);
    }
  }

  private dropBlock(block: Element): void {
    const list = this.recordsByBlock.get(block);
    if (!list) return;
    for (const r of list) {
      if (r.shown) this.unpaintShown(r);
      for (const n of r.nodes) this.recordsByNode.delete(n);
      if (r.shown) this.stats.matches -= 1;
      if (r.condition) this.conditional.delete(r);
      else this.support.remove(r.termId);
    }
    this.recordsByBlock.delete(block);
  }

  private onMutations(mutations: MutationRecord[]): void {
    const host = this.options.ownHost();
    for (const m of mutations) {
      if (host && (m.target === host || host.contains(m.target))) continue;
      if (m.type === 'childList' && m.addedNodes.length === 1 && m.addedNodes[0] === host) continue;
      if (m.type === 'attributes') {
        if (changesSkipping(m)) this.pendingTargets.add(m.target);
        continue;
      }
      if (m.target.nodeType === Node.DOCUMENT_NODE && m.addedNodes.length > 0)
        this.options.onRootReplaced?.();
      if (m.type === 'childList' && onlyBlockChildren(m)) {
        // Blocks added to or removed from a container (a feed, infinite scroll) leave the
        // container's own text as it was: re-scan only what was added, never the whole
        // container again (that made a growing page's work grow with its length squared).
        for (const node of m.addedNodes)
          if (node.nodeType === Node.ELEMENT_NODE) this.pendingTargets.add(node);
        if (m.removedNodes.length > 0) this.needsSweep = true;
        continue;
      }
      this.pendingTargets.add(m.target);
    }
    if (this.pendingTargets.size === 0 && !this.needsSweep) return;
    const now = performance.now();
    this.pendingSince ??= now;
    const wait = Math.min(MUTATION_DEBOUNCE_MS, this.pendingSince + MUTATION_MAX_WAIT_MS - now);
    clearTimeout(this.mutationTimer);
    this.mutationTimer = setTimeout(() => this.rescanPending(), Math.max(0, wait));
  }

  /** Re-scans the smallest set of blocks that covers every changed node. */
  private rescanPending(): void {
    this.pendingSince = undefined;
    this.needsSweep = false;
    if (this.stopped) return;
    const started = performance.now();
    const host = this.options.ownHost();
    const roots = new Set<Element>();
    // Blocks now skipped: an attribute change may have just hidden them, so their matches go.
    const skipped = new Set<Element>();
    for (const target of this.pendingTargets) {
      if (!target.isConnected) continue;
      const block =
        target.nodeType === Node.DOCUMENT_NODE ? this.options.doc.documentElement : blockOf(target);
      if (!block) continue;
      if (isInSkippedContext(block, host)) skipped.add(block);
      else roots.add(block);
    }
    this.pendingTargets.clear();
    this.readHeadings();
    const covering = new Set(
      [...roots].filter((r) => {
        for (let p = r.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
        return true;
      }),
    );
    // One pass for the whole batch: blocks gone from the page, and blocks about to be re-scanned.
    // (Dropping per re-scanned root cost blocks x roots: with 20,000 highlighted blocks and 50
    // changed ones, single slices ran 160-390 ms.)
    this.dropRecords((block) => {
      for (let el: Element | null = block; el; el = el.parentElement)
        if (covering.has(el) || skipped.has(el)) return true;
      return false;
    });
    // Names that left the page may take away the support of others still on it.
    this.reviewConditional();
    this.paint();
    this.stats.rescans += covering.size;
    this.stats.totalMs += performance.now() - started;
    for (const root of covering) this.enqueue(root);
  }
}

/** What opens a section for "first mention in each section". */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Document order of two matches. One pass walks its subtree in order, so within a pass the
 * order found is the order on the page; between passes (re-scans register matches out of
 * order) the DOM is asked. That keeps `compareDocumentPosition`, which walks sibling lists
 * (slow among 20,000 sibling rows), off the first full pass of a page.
 */
export function comesBefore(a: MatchRecord, b: MatchRecord): boolean {
  if (a.pass === b.pass) return a.seq < b.seq;
  const an = a.range.startContainer;
  const bn = b.range.startContainer;
  if (an === bn) return a.range.startOffset < b.range.startOffset;
  return (an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Whether an attribute change (of SKIP_ATTRIBUTES) turns its element from read to skipped or back.
 * The value now is compared with the value before this change: of several changes in one batch,
 * the first one's old value is the state last seen, so a net change is never missed.
 */
function changesSkipping(m: MutationRecord): boolean {
  const name = m.attributeName ?? '';
  const now = (m.target as Element).getAttribute(name);
  return skipsByAttribute(name, m.oldValue) !== skipsByAttribute(name, now);
}

/** True when a childList change only added or removed block elements (not text or inline content). */
function onlyBlockChildren(m: MutationRecord): boolean {
  if (m.target.nodeType !== Node.ELEMENT_NODE || isInlineElement(m.target as Element)) return false;
  // Whitespace between blocks (markup indentation) does not change any flow either.
  const isBlock = (n: Node) =>
    n.nodeType === Node.ELEMENT_NODE
      ? !isInlineElement(n as Element) && (n as Element).localName !== 'br'
      : n.nodeType === Node.TEXT_NODE && !/\S/u.test((n as Text).data);
  for (const n of m.addedNodes) if (!isBlock(n)) return false;
  for (const n of m.removedNodes) if (!isBlock(n)) return false;
  return m.addedNodes.length + m.removedNodes.length > 0;
}

/** The work of a scan in small units: one flow, or one window of a very long flow. */
function* matchUnits(
  root: Element,
  ownHost: Element | null,
  matcher: TermMatcher,
  stats: HighlightStats,
): Generator<MatchUnit> {
  for (const flow of walkFlowSteps(root, ownHost)) {
    if (!flow) {
      yield null;
      continue;
    }
    stats.flows += 1;
    stats.chars += flow.text.length;
    if (flow.text.length <= WINDOW_CHARS) yield { flow, matches: matchTerms(flow.text, matcher) };
    else for (const matches of matchWindows(flow.text, matcher)) yield { flow, matches };
  }
}

/** Matches a long text in overlapping windows cut at spaces, so no name is split and no slice runs long. */
export function* matchWindows(text: string, matcher: TermMatcher): Generator<TermMatch[]> {
  let from = 0;
  let committed = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + WINDOW_CHARS);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + WINDOW_OVERLAP) to = space;
    }
    const out: TermMatch[] = [];
    for (const m of matchTerms(text.slice(from, to), matcher)) {
      const start = m.start + from;
      if (start < committed) continue;
      // A match starting near the window's end may be cut short: the next window, which starts
      // before it, reads it whole. (Names are far shorter than the overlap.)
      if (to < text.length && start >= to - WINDOW_OVERLAP) continue;
      // The whole match (its page condition, its spelling flag), at the flow's offsets.
      out.push({ ...m, start, end: m.end + from });
      committed = m.end + from;
    }
    yield out;
    if (to >= text.length) break;
    const back = to - WINDOW_OVERLAP;
    const space = text.lastIndexOf(' ', back);
    from = Math.max(space > from ? space : back, committed, from + 1);
  }
}
