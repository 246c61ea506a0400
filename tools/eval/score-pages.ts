/**
 * Scores what the extension highlighted on a page against the page's hand
 * labels (eval/pages/labels.json). Pure: the browser run hands in texts.
 *
 * The labels give, per page, each surface that should be highlighted and how
 * often (no positions), so highlights are matched to labels by text:
 *
 * 1. **exact**: the highlight's text equals a required surface that still has
 *    occurrences left (its `count`); it uses one up. Texts are compared after
 *    `sameText` (whitespace runs collapsed, outer whitespace and a trailing '.'
 *    trimmed: `U.S` = `U.S.`); case and diacritics must agree, since the
 *    matcher's case rules are part of what is measured.
 * 2. a highlight equal to an **optional** surface is neutral, however often.
 * 3. **partial**: a highlight lying inside a required surface that has
 *    occurrences left, on word boundaries (`Tokayev` in `Kassym-Jomart Tokayev`),
 *    or containing one (`Kassym-Jomart Tokayev's Office` around
 *    `Kassym-Jomart Tokayev`): the name was found, with the wrong extent. It
 *    counts as correct and uses one occurrence up (a name highlighted in two
 *    pieces earns one, the other piece is a false positive). Partials are
 *    reported apart so a change of extent shows. Exact matches are assigned
 *    first, so a partial never takes an occurrence an exact highlight needed.
 * 4. a highlight inside or around an optional surface is neutral.
 * 5. anything else is a **false positive**.
 *
 * Misses are the required occurrences left over. Precision counts every
 * highlight that is not neutral; recall counts the required occurrences.
 * When a highlight's term is known, a match to a label of another term is
 * still correct by text but listed under `wrongTerms`.
 */

export interface LabelledMention {
  /** The exact surface on the page. */
  text: string;
  /** The dictionary's canonical name for it. */
  term: string;
  count: number;
}

export interface PageLabels {
  mentions: LabelledMention[];
  /** Borderline mentions: neither rewarded nor penalised. */
  optional: LabelledMention[];
}

export interface HighlightedSpan {
  text: string;
  /** Canonical name of the term the extension matched, when known. */
  term?: string | null;
  /** Where it is, for reports (e.g. `p3:120`). */
  where?: string;
}

export type Verdict = 'exact' | 'partial' | 'optional' | 'wrong';

export interface JudgedSpan extends HighlightedSpan {
  verdict: Verdict;
  /** The label it was matched to (none for `wrong`). */
  label?: LabelledMention;
}

export interface Miss {
  text: string;
  term: string;
  /** Occurrences not highlighted. */
  count: number;
}

export interface PageScore {
  /** Highlights matched to a required label (exact + partial). */
  correct: number;
  partial: number;
  neutral: number;
  falsePositives: JudgedSpan[];
  /** Sum of the required labels' counts. */
  required: number;
  misses: Miss[];
  /** Correct by text, but the extension matched another term. */
  wrongTerms: JudgedSpan[];
  judged: JudgedSpan[];
  /** correct / (correct + false positives); null with no scored highlight. */
  precision: number | null;
  /** correct / required; null when nothing is required (off-topic pages). */
  recall: number | null;
}

/**
 * Compares a highlight and a surface as the rule above says.
 * @example sameText('U.S', 'U.S. ') // true
 */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/\.$/u, '').trimEnd();
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * True when `inner` occurs in `outer` on word boundaries and is shorter.
 * @example isWithinWords('Tokayev', 'Kassym-Jomart Tokayev') // true
 * @example isWithinWords('Kazakh', 'Kazakhstan') // false
 */
export function isWithinWords(inner: string, outer: string): boolean {
  const i = comparable(inner);
  const o = comparable(outer);
  if (i.length === 0 || i.length >= o.length) return false;
  for (let at = o.indexOf(i); at >= 0; at = o.indexOf(i, at + 1)) {
    const before = o[at - 1];
    const after = o[at + i.length];
    if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

const overlapsInWords = (a: string, b: string) => isWithinWords(a, b) || isWithinWords(b, a);

/** Scores one page. See the module comment for the rule. */
export function scorePage(labels: PageLabels, highlights: readonly HighlightedSpan[]): PageScore {
  const left = new Map<LabelledMention, number>(labels.mentions.map((m) => [m, m.count]));
  const judged: Array<JudgedSpan | undefined> = highlights.map(() => undefined);

  // The label to use up for a span: one with occurrences left, preferring the span's own term.
  const take = (span: HighlightedSpan, fits: (m: LabelledMention) => boolean) => {
    const open = labels.mentions.filter((m) => (left.get(m) ?? 0) > 0 && fits(m));
    const label = open.find((m) => span.term != null && m.term === span.term) ?? open[0];
    if (label) left.set(label, left.get(label)! - 1);
    return label;
  };
  const pass = (verdict: Verdict, fits: (span: HighlightedSpan, m: LabelledMention) => boolean) => {
    highlights.forEach((span, i) => {
      if (judged[i]) return;
      const label =
        verdict === 'optional'
          ? labels.optional.find((m) => fits(span, m))
          : take(span, (m) => fits(span, m));
      if (label) judged[i] = { ...span, verdict, label };
    });
  };
  pass('exact', (s, m) => sameText(s.text, m.text));
  pass('optional', (s, m) => sameText(s.text, m.text));
  pass('partial', (s, m) => overlapsInWords(s.text, m.text));
  pass('optional', (s, m) => overlapsInWords(s.text, m.text));
  const all = judged.map((j, i): JudgedSpan => j ?? { ...highlights[i]!, verdict: 'wrong' });

  const correct = all.filter((j) => j.verdict === 'exact' || j.verdict === 'partial');
  const falsePositives = all.filter((j) => j.verdict === 'wrong');
  const required = labels.mentions.reduce((n, m) => n + m.count, 0);
  return {
    correct: correct.length,
    partial: correct.filter((j) => j.verdict === 'partial').length,
    neutral: all.filter((j) => j.verdict === 'optional').length,
    falsePositives,
    required,
    misses: labels.mentions
      .filter((m) => (left.get(m) ?? 0) > 0)
      .map((m) => ({ text: m.text, term: m.term, count: left.get(m)! })),
    wrongTerms: correct.filter((j) => j.term != null && j.term !== j.label!.term),
    judged: all,
    precision: ratio(correct.length, correct.length + falsePositives.length),
    recall: ratio(correct.length, required),
  };
}

export interface ScoredPage extends PageScore {
  id: string;
  topic: 'on' | 'off';
}

export interface TotalScore {
  pages: number;
  correct: number;
  partial: number;
  falsePositives: number;
  required: number;
  /** Micro-averaged: every highlight and every labelled occurrence of every page counts once. */
  precision: number | null;
  recall: number | null;
  wrongTerms: number;
  offTopic: { pages: number; highlights: number; pagesWithHighlights: number; texts: string[] };
}

/** Sums pages (off-topic pages included: their highlights are false positives). */
export function totalScore(pages: readonly ScoredPage[]): TotalScore {
  const sum = (f: (p: ScoredPage) => number) => pages.reduce((n, p) => n + f(p), 0);
  const correct = sum((p) => p.correct);
  const falsePositives = sum((p) => p.falsePositives.length);
  const required = sum((p) => p.required);
  const off = pages.filter((p) => p.topic === 'off');
  const offSpans = off.flatMap((p) => p.judged);
  return {
    pages: pages.length,
    correct,
    partial: sum((p) => p.partial),
    falsePositives,
    required,
    precision: ratio(correct, correct + falsePositives),
    recall: ratio(correct, required),
    wrongTerms: sum((p) => p.wrongTerms.length),
    offTopic: {
      pages: off.length,
      highlights: offSpans.length,
      pagesWithHighlights: off.filter((p) => p.judged.length > 0).length,
      texts: offSpans.map((s) => s.text),
    },
  };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
