/**
 * Number expressions in tokens: digits (`238`, `5,000`, `23.37`, `300.000`),
 * words (`two`, `twenty-five`, `a dozen`), vague plurals (`dozens`,
 * `hundreds`), multipliers (`175 million`, `$198m`), ranges (`150-200`,
 * `between 150 and 200`), currencies, percentages and distances, with the
 * qualifier written before them (`more than`, `about`, `at least`, ...).
 */
import type { FigureQualifier } from '../types';
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
}

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
};
/**
 * Indefinite plurals. Convention (documented in the README of this folder):
 * "dozens" = 24-99, "hundreds" = 200-999, "thousands" = 2,000-9,999 and so on:
 * at least two of the unit, fewer than the next one. Shown, never used to
 * flag a disagreement (see group-figures.ts).
 */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 999e6],
};
const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₸': 'KZT',
  '₽': 'RUB',
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
  tenge: 'KZT',
  kzt: 'KZT',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rub: 'RUB',
  yuan: 'CNY',
  cny: 'CNY',
};
const DISTANCE_WORDS: Record<string, string> = {
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'mi',
  mile: 'mi',
};

/** Qualifier phrases, longest first, as they appear right before the number. */
const QUALIFIERS: Array<[string[], FigureQualifier]> = [
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['in', 'excess', 'of'], 'more-than'],
  [['as', 'many', 'as'], 'up-to'],
  [['more', 'than'], 'more-than'],
  [['at', 'least'], 'at-least'],
  [['up', 'to'], 'up-to'],
  [['fewer', 'than'], 'less-than'],
  [['less', 'than'], 'less-than'],
  [['at', 'most'], 'up-to'],
  [['close', 'to'], 'about'],
  [['over'], 'more-than'],
  [['above'], 'more-than'],
  [['exceeding'], 'more-than'],
  [['under'], 'less-than'],
  [['below'], 'less-than'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
];

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

/**
 * The number expression starting at token `i`, or null when there is none.
 *
 * @example parseNumberAt(tokenize('more than 160 people'), 2) // { value: 160, qualifier: 'more-than', ... }
 */
export function parseNumberAt(tokens: Token[], i: number): NumberExpression | null {
  const t = tokens[i];
  if (!t) return null;
  // Digits glued to a word are part of a name: G7, Khabar-24, COVID-19, mid-2021.
  const prev = tokens[i - 1];
  if (t.kind === 'num' && prev && isAdjacent(prev, t)) {
    if (prev.kind === 'word') return null;
    if (
      (prev.text === '-' || prev.text === '\u2013') &&
      tokens[i - 2]?.kind === 'word' &&
      isAdjacent(tokens[i - 2], prev)
    )
      return null;
  }
  const parsed = parseNumber(tokens, i);
  if (!parsed) return null;
  // Ordinals (30th, 1st) and glued suffixes that are not units are not counts.
  const glued = tokens[parsed.end + 1];
  if (
    t.kind === 'num' &&
    glued &&
    isAdjacent(tokens[parsed.end], glued) &&
    /^(?:st|nd|rd|th|s)$/u.test(glued.lower)
  )
    return null;

  let value = parsed.value;
  let valueMax = parsed.valueMax;
  let end = parsed.end;
  let numberFrom = i;
  let from = i;
  let qualifier: FigureQualifier = parsed.isVague ? 'range' : 'exact';
  let unit: string | undefined;
  let kind: NumberExpression['kind'] = 'count';

  const mult = multiplierAfter(tokens, end);
  if (mult) {
    value *= mult.factor;
    if (valueMax !== undefined) valueMax *= mult.factor;
    end = mult.end;
  }

  // Ranges: 150-200, 150 to 200, between 150 and 200, from 150 to 200.
  const sep = tokens[end + 1];
  const between = tokens[i - 1]?.lower === 'between';
  if (
    !parsed.isVague &&
    sep &&
    (sep.text === '-' ||
      sep.text === '\u2013' ||
      sep.lower === 'to' ||
      (between && sep.lower === 'and'))
  ) {
    const second = parseNumber(tokens, end + 2);
    if (second && !second.isVague && tokens[end + 2]?.kind === t.kind) {
      let max = second.value;
      let secondEnd = second.end;
      const mult2 = multiplierAfter(tokens, secondEnd);
      if (mult2) {
        max *= mult2.factor;
        secondEnd = mult2.end;
        if (!mult) value *= mult2.factor; // "150 to 200 million": the multiplier covers both
      }
      if (max > value) {
        valueMax = max;
        end = secondEnd;
        qualifier = 'range';
        if (between) from = i - 1;
        if (tokens[i - 1]?.lower === 'from') from = i - 1;
      }
    }
  }

  // Currency sign before (`$175 million`, `US$ 5`), or a unit word after.
  const sign = tokens[i - 1];
  if (sign && CURRENCY_SIGNS[sign.text] && from === i) {
    unit = CURRENCY_SIGNS[sign.text];
    kind = 'money';
    from = i - 1;
    numberFrom = i;
    if (tokens[i - 2]?.text === 'US' && isAdjacent(tokens[i - 2], sign)) from = i - 2;
  }
  const after = tokens[end + 1];
  if (after && kind === 'count') {
    if (after.text === '%' || after.lower === 'percent' || after.lower === 'pct') {
      unit = '%';
      kind = 'percent';
      end += 1;
    } else if (after.lower === 'per' && tokens[end + 2]?.lower === 'cent') {
      unit = '%';
      kind = 'percent';
      end += 2;
    } else if (
      CURRENCY_WORDS[after.lower] &&
      (after.lower.length > 3 || after.text === after.text.toUpperCase())
    ) {
      unit = CURRENCY_WORDS[after.lower];
      kind = 'money';
      end += 1;
    } else if (DISTANCE_WORDS[after.lower]) {
      unit = DISTANCE_WORDS[after.lower];
      kind = 'distance';
      end += 1;
    }
  }

  const q = qualifierBefore(tokens, from);
  if (q && qualifier !== 'range') {
    qualifier = q.qualifier;
    from = q.from;
  }
  return {
    from,
    to: end,
    numberFrom,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    qualifier,
    ...(unit !== undefined ? { unit } : {}),
    kind,
    isVague: parsed.isVague,
    isBareInteger: parsed.isBareInteger && !parsed.hasSeparator && !mult && kind === 'count',
  };
}
