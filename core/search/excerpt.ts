/**
 * Cuts a sentence or two around a mention out of a passage, and marks where
 * the mention is, as character ranges (rendered as text, never as HTML).
 */
import { foldDiacritics } from '../text/normalize';

const SENTENCE_END = /[.!?…]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** Splits text into sentences, keeping offsets. */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    out.push({ start, end });
    start = (m.index ?? 0) + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.trimEnd().length });
  return out.filter((s) => s.end > s.start);
}

/** Ranges where any of `needles` occurs in `text` (case- and diacritic-insensitive, whole words). */
export function findMentions(text: string, needles: string[]): Array<[number, number]> {
  const hay = foldDiacritics(text).toLowerCase();
  // Folding can change length only for rare characters; fall back to no marks then.
  if (hay.length !== text.length) return [];
  const ranges: Array<[number, number]> = [];
  for (const needle of needles) {
    const n = foldDiacritics(needle).toLowerCase();
    if (!n) continue;
    let from = 0;
    for (;;) {
      const i = hay.indexOf(n, from);
      if (i < 0) break;
      const before = hay[i - 1];
      const after = hay[i + n.length];
      if (!isWordChar(before) && !isWordChar(after)) ranges.push([i, i + n.length]);
      from = i + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

export const MAX_EXCERPT_CHARS = 360;

/**
 * The sentence with the first mention, plus the next one if short enough.
 * `needles` are words to find (case-insensitive, for search queries), or the
 * mentions already found as `[start, end)` ranges (a name, by the page's matcher).
 *
 * @example excerptAround('A. Tokayev spoke. B.', ['Tokayev']).text // 'Tokayev spoke.' (with its sentence)
 */
export function excerptAround(
  passage: string,
  needles: string[] | { mentions: Array<[number, number]> },
): { text: string; marks: Array<[number, number]> } {
  const mentions = Array.isArray(needles) ? findMentions(passage, needles) : needles.mentions;
  const sentences = splitSentences(passage);
  const first = mentions[0];
  let startIdx = 0;
  if (first)
    startIdx = Math.max(
      0,
      sentences.findIndex((s) => first[0] >= s.start && first[0] < s.end),
    );
  const s0 = sentences[startIdx];
  if (!s0) return { text: passage.slice(0, MAX_EXCERPT_CHARS), marks: mentions };
  let end = s0.end;
  const next = sentences[startIdx + 1];
  if (next && next.end - s0.start <= MAX_EXCERPT_CHARS) end = next.end;
  let start = s0.start;
  let text = passage.slice(start, end);
  if (text.length > MAX_EXCERPT_CHARS) {
    // One very long sentence: centre a window on the mention.
    const centre = first ? first[0] : start;
    start = Math.max(s0.start, centre - MAX_EXCERPT_CHARS / 3);
    start = passage.lastIndexOf(' ', start) + 1 || start;
    end = Math.min(end, start + MAX_EXCERPT_CHARS);
    text = (start > s0.start ? '… ' : '') + passage.slice(start, end) + (end < s0.end ? ' …' : '');
    const shift = start > s0.start ? 2 : 0;
    return {
      text,
      marks: mentions
        .filter(([a, b]) => a >= start && b <= end)
        .map(([a, b]) => [a - start + shift, b - start + shift]),
    };
  }
  return {
    text,
    marks: mentions
      .filter(([a, b]) => a >= start && b <= end)
      .map(([a, b]) => [a - start, b - start]),
  };
}
