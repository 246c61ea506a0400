/**
 * Display formatting for the card and the popup: dates as the sources state
 * them (whatever precision), figure values with their qualifier, kind and
 * measure labels. Pure and locale-independent, so a test's output is the
 * reader's output in every browser.
 */
import type { CuratedArticleField, FigureQualifier } from '../types';

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

/** Said where a source names no publisher, so the gap reads as a fact, not a glitch (#12). */
export const PUBLISHER_NOT_STATED = 'publisher not stated';

/**
 * What an article's publisher line says: the publisher, or that the source names none.
 *
 * @example describePublisher({ publisher: null }) // { text: 'publisher not stated', isStated: false }
 */
export function describePublisher(article: { publisher: string | null }): {
  text: string;
  isStated: boolean;
} {
  const publisher = article.publisher?.trim();
  return publisher
    ? { text: publisher, isStated: true }
    : { text: PUBLISHER_NOT_STATED, isStated: false };
}

const FIELD_NAMES: Record<CuratedArticleField, string> = {
  title: 'Title',
  publisher: 'Publisher',
  author: 'Author',
  date: 'Date',
  url: 'Address',
};

/**
 * The note a view shows on a value the curator set in `data/terms.json` rather
 * than read from the source, or null when the source states it.
 *
 * @example curatedNote({ curatedFields: ['date'] }, 'date') // 'Date set by the curator, not read from the source'
 */
export function curatedNote(
  article: { curatedFields?: readonly CuratedArticleField[] },
  field: CuratedArticleField,
): string | null {
  return article.curatedFields?.includes(field)
    ? `${FIELD_NAMES[field]} set by the curator, not read from the source`
    : null;
}

/** `3600` -> `3,600`; keeps up to two decimals. Millions and billions in words: `1.5 million`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= size) return `${formatNumber(value / size)} ${word}`;
  }
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

/** The optional fields a figure step may add; all are read defensively. */
export interface FigureLike {
  value: number;
  valueMax?: number;
  qualifier: FigureQualifier;
  unit?: string;
  measure?: string;
  quote?: string;
  isVague?: boolean;
  /** For measure `event-date`. */
  eventDate?: string;
}

const VAGUE_WORDS =
  /\b(hundreds of thousands|tens of thousands|dozens|hundreds|thousands|millions|scores|several|a few)\b/i;

/**
 * A figure for display: dates as dates, vague plurals in the source's own
 * word ("dozens", never the 24–99 the extractor stores by convention).
 */
export function describeFigure(figure: FigureLike): string {
  if (figure.measure === 'event-date') {
    const date = formatDate(figure.eventDate);
    if (date) return date;
  }
  if (figure.isVague) {
    const word = figure.quote ? VAGUE_WORDS.exec(figure.quote)?.[1] : undefined;
    return word ? word.toLowerCase() : `roughly ${formatFigure(figure)}`;
  }
  return formatFigure(figure);
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
  convicted: 'People convicted',
  people: 'People',
  'criminal-cases': 'Criminal cases',
  'event-date': 'Date of the events',
  money: 'Sums of money',
  percent: 'Percentages',
  distance: 'Distances',
  date: 'Dates',
};

const deslug = (slug: string) => slug.replace(/[-_]+/g, ' ').trim();
const capitalise = (words: string) => (words ? words[0]!.toUpperCase() + words.slice(1) : words);

/**
 * Human label for a normalised measure, narrowed by its subject when known.
 *
 * @example measureLabel('killed') // 'People killed'
 * @example measureLabel('killed', 'security-forces') // 'Security forces killed'
 * @example measureLabel('money', 'damage') // 'Sums of money: damage'
 */
export function measureLabel(measure: string, subject?: string): string {
  const known = MEASURE_LABELS[measure];
  const base = known ?? (capitalise(deslug(measure)) || 'Figures');
  const about = subject ? deslug(subject) : '';
  if (!about) return base;
  // "People killed" narrows to "Protesters killed"; other measures take the subject after a colon.
  if (known?.startsWith('People ')) return `${capitalise(about)} ${known.slice('People '.length)}`;
  if (measure === 'people') return capitalise(about);
  return `${base}: ${about}`;
}

/** `1 passage`, `3 passages`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
