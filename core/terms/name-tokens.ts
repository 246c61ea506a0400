/**
 * Words of a passage as tokens with the separators and flags name finding needs (case, acronym,
 * sentence start, possessive). Its own module, apart from the candidate finder, because the
 * background merges keys with it (merge-keys.ts) and must not pull in the lexicon (the
 * compiler's 4 MB word list): tests/unit/shipped-imports.test.ts checks that.
 */
import { foldDiacritics } from '../text/normalize';

export interface Tok {
  raw: string;
  /** Folded, lower case. */
  key: string;
  start: number;
  end: number;
  /** Separator kind before this token: ' ', '-', '/', or null (a break). */
  sep: string | null;
  /** First token of a sentence, a quotation or a line. */
  sentenceStart: boolean;
  /** Written with `'s` after it. */
  possessive: boolean;
  isCap: boolean;
  isAcronym: boolean;
  isLower: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DOTTED = /^(?:\p{Lu}\.){2,}/u;

const APOSTROPHE = /[\u2019\u02bc\u2018]/gu;
const HAS_APOSTROPHE = /[\u2019\u02bc\u2018]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

export function fold(s: string): string {
  const lower = foldDiacritics(s).toLowerCase();
  return lower.length > 2 && HAS_APOSTROPHE.test(lower) ? lower.replace(APOSTROPHE, "'") : lower;
}

/** Case of the first letter; ASCII without a regex (this runs for every word of the corpus). */
function firstCase(raw: string): 'upper' | 'lower' | 'other' {
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'upper';
  if (c >= 97 && c <= 122) return 'lower';
  if (c < 128) return 'other';
  return UPPER_FIRST.test(raw) ? 'upper' : LOWER_FIRST.test(raw) ? 'lower' : 'other';
}

export function isAcronym(raw: string): boolean {
  if (raw.includes('.')) return true; // U.N., U.S. (built by the tokenizer)
  return raw.length >= 2 && raw.length <= 6 && /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}/u.test(raw);
}

/** Tokens with the separators and flags the run builder needs. */
export function tokenizeForNames(text: string): Tok[] {
  const raw: Array<{ raw: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    raw.push({ raw: m[0], start, end: start + m[0].length });
  }
  const out: Tok[] = [];
  let pendingStart = true;
  // End of the last consumed word, including a possessive `s`.
  let lastEnd = 0;
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    // Dotted acronyms: U.N., U.S., H.E.
    if (t.raw.length === 1 && firstCase(t.raw) === 'upper') {
      const m = DOTTED.exec(text.slice(t.start, t.start + 12));
      if (m) {
        const len = m[0].length;
        while (i + 1 < raw.length && raw[i + 1]!.end <= t.start + len) i++;
        t = { raw: m[0], start: t.start, end: t.start + len };
      }
    }
    // Xi’an, d’Etat: an apostrophe followed by more than a possessive s.
    let next = raw[i + 1];
    while (
      next &&
      next.start === t.end + 1 &&
      (text[t.end] === "'" || text[t.end] === '\u2019') &&
      next.raw !== 's' &&
      firstCase(next.raw) === 'lower'
    ) {
      t = { raw: text.slice(t.start, next.end), start: t.start, end: next.end };
      i++;
      next = raw[i + 1];
    }
    // O'Brien, D'Angelo, N'Golo: one capital letter, an apostrophe and a capitalised name.
    next = raw[i + 1];
    if (
      next &&
      t.raw.length === 1 &&
      firstCase(t.raw) === 'upper' &&
      next.start === t.end + 1 &&
      (text[t.end] === "'" || text[t.end] === '\u2019') &&
      firstCase(next.raw) === 'upper'
    ) {
      t = { raw: text.slice(t.start, next.end), start: t.start, end: next.end };
      i++;
    }
    const prev = out[out.length - 1];
    const gap = text.slice(prev ? lastEnd : 0, t.start);
    // A possessive s attaches to the previous token.
    if (prev && t.raw === 's' && /^['\u2019]$/u.test(gap)) {
      prev.possessive = true;
      lastEnd = t.end;
      continue;
    }
    let sep: string | null = null;
    if (gap === ' ' || gap === '\u00a0') sep = ' ';
    else if (gap === '-' || gap === '\u2010' || gap === '\u2011') sep = '-';
    else if (gap === '/') sep = '/';
    const sentenceStart =
      pendingStart ||
      !prev ||
      (sep === null && (/[.!?\n]["”’)\]]*\s*["“‘([]*$/u.test(gap) || /["“‘([]\s*$/u.test(gap)));
    pendingStart = false;
    lastEnd = t.end;
    const fc = firstCase(t.raw);
    const isAcr = fc === 'upper' && isAcronym(t.raw);
    out.push({
      raw: t.raw,
      key: fold(t.raw),
      start: t.start,
      end: t.end,
      sep: prev ? sep : null,
      sentenceStart,
      possessive: false,
      isCap: fc === 'upper',
      isAcronym: isAcr,
      isLower: fc === 'lower',
    });
  }
  return out;
}
