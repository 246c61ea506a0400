/**
 * Tokens and sentence spans for figure extraction. Offsets are UTF-16 indices
 * into the text given, so every quote can be sliced back out of its passage.
 */

export interface Token {
  text: string;
  /** Lowercase, typographic apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'sym';
}

// Digit groups keep their separators (`5,000`, `23.37`, `21.11.2022`); words keep
// an inner apostrophe (`Kazakhstan’s`); anything else is one symbol.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const kind = /^\d/u.test(raw) ? 'num' : /^[\p{L}\p{M}]/u.test(raw) ? 'word' : 'sym';
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/\u2019/gu, "'"),
      start,
      end: start + raw.length,
      kind,
    });
  }
  return tokens;
}

/** True when `b` follows `a` with no space between them. */
export function isAdjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen col lt no vs inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e h.e u.n u.s u.k'.split(
    ' ',
  ),
);

/**
 * Sentence spans `[start, end)` of a passage. Conservative: a missed boundary
 * only widens the context a figure's terms are taken from.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Starts only at a run's first mark: retried from every mark, a run of n marks cost n^2
  // (#16; the same fix as core/sources/sentences.ts). Where the first mark cannot start a
  // boundary, no later mark of its run can.
  const boundary = /(?<![.!?])[.!?]+[\u201d"\u2019')\]]*(?=\s+[\u201c"\u2018'([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    // "U.N." and "Jan. 7" end in a period without ending the sentence; so do initials.
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const end = m.index + m[0].length;
    spans.push([start, end]);
    start = end;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
