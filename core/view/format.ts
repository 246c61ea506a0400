/**
 * Display formatting for the card and the popup: dates as the sources state
 * them (whatever precision), figure values with their qualifier, kind and
 * measure labels. Pure and independent of the browser's locale settings, so a
 * test's output is the reader's output in every browser.
 *
 * The words come in as `labels` (#15): core/ holds no UI text, the views pass
 * labels that read public/_locales/en/messages.json (`viewLabels` in
 * ./labels.ts, bound to the browser's i18n in components/i18n.ts).
 */
import type { CuratedArticleField, FigureQualifier } from '../types';

/** The words around formatted values, from the UI's messages. */
export interface FormatLabels {
  /** Short month name, 1-12: `Jan`. */
  month(month: number): string;
  /** `9 Jan 2022` from `9`, `Jan`, `2022`. */
  dayMonthYear(day: string, month: string, year: string): string;
  /** `Jan 2022`. */
  monthYear(month: string, year: string): string;
  dateNotStated(): string;
  /** `undated; mentions events up to Nov 2023`. */
  undatedUntil(date: string): string;
  publisherNotStated(): string;
  /** The note on a value the curator set: `Date set by the curator, not read from the source`. */
  curated(field: CuratedArticleField): string;
  /** `1.5 million`. */
  largeNumber(amount: string, size: LargeNumber): string;
  /** `more than 160`; `less-than` for amounts (money, percentages), `fewer-than` for counts. */
  qualified(qualifier: FigureWord, amount: string): string;
  /** A vague figure without the source's own word: `roughly 200–999`. */
  roughly(figure: string): string;
  /** The label of a measure the views know (`killed` -> `People killed`). */
  measure(measure: KnownMeasure): string;
  /** A people measure narrowed to its subject: `Security forces killed`. */
  measureOf(measure: PeopleMeasure, subject: string): string;
  /** Any other measure narrowed: `Sums of money: damage`. */
  measureAbout(label: string, subject: string): string;
  /** What a figure with no measure at all is grouped under. */
  figures(): string;
}

export type LargeNumber = 'million' | 'billion' | 'trillion';
export type FigureWord = 'about' | 'more-than' | 'fewer-than' | 'less-than' | 'at-least' | 'up-to';
/** Measures counted in people, which narrow to their subject ("Protesters killed"). */
export type PeopleMeasure =
  'killed' | 'injured' | 'arrested' | 'detained' | 'amnestied' | 'convicted';
export type KnownMeasure =
  | PeopleMeasure
  | 'people'
  | 'criminal-cases'
  | 'event-date'
  | 'money'
  | 'percent'
  | 'distance'
  | 'date';
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
 * @example formatDate('2022-01-09', labels) // '9 Jan 2022'
 * @example formatDate('2022-01', labels) // 'Jan 2022'
 */
export function formatDate(iso: string | null | undefined, labels: FormatLabels): string | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  if (d.month === undefined) return String(d.year);
  const month = labels.month(d.month);
  return d.day === undefined
    ? labels.monthYear(month, String(d.year))
    : labels.dayMonthYear(String(d.day), month, String(d.year));
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
export function describeArticleDate(
  article: {
    date: string | null;
    mentionsUntil?: string | null;
  },
  labels: FormatLabels,
): { text: string; isDated: boolean } {
  const date = formatDate(article.date, labels);
  if (date) return { text: date, isDated: true };
  const until = formatDate(article.mentionsUntil, labels);
  return {
    text: until ? labels.undatedUntil(until) : labels.dateNotStated(),
    isDated: false,
  };
}

/**
 * What an article's publisher line says: the publisher, or that the source names none, so
 * the gap reads as a fact, not a glitch (#12).
 *
 * @example describePublisher({ publisher: null }, labels) // { text: 'publisher not stated', isStated: false }
 */
export function describePublisher(
  article: { publisher: string | null },
  labels: FormatLabels,
): {
  text: string;
  isStated: boolean;
} {
  const publisher = article.publisher?.trim();
  return publisher
    ? { text: publisher, isStated: true }
    : { text: labels.publisherNotStated(), isStated: false };
}

/**
 * The note a view shows on a value the curator set in `data/terms.json` rather
 * than read from the source, or null when the source states it.
 *
 * @example curatedNote({ curatedFields: ['date'] }, 'date', labels) // 'Date set by the curator, not read from the source'
 */
export function curatedNote(
  article: { curatedFields?: readonly CuratedArticleField[] },
  field: CuratedArticleField,
  labels: FormatLabels,
): string | null {
  return article.curatedFields?.includes(field) ? labels.curated(field) : null;
}

/**
 * `3600` -> `3,600`; keeps up to two decimals. Millions and billions in words: `1.5 million`.
 *
 * @example formatNumber(1234567, labels) // '1.23 million'
 */
export function formatNumber(value: number, labels: FormatLabels): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  for (const [size, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (abs >= size) return labels.largeNumber(formatNumber(value / size, labels), word);
  }
  const [int, frac] = Math.abs(value)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

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
 * @example formatFigure({ value: 160, qualifier: 'more-than' }, labels) // 'more than 160'
 * @example formatFigure({ value: 100, valueMax: 200, qualifier: 'range' }, labels) // '100–200'
 */
export function formatFigure(
  figure: {
    value: number;
    valueMax?: number;
    qualifier: FigureQualifier;
    unit?: string;
  },
  labels: FormatLabels,
): string {
  const { value, valueMax, qualifier, unit } = figure;
  if (qualifier === 'range' && valueMax !== undefined)
    return withUnit(`${formatNumber(value, labels)}–${formatNumber(valueMax, labels)}`, unit);
  const amount = withUnit(formatNumber(value, labels), unit);
  if (qualifier === 'exact' || qualifier === 'range') return amount;
  // Money and percentages are amounts, not counts: "less than", not "fewer than".
  const word: FigureWord =
    qualifier === 'less-than' ? (unit !== undefined ? 'less-than' : 'fewer-than') : qualifier;
  return labels.qualified(word, amount);
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
export function describeFigure(figure: FigureLike, labels: FormatLabels): string {
  if (figure.measure === 'event-date') {
    const date = formatDate(figure.eventDate, labels);
    if (date) return date;
  }
  if (figure.isVague) {
    const word = figure.quote ? VAGUE_WORDS.exec(figure.quote)?.[1] : undefined;
    return word ? word.toLowerCase() : labels.roughly(formatFigure(figure, labels));
  }
  return formatFigure(figure, labels);
}

/** The measures the views name, and the spellings the extractor may use for them. */
const KNOWN_MEASURES: Record<string, KnownMeasure> = {
  killed: 'killed',
  dead: 'killed',
  deaths: 'killed',
  injured: 'injured',
  wounded: 'injured',
  arrested: 'arrested',
  detained: 'detained',
  amnestied: 'amnestied',
  convicted: 'convicted',
  people: 'people',
  'criminal-cases': 'criminal-cases',
  'event-date': 'event-date',
  money: 'money',
  percent: 'percent',
  distance: 'distance',
  date: 'date',
};

const PEOPLE_MEASURES: ReadonlySet<KnownMeasure> = new Set<PeopleMeasure>([
  'killed',
  'injured',
  'arrested',
  'detained',
  'amnestied',
  'convicted',
]);
const isPeopleMeasure = (measure: KnownMeasure | undefined): measure is PeopleMeasure =>
  measure !== undefined && PEOPLE_MEASURES.has(measure);

const deslug = (slug: string) => slug.replace(/[-_]+/g, ' ').trim();
const capitalise = (words: string) => (words ? words[0]!.toUpperCase() + words.slice(1) : words);

/**
 * Human label for a normalised measure, narrowed by its subject when known. A measure the
 * views do not know shows as its own slug, as the compiler wrote it ("buildings-burned" ->
 * "Buildings burned").
 *
 * @example measureLabel('killed', labels) // 'People killed'
 * @example measureLabel('killed', labels, 'security-forces') // 'Security forces killed'
 * @example measureLabel('money', labels, 'damage') // 'Sums of money: damage'
 */
export function measureLabel(measure: string, labels: FormatLabels, subject?: string): string {
  const known = Object.hasOwn(KNOWN_MEASURES, measure) ? KNOWN_MEASURES[measure] : undefined;
  const base = known ? labels.measure(known) : capitalise(deslug(measure)) || labels.figures();
  const about = subject ? deslug(subject) : '';
  if (!about) return base;
  // "People killed" narrows to "Protesters killed"; other measures take the subject after a colon.
  if (isPeopleMeasure(known)) return labels.measureOf(known, capitalise(about));
  if (known === 'people') return capitalise(about);
  return labels.measureAbout(base, about);
}
