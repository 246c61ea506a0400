/**
 * How crowded a page's underlines are, screen by screen, and how many of the
 * names on each screen still show one underline (#12: "first mention only").
 * Pure: the browser side reads where each mention is; this scores it.
 */

/** A mention's term and its top edge in page coordinates (px from the top of the document). */
export interface PlacedMention {
  term: string;
  top: number;
}

export interface DensityScore {
  screens: number;
  /** Underlines per screen: mean, median, most. */
  perScreen: { mean: number; median: number; max: number };
  /** Underlines of a name already underlined higher on the same screen, per screen (mean). */
  repeatsPerScreen: number;
  /**
   * Of the names that appear on a screen, the share with at least one underline on that
   * screen: what a reader looking at that screen can tell is known to the sources.
   */
  reach: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Scores the painted mentions of one page against all its mentions, in screens of
 * `screenHeight` px stacked from the top of the page.
 *
 * @example
 * scoreDensity([{ term: 'a', top: 10 }, { term: 'a', top: 20 }], [{ term: 'a', top: 10 }], 800).reach // 1
 */
export function scoreDensity(
  all: readonly PlacedMention[],
  painted: readonly PlacedMention[],
  screenHeight: number,
): DensityScore {
  const screenOf = (m: PlacedMention) => Math.max(0, Math.floor(m.top / screenHeight));
  const last = Math.max(0, ...all.map(screenOf), ...painted.map(screenOf));
  const screens = last + 1;
  const underlines = new Array<number>(screens).fill(0);
  let repeats = 0;
  const paintedTerms = Array.from({ length: screens }, () => new Set<string>());
  for (const m of [...painted].sort((a, b) => a.top - b.top)) {
    const s = screenOf(m);
    underlines[s]! += 1;
    if (paintedTerms[s]!.has(m.term)) repeats += 1;
    paintedTerms[s]!.add(m.term);
  }
  let present = 0;
  let reached = 0;
  const seen = Array.from({ length: screens }, () => new Set<string>());
  for (const m of all) seen[screenOf(m)]!.add(m.term);
  seen.forEach((terms, s) => {
    present += terms.size;
    for (const t of terms) if (paintedTerms[s]!.has(t)) reached += 1;
  });
  return {
    screens,
    perScreen: {
      mean: underlines.reduce((a, b) => a + b, 0) / screens,
      median: median(underlines),
      max: Math.max(...underlines),
    },
    repeatsPerScreen: repeats / screens,
    reach: present === 0 ? 1 : reached / present,
  };
}

/** Screen-weighted mean of several pages' scores. */
export function poolScores(scores: readonly DensityScore[]): DensityScore {
  const screens = scores.reduce((a, s) => a + s.screens, 0);
  const weighted = (f: (s: DensityScore) => number) =>
    screens === 0 ? 0 : scores.reduce((a, s) => a + f(s) * s.screens, 0) / screens;
  return {
    screens,
    perScreen: {
      mean: weighted((s) => s.perScreen.mean),
      median: median(scores.map((s) => s.perScreen.median)),
      max: Math.max(0, ...scores.map((s) => s.perScreen.max)),
    },
    repeatsPerScreen: weighted((s) => s.repeatsPerScreen),
    reach: weighted((s) => s.reach),
  };
}
