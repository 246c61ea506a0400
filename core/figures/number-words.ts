/**
 * The words numbers are written with: number words, multipliers, vague
 * plurals, currencies, units and the qualifiers written before a number.
 */
import type { FigureQualifier } from '../types';

export const UNITS: Record<string, number> = {
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
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
  // South Asian sources write large sums in crore (10 million) and lakh (100,000).
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
};
/**
 * Indefinite plurals. Convention (documented in the README of this folder):
 * "dozens" = 24-99, "hundreds" = 200-999, "thousands" = 2,000-9,999 and so on:
 * at least two of the unit, fewer than the next one. Shown, never used to
 * flag a disagreement (see group-figures.ts).
 */
export const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 999e6],
};
export const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₸': 'KZT',
  '₽': 'RUB',
};
export const CURRENCY_WORDS: Record<string, string> = {
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
/** Currency codes and abbreviations written before the number, spaced or glued: `Rs 615 crore`, `Dh273.63 million`, `KSh 2.7 billion`. */
export const CURRENCY_PREFIXES: Record<string, string> = {
  rs: 'INR',
  inr: 'INR',
  dh: 'AED',
  aed: 'AED',
  ksh: 'KES',
  kes: 'KES',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
};
export const DISTANCE_WORDS: Record<string, string> = {
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'mi',
  mile: 'mi',
};

/** Qualifier phrases, longest first, as they appear right before the number. */
export const QUALIFIERS: Array<[string[], FigureQualifier]> = [
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['no', 'more', 'than'], 'up-to'],
  [['upwards', 'of'], 'more-than'],
  [['an', 'estimated'], 'about'],
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
  [['estimated'], 'about'],
];

/** Qualifiers written after the number: "10,000 or more people", "50 or so". */
export const QUALIFIERS_AFTER: Array<[string[], FigureQualifier]> = [
  [['or', 'more'], 'at-least'],
  [['or', 'so'], 'about'],
];

/**
 * Words that make a number an increment on an earlier count, not a total:
 * before it ("another 5 died", "an additional 200", "a further 30") or right
 * after it ("13 more bodies", "5 new cases", "Tens of thousands more").
 */
export const INCREMENT_BEFORE = new Set(['another', 'additional', 'further']);
export const INCREMENT_AFTER = new Set(['more', 'additional', 'new', 'further', 'extra']);
/** "the toll rose by 13": a change, not the toll. */
export const CHANGE_VERBS = new Set([
  'rose',
  'risen',
  'rising',
  'increased',
  'climbed',
  'jumped',
  'grew',
  'up',
]);

/** Time units that make "29-year-old", "three-day summit" a modifier, not a count. */
export const AGE_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);
