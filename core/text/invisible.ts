/**
 * Invisible format characters that typeset text puts inside words: a soft
 * hyphen at every hyphenation point (`Toka&shy;yev`), zero-width joiners and
 * non-joiners (shaping in Arabic, Persian and Indic scripts; pasted from
 * them), the word joiner and the zero-width no-break space (a byte-order mark
 * left at the start of a text, or gluing a hyphen to the next word). Unicode's
 * word boundaries (UAX #29, rule WB4) ignore them, as the browser's own word
 * selection does: `Toka&shy;yev` is one word.
 *
 * The zero-width space (U+200B) is not one of them: it marks a word break
 * (UAX #29, and between the words of Thai, Khmer or Lao text) and a line-break
 * opportunity inserted between words or after slashes and hyphens. Treating it
 * as nothing would glue such words together.
 */

/** The characters, as UTF-16 code units (all in the Basic Multilingual Plane). */
export const INVISIBLE_CODES: readonly number[] = [0x00ad, 0x200c, 0x200d, 0x2060, 0xfeff];

/** The characters as a regular-expression class body, for building patterns. */
export const INVISIBLE_CLASS = INVISIBLE_CODES.map(
  (c) => `\\u${c.toString(16).padStart(4, '0')}`,
).join('');

/** Every invisible format character (the `g` form, for `replace`). */
export const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');

/** Whether the UTF-16 code unit is one of the invisible format characters. */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Whether the text holds any invisible format character. */
export function hasInvisibles(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** A text without its invisible format characters, and where they were. */
export interface StrippedText {
  text: string;
  /** Offsets in the original text of the characters taken out, ascending. */
  removed: number[];
}

/**
 * Takes the invisible format characters out of a text.
 *
 * @example
 * const s = stripInvisibles('Toka\u00adyev');
 * s.text // 'Tokayev'
 * s.removed // [4]
 */
export function stripInvisibles(text: string): StrippedText {
  const removed: number[] = [];
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisibleCode(text.charCodeAt(i))) continue;
    removed.push(i);
    if (i > from) parts.push(text.slice(from, i));
    from = i + 1;
  }
  if (removed.length === 0) return { text, removed };
  parts.push(text.slice(from));
  return { text: parts.join(''), removed };
}

/**
 * Maps spans `[start, end)` of a stripped text back to the original text, in
 * place. Each span starts at its first visible character and ends after its
 * last one, so it covers the invisible characters inside it and never begins
 * or ends on one. `spans` must be sorted by start and not overlap (the
 * matcher's output), which makes this one pass over spans and removed offsets.
 *
 * @example
 * const s = stripInvisibles('\u00adToka\u00adyev'); // text 'Tokayev'
 * mapSpansToOriginal([{ start: 0, end: 7 }], s.removed) // [{ start: 1, end: 9 }]
 */
export function mapSpansToOriginal<T extends { start: number; end: number }>(
  spans: T[],
  removed: readonly number[],
): T[] {
  // A character at stripped offset s is at s + (removed characters before it) in the original;
  // the j-th removed character precedes every character at stripped offset >= removed[j] - j.
  let before = 0;
  const originalOf = (s: number) => {
    while (before < removed.length && removed[before]! - before <= s) before += 1;
    return s + before;
  };
  for (const span of spans) {
    span.start = originalOf(span.start);
    span.end = originalOf(span.end - 1) + 1;
  }
  return spans;
}
