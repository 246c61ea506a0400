/**
 * Number expressions in tokens: digits (`238`, `5,000`, `23.37`, `300.000`),
 * words (`two`, `twenty-five`, `a dozen`), vague plurals (`dozens`,
 * `hundreds`), multipliers (`175 million`, `$198m`), ranges (`150-200`,
 * `between 150 and 200`), currencies, percentages and distances, with the
 * qualifier written before them (`more than`, `about`, `at least`, ...).
 */
import type { FigureQualifier } from '../types';
import {
  AGE_UNITS,
  CHANGE_VERBS,
  CURRENCY_PREFIXES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DISTANCE_WORDS,
  INCREMENT_AFTER,
  INCREMENT_BEFORE,
  MULTIPLIERS,
  QUALIFIERS,
  QUALIFIERS_AFTER,
  TENS,
  UNITS,
  VAGUE,
} from './number-words';
import { isAdjacent, type Token } from './tokens';

export interface NumberExpression {
  /** Token indices `[from, to]` inclusive, qualifier and unit included. */
  from: number;
  to: number;
  /** Index of the first token of the number itself (after qualifier and currency sign). */
  numberFrom: number;
  value: number;
  valueMax?: number;
  qualifier: FigureQualifier;
  /** `USD`, `EUR`, `KZT`, ... for money; `%` for percentages; `km` / `mi` for distances. */
  unit?: string;
  kind: 'count' | 'money' | 'percent' | 'distance';
  /** Written in words as an indefinite plural ("dozens", "hundreds"): a range by convention. */
  isVague: boolean;
  /** Written in digits, with no separator and no unit: could be a year. */
  isBareInteger: boolean;
  /** Counts on top of an earlier count ("13 more", "another 5"), not a total. */
  isIncrement: boolean;
}

interface Parsed {
  value: number;
  /** Last token index of the number. */
  end: number;
  isVague: boolean;
  valueMax?: number;
  isBareInteger: boolean;
  hasSeparator: boolean;
}

function parseDigits(tokens: Token[], i: number): Parsed | null {
  const t = tokens[i]!;
  const s = t.text;
  let value: number;
  let hasSeparator = false;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) {
    value = Number(s.replace(/,/gu, ''));
    hasSeparator = true;
  } else if (/^\d+(?:\.\d+)?$/u.test(s)) {
    // One dot and exactly three digits after it, with no multiplier following,
    // is a European thousands separator (`300.000`); otherwise a decimal.
    const next = tokens[i + 1];
    const multiplied = next !== undefined && MULTIPLIERS[next.lower] !== undefined;
    if (/^\d{1,3}\.\d{3}$/u.test(s) && !multiplied) {
      value = Number(s.replace('.', ''));
      hasSeparator = true;
    } else value = Number(s);
  } else if (/^\d{1,3}(?:\.\d{3})+$/u.test(s)) {
    value = Number(s.replace(/\./gu, ''));
    hasSeparator = true;
  } else return null;
  if (!Number.isFinite(value)) return null;
  return { value, end: i, isVague: false, isBareInteger: /^\d+$/u.test(s), hasSeparator };
}

function parseWords(tokens: Token[], i: number): Parsed | null {
  const t = tokens[i]!;
  // "tens of thousands", "hundreds of thousands": checked before the plain plural.
  if (
    (t.lower === 'tens' || t.lower === 'hundreds') &&
    tokens[i + 1]?.lower === 'of' &&
    tokens[i + 2]?.lower === 'thousands'
  ) {
    const [value, valueMax] = t.lower === 'tens' ? [20_000, 99_999] : [200_000, 999_999];
    return {
      value,
      valueMax,
      end: i + 2,
      isVague: true,
      isBareInteger: false,
      hasSeparator: false,
    };
  }
  const vague = VAGUE[t.lower];
  if (vague)
    return {
      value: vague[0],
      valueMax: vague[1],
      end: i,
      isVague: true,
      isBareInteger: false,
      hasSeparator: false,
    };
  let value: number | null = null;
  let end = i;
  if (t.lower === 'a' || t.lower === 'an') {
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'dozen')
      return { value: 12, end: i + 1, isVague: false, isBareInteger: false, hasSeparator: false };
    if (next === 'hundred' || next === 'thousand') value = 1;
    else return null;
  } else if (TENS[t.lower] !== undefined) {
    value = TENS[t.lower]!;
    // twenty-five / twenty five
    const unit = tokens[i + 1]?.text === '-' ? tokens[i + 2] : tokens[i + 1];
    if (unit && UNITS[unit.lower] !== undefined && UNITS[unit.lower]! < 10) {
      value += UNITS[unit.lower]!;
      end = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
    }
  } else if (UNITS[t.lower] !== undefined) value = UNITS[t.lower]!;
  if (value === null) return null;
  const next = tokens[end + 1]?.lower;
  if (next === 'dozen')
    return {
      value: value * 12,
      end: end + 1,
      isVague: false,
      isBareInteger: false,
      hasSeparator: false,
    };
  if (next === 'hundred') {
    value *= 100;
    end += 1;
  }
  return { value, end, isVague: false, isBareInteger: false, hasSeparator: false };
}

function parseNumber(tokens: Token[], i: number): Parsed | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return parseDigits(tokens, i);
  if (t.kind === 'word') return parseWords(tokens, i);
  return null;
}

/** A multiplier word after the number (`million`, glued `m` / `bn` only after digits). */
function multiplierAfter(tokens: Token[], end: number): { factor: number; end: number } | null {
  const next = tokens[end + 1];
  if (!next || next.kind !== 'word') return null;
  const factor = MULTIPLIERS[next.lower];
  if (factor === undefined) return null;
  const short = next.lower.length <= 2;
  if (short && !isAdjacent(tokens[end], next)) return null;
  if (!short && next.lower === 'hundred' && tokens[end]?.kind !== 'num') return null;
  return { factor, end: end + 1 };
}

function qualifierBefore(
  tokens: Token[],
  i: number,
): { qualifier: FigureQualifier; from: number } | null {
  for (const [words, qualifier] of QUALIFIERS) {
    const from = i - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k]!.lower === w)) return { qualifier, from };
  }
  return null;
}

const CAPITALISED = /^\p{Lu}/u;
const DASHES = new Set(['-', '\u2013']);

/**
 * Digits that are part of a name or a label, not a count: glued to a word (G7,
 * Khabar-24, COVID-19, mid-2021, Chandrayaan-3), written after a capitalised
 * word inside a sentence (Route 66, Section 12, Fortune 500, Windows 7.11,
 * Euro 2020), after "No." or "#", or the second half of a score ("2-1").
 */
function isLabelOrName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.kind !== 'num' || !prev) return false;
  if (isAdjacent(prev, t)) {
    if (prev.kind === 'word') return !CURRENCY_PREFIXES[prev.lower];
    const before = tokens[i - 2];
    if (DASHES.has(prev.text) && before && isAdjacent(before, prev))
      return before.kind === 'word' || before.kind === 'num';
  }
  if (prev.text === '#') return true;
  if (prev.text === '.' && tokens[i - 2]?.lower === 'no') return true;
  const isLabelWord =
    prev.kind === 'word' &&
    i >= 2 &&
    CAPITALISED.test(prev.text) &&
    !CURRENCY_PREFIXES[prev.lower] &&
    QUALIFIERS.every(([words]) => words[words.length - 1] !== prev.lower);
  return isLabelWord && /^\d+(?:\.\d+)?$/u.test(t.text);
}

/** A score or result, "2-1", "Netherlands 1 England 2": small integers joined by a dash, the second not larger. */
function isScore(tokens: Token[], i: number, end: number): boolean {
  const dash = tokens[end + 1];
  const second = tokens[end + 2];
  if (!dash || !second || !DASHES.has(dash.text) || second.kind !== 'num') return false;
  if (!isAdjacent(tokens[end], dash) || !isAdjacent(dash, second)) return false;
  const a = Number(tokens[i]!.text);
  const b = Number(second.text);
  return /^\d{1,2}$/u.test(tokens[i]!.text) && /^\d{1,2}$/u.test(second.text) && b <= a;
}

/** "29-year-old", "three-day summit", "16 years old", "aged 18": an age or a modifier, not a count. */
function isAgeOrModifier(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end + 1];
  const unit = tokens[end + 2]?.lower.replace(/s$/u, '') ?? '';
  if (next && DASHES.has(next.text) && AGE_UNITS.has(unit)) return true;
  if (/^years?$/u.test(next?.lower ?? '') && tokens[end + 2]?.lower === 'old') return true;
  const before = tokens[i - 1]?.lower ?? '';
  return before === 'aged' || before === 'age';
}

function isIncrementBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1]?.lower ?? '';
  if (INCREMENT_BEFORE.has(prev)) return true;
  return prev === 'by' && CHANGE_VERBS.has(tokens[from - 2]?.lower ?? '');
}

interface Draft {
  from: number;
  end: number;
  value: number;
  valueMax?: number;
  qualifier: FigureQualifier;
  unit?: string;
  kind: NumberExpression['kind'];
  multiplied: boolean;
}

/** A currency sign or code before the number: `$175`, `US$ 5`, `Rs 615`, `Dh273.63`. */
function currencyBefore(tokens: Token[], i: number): { unit: string; from: number } | null {
  const sign = tokens[i - 1];
  if (!sign) return null;
  const bySign = CURRENCY_SIGNS[sign.text];
  if (bySign) {
    const us = tokens[i - 2]?.text === 'US' && isAdjacent(tokens[i - 2], sign);
    return { unit: bySign, from: us ? i - 2 : i - 1 };
  }
  const byCode = sign.kind === 'word' ? CURRENCY_PREFIXES[sign.lower] : undefined;
  if (byCode && CAPITALISED.test(sign.text)) return { unit: byCode, from: i - 1 };
  // "Rs. 615"
  if (sign.text === '.' && tokens[i - 2] && CURRENCY_PREFIXES[tokens[i - 2]!.lower])
    return { unit: CURRENCY_PREFIXES[tokens[i - 2]!.lower]!, from: i - 2 };
  return null;
}

/** A unit word or sign after the number: `%`, `per cent`, `euros`, `km`. */
function unitAfter(tokens: Token[], end: number): Pick<Draft, 'unit' | 'kind' | 'end'> | null {
  const after = tokens[end + 1];
  if (!after) return null;
  if (after.text === '%' || after.lower === 'percent' || after.lower === 'pct')
    return { unit: '%', kind: 'percent', end: end + 1 };
  if (after.lower === 'per' && tokens[end + 2]?.lower === 'cent')
    return { unit: '%', kind: 'percent', end: end + 2 };
  // "1 Euro 2024": a capitalised currency word followed by a year is a name.
  if (
    CURRENCY_WORDS[after.lower] &&
    (after.lower.length > 3 || after.text === after.text.toUpperCase()) &&
    !(CAPITALISED.test(after.text) && tokens[end + 2]?.kind === 'num')
  )
    return { unit: CURRENCY_WORDS[after.lower], kind: 'money', end: end + 1 };
  if (DISTANCE_WORDS[after.lower])
    return { unit: DISTANCE_WORDS[after.lower], kind: 'distance', end: end + 1 };
  return null;
}

/** The number with its multiplier: `175 million`, `$198m`, `Rs 615 crore`. */
function numberWithMultiplier(tokens: Token[], i: number) {
  const parsed = parseNumber(tokens, i);
  if (!parsed) return null;
  const mult = multiplierAfter(tokens, parsed.end);
  return {
    parsed,
    value: parsed.value * (mult?.factor ?? 1),
    valueMax: parsed.valueMax !== undefined ? parsed.valueMax * (mult?.factor ?? 1) : undefined,
    end: mult?.end ?? parsed.end,
    factor: mult?.factor,
  };
}

/**
 * The upper end of a range after the first number: "150-200", "150 to 200",
 * "between 150 and 200", "10% to 20%", "$540 million to $1.08 billion".
 */
function rangeAfter(
  tokens: Token[],
  first: { i: number; end: number; value: number; factor?: number; unit?: string },
): { valueMax: number; end: number; value: number } | null {
  let sepAt = first.end + 1;
  if (first.unit === '%' && tokens[sepAt]?.text === '%') sepAt++;
  const sep = tokens[sepAt];
  const between = tokens[first.i - 1]?.lower === 'between';
  if (!sep || !(DASHES.has(sep.text) || sep.lower === 'to' || (between && sep.lower === 'and')))
    return null;
  let at = sepAt + 1;
  if (tokens[at] && CURRENCY_SIGNS[tokens[at]!.text] && first.unit !== '%') at++;
  if (tokens[at]?.kind !== tokens[first.i]!.kind) return null;
  const second = numberWithMultiplier(tokens, at);
  if (!second || second.parsed.isVague) return null;
  // "150 to 200 million": the multiplier covers both.
  const value = first.factor || !second.factor ? first.value : first.value * second.factor;
  if (second.value <= value) return null;
  let end = second.end;
  if (first.unit === '%' && tokens[end + 1]?.text === '%') end++;
  return { valueMax: second.value, end, value };
}

/**
 * The number expression starting at token `i`, or null when there is none.
 *
 * @example parseNumberAt(tokenize('more than 160 people'), 2) // { value: 160, qualifier: 'more-than', ... }
 */
export function parseNumberAt(tokens: Token[], i: number): NumberExpression | null {
  if (!tokens[i] || isLabelOrName(tokens, i)) return null;
  const first = numberWithMultiplier(tokens, i);
  if (!first) return null;
  const { parsed } = first;
  const t = tokens[i];
  // Ordinals (30th, 1st) and glued suffixes that are not units are not counts.
  const glued = tokens[parsed.end + 1];
  if (
    t.kind === 'num' &&
    glued &&
    isAdjacent(tokens[parsed.end], glued) &&
    /^(?:st|nd|rd|th|s)$/u.test(glued.lower)
  )
    return null;
  if (t.kind === 'num' && isScore(tokens, i, parsed.end)) return null;
  if (isAgeOrModifier(tokens, i, first.end)) return null;

  let { value, end } = first;
  let valueMax = first.valueMax;
  let from = i;
  let qualifier: FigureQualifier = parsed.isVague ? 'range' : 'exact';
  const currency = currencyBefore(tokens, i);
  const unitWord = currency ? null : unitAfter(tokens, end);
  const range = parsed.isVague
    ? null
    : rangeAfter(tokens, { i, end, value, factor: first.factor, unit: unitWord?.unit });
  if (range) {
    ({ value, valueMax, end } = range);
    qualifier = 'range';
    if (['between', 'from'].includes(tokens[i - 1]?.lower ?? '')) from = i - 1;
  }
  let unit = currency?.unit;
  let kind: NumberExpression['kind'] = currency ? 'money' : 'count';
  if (currency && from === i) from = currency.from;
  const after = range ? unitAfter(tokens, end) : unitWord;
  if (after && !currency && !(range && unitWord?.unit === '%')) {
    ({ unit, kind } = after);
    end = after.end;
  } else if (range && unitWord?.unit === '%') {
    unit = '%';
    kind = 'percent';
  }

  const q = qualifierBefore(tokens, from);
  if (q && qualifier !== 'range') {
    qualifier = q.qualifier;
    from = q.from;
  }
  const qAfter = QUALIFIERS_AFTER.find(([words]) =>
    words.every((w, k) => tokens[end + 1 + k]?.lower === w),
  );
  if (qAfter && qualifier === 'exact') {
    qualifier = qAfter[1];
    end += qAfter[0].length;
  }
  let isIncrement = isIncrementBefore(tokens, from);
  if (INCREMENT_BEFORE.has(tokens[from - 1]?.lower ?? '')) from -= 1;
  if (kind === 'count' && INCREMENT_AFTER.has(tokens[end + 1]?.lower ?? '')) {
    isIncrement = true;
    end += 1;
  }
  return {
    from,
    to: end,
    numberFrom: i,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    qualifier,
    ...(unit !== undefined ? { unit } : {}),
    kind,
    isVague: parsed.isVague,
    isBareInteger:
      parsed.isBareInteger &&
      !parsed.hasSeparator &&
      first.factor === undefined &&
      kind === 'count',
    isIncrement,
  };
}
