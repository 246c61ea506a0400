/**
 * Display formatting for the card and the popup: dates as the sources state
 * them (whatever precision), figure values with their qualifier, kind and
 * measure labels. Pure and locale-independent, so a test's output is the
 * reader's output in every browser.
 */
import type { FigureQualifier, TermKind } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  year: number;
  /** 1-12 when stated. */
  month?: number;
  /** 1-31 when stated. */
  day?: number;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else. */
export function parseIsoDate(iso: string | null | undefined): ParsedDate | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/**
 * A date at the precision the source gives it.
 *
 * @example formatDate('2022-01-09') // '9 Jan 2022'
 * @example formatDate('2022-01') // 'Jan 2022'
 */
export function formatDate(iso: string | null | undefined): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (d.month === undefined) return String(d.year);
  const month = MONTHS[d.month - 1]!;
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/**
 * Time in ms at the middle of the stated period (a year-only date sits mid-year),
 * for placing a date on a timeline; null when there is no usable date.
 */
export function dateMidpoint(iso: string | null | undefined): number | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (d.month === undefined) return (Date.UTC(d.year, 0, 1) + Date.UTC(d.year + 1, 0, 1)) / 2;
  if (d.day === undefined)
    return (Date.UTC(d.year, d.month - 1, 1) + Date.UTC(d.year, d.month, 1)) / 2;
  return Date.UTC(d.year, d.month - 1, d.day, 12);
}

/** What an article's date line says: its date, or that it states none (and what it mentions up to, if known). */
export function describeArticleDate(article: {
  date: string | null;
  mentionsUntil?: string | null;
}): { text: string; isDated: boolean } {
  const date = formatDate(article.date);
  if (date) return { text: date, isDated: true };
  const until = formatDate(article.mentionsUntil);
  return {
    text: until ? `undated; mentions events up to ${until}` : 'date not stated',
    isDated: false,
  };
}

/** `3600` -> `3,600`; keeps up to two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [int, frac] = Math.abs(value)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

const QUALIFIER_WORDS: Record<Exclude<FigureQualifier, 'exact' | 'range'>, string> = {
  about: 'about',
  'more-than': 'more than',
  'less-than': 'fewer than',
  'at-least': 'at least',
  'up-to': 'up to',
};

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

function withUnit(amount: string, unit: string | undefined): string {
  if (!unit) return amount;
  if (unit === '%' || unit === 'percent') return `${amount}%`;
  const symbol = CURRENCY_SYMBOLS[unit.toUpperCase()];
  if (symbol) return `${symbol}${amount}`;
  return `${amount} ${unit}`;
}

/**
 * A figure as a reader would say it, qualifier first.
 *
 * @example formatFigure({ value: 160, qualifier: 'more-than' }) // 'more than 160'
 * @example formatFigure({ value: 100, valueMax: 200, qualifier: 'range' }) // '100–200'
 */
export function formatFigure(figure: {
  value: number;
  valueMax?: number;
  qualifier: FigureQualifier;
  unit?: string;
}): string {
  const { value, valueMax, qualifier, unit } = figure;
  if (qualifier === 'range' && valueMax !== undefined)
    return withUnit(`${formatNumber(value)}–${formatNumber(valueMax)}`, unit);
  const amount = withUnit(formatNumber(value), unit);
  if (qualifier === 'exact' || qualifier === 'range') return amount;
  // Money and percentages are amounts, not counts: "less than", not "fewer than".
  const word =
    qualifier === 'less-than' && unit !== undefined ? 'less than' : QUALIFIER_WORDS[qualifier];
  return `${word} ${amount}`;
}

const MEASURE_LABELS: Record<string, string> = {
  killed: 'People killed',
  dead: 'People killed',
  deaths: 'People killed',
  injured: 'People injured',
  wounded: 'People injured',
  arrested: 'People arrested',
  detained: 'People detained',
  amnestied: 'People amnestied',
  'criminal-cases': 'Criminal cases',
  money: 'Sums of money',
  percent: 'Percentages',
  distance: 'Distances',
  date: 'Dates',
};

/** Human label for a normalised measure name; unknown measures are de-slugged. */
export function measureLabel(measure: string): string {
  const known = MEASURE_LABELS[measure];
  if (known) return known;
  const words = measure.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Figures';
}

export const KIND_LABELS: Record<TermKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  event: 'Event',
  concept: 'Concept',
};

/** `1 passage`, `3 passages`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
