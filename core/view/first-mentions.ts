/**
 * Which mentions of a name are painted when the reader asks for "first mention
 * only" (#12). Mentions are grouped by a key (the name, or the name and its
 * section); in each group only the earliest in document order is painted. The
 * others stay in the match table: hovering a repeat still opens the card, it
 * is just not underlined.
 *
 * Kept free of the DOM: the caller gives the order (`before`), so the rules are
 * tested with numbers and the highlighter supplies document positions.
 */

/** How many mentions of each name are underlined. */
export type MentionMode = 'all' | 'first-in-section' | 'first-on-page';

export const MENTION_MODES: readonly MentionMode[] = ['all', 'first-in-section', 'first-on-page'];

/** Paint changes to apply: ranges to add to the highlight and ranges to take out. */
export interface PaintChanges<T> {
  paint: T[];
  unpaint: T[];
}

/**
 * Tracks the earliest mention per group as mentions come and go.
 *
 * A group whose first mention is removed is settled lazily in `settle()`: a re-scan drops
 * whole blocks at once, and finding the next-earliest after every single removal would cost
 * the group's size each time (quadratic on a page that repeats one name thousands of times).
 *
 * @example
 * const firsts = new FirstMentions<number>((a, b) => a < b);
 * firsts.add('Tokayev', 7); // { paint: [7], unpaint: [] }
 * firsts.add('Tokayev', 3); // { paint: [3], unpaint: [7] }
 */
export class FirstMentions<T> {
  private readonly groups = new Map<string, Set<T>>();
  private readonly firsts = new Map<string, T>();
  private readonly unsettled = new Set<string>();

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  /** The painted mention of a group, if it is settled. */
  firstOf(key: string): T | undefined {
    return this.firsts.get(key);
  }

  isPainted(key: string, mention: T): boolean {
    return this.firsts.get(key) === mention;
  }

  add(key: string, mention: T): PaintChanges<T> {
    let group = this.groups.get(key);
    if (!group) {
      group = new Set();
      this.groups.set(key, group);
    }
    group.add(mention);
    if (this.unsettled.has(key)) return { paint: [], unpaint: [] };
    const first = this.firsts.get(key);
    if (first !== undefined && !this.before(mention, first)) return { paint: [], unpaint: [] };
    this.firsts.set(key, mention);
    return { paint: [mention], unpaint: first === undefined ? [] : [first] };
  }

  remove(key: string, mention: T): PaintChanges<T> {
    const group = this.groups.get(key);
    if (!group?.delete(mention)) return { paint: [], unpaint: [] };
    if (this.firsts.get(key) !== mention) return { paint: [], unpaint: [] };
    this.firsts.delete(key);
    if (group.size === 0) this.groups.delete(key);
    else this.unsettled.add(key);
    return { paint: [], unpaint: [mention] };
  }

  /** Picks the new first mention of every group that lost its own; returns those to paint. */
  settle(): T[] {
    const paint: T[] = [];
    for (const key of this.unsettled) {
      const group = this.groups.get(key);
      if (!group) continue;
      let first: T | undefined;
      for (const m of group) if (first === undefined || this.before(m, first)) first = m;
      if (first === undefined) continue;
      this.firsts.set(key, first);
      paint.push(first);
    }
    this.unsettled.clear();
    return paint;
  }

  clear(): void {
    this.groups.clear();
    this.firsts.clear();
    this.unsettled.clear();
  }
}

/**
 * The section a position falls in: how many headings start before it. Headings must be in
 * document order; `precedes(heading)` says whether a heading starts before the position
 * (or contains it: a heading's own text opens its section). Binary search, so a page with a
 * thousand headings costs ten comparisons per mention.
 *
 * @example sectionIndex([10, 20, 30], (h) => h <= 25) // 2
 */
export function sectionIndex<H>(headings: readonly H[], precedes: (heading: H) => boolean): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (precedes(headings[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
