/**
 * Dates in seed text. Two different questions, kept apart on purpose:
 * - here, `parseDateline` / `parseDateStatement`: the date the source states
 *   as its own (a dateline "Brussels 21.11.2022 ..." or a "Published: ..." line);
 * - in `mentioned-dates.ts`, `latestMentionedDate`: the latest calendar date
 *   the text talks about, which is a hint, never a publication date.
 * Numeric dates are read in European order (dd.mm.yyyy), as the sources write them.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Capitalised month names and abbreviations ("may" the verb is never capitalised mid-sentence). */
export const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
export const YEAR = '((?:18|19|20|21)\\d{2})';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

export const FULL_DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => DateParts }> = [
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gu'),
    parts: (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: +m[3]! }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gu'),
    parts: (m) => ({ day: +m[2]!, month: monthNumber(m[1]!), year: +m[3]! }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})[./](\\d{1,2})[./]${YEAR}\\b`, 'gu'),
    parts: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }),
  },
  {
    re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'gu'),
    parts: (m) => ({ day: +m[3]!, month: +m[2]!, year: +m[1]! }),
  },
];
export const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'gu');

export interface DateParts {
  year: number;
  month: number;
  day?: number;
}

export function monthNumber(name: string): number {
  return MONTHS[name.replace(/\.$/u, '').toLowerCase()] ?? 0;
}

/** `YYYY-MM-DD` (or `YYYY-MM` when `day` is absent) if the parts form a real calendar date, else null. */
export function isoFromParts({ year, month, day }: DateParts): string | null {
  if (month < 1 || month > 12) return null;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

/**
 * True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` that name a real date.
 *
 * @example isValidIsoDate('2022-02-30') // false
 */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  return isoFromParts({ year: +m[1]!, month: +m[2], day: m[3] ? +m[3] : undefined }) !== null;
}

/** Parses a whole string that is one date ("21.11.2022", "March 7, 2022", "7 March 2022", "2022-03-07"). */
export function parseDateExpression(text: string): string | null {
  const trimmed = text.trim();
  for (const { re, parts } of FULL_DATE_PATTERNS) {
    const anchored = new RegExp(`^(?:${re.source})$`, 'u');
    const m = anchored.exec(trimmed);
    if (m) return isoFromParts(parts(m));
  }
  return null;
}

export interface Dateline {
  date: string;
  /** The date as written, e.g. `21.11.2022`. */
  dateText: string;
  place: string;
  /** Length of the dateline prefix (place + date) in the paragraph. */
  length: number;
}

/** Words that start a sentence, not a place name, before a date ("On 7 March 2022 ..."). */
const NOT_A_PLACE = new Set(
  'On In At By From Since Until Till Before After As Of To For The Since During Between'.split(' '),
);
/**
 * One to four capitalised words ("Brussels", "Nur-Sultan", "Port Louis"). Words are
 * separated by a space only: a hyphen is already a word character, and letting it also
 * separate words gave the engine every way of cutting "A-B-C-..." into four, so a
 * paragraph opening with 200 of them took seconds (issue #16). Same places matched.
 */
const PLACE = "(\\p{Lu}[\\p{L}'\u2019.-]*(?: \\p{Lu}[\\p{L}'\u2019.-]*){0,3})";
const DATELINE_PATTERNS = [
  new RegExp(`^${PLACE},?\\s+(\\d{1,2}[./]\\d{1,2}[./]${YEAR})(?=[\\s,:\u2013\u2014-]|$)`, 'u'),
  new RegExp(`^${PLACE},?\\s+(${YEAR}-\\d{2}-\\d{2})(?=[\\s,:\u2013\u2014-]|$)`, 'u'),
  new RegExp(`^${PLACE},\\s+(${DAY}\\s+${MONTH},?\\s+${YEAR})(?=\\s*[,:\u2013\u2014-]|$)`, 'u'),
  new RegExp(`^${PLACE},\\s+(${MONTH}\\s+${DAY},?\\s+${YEAR})(?=\\s*[,:\u2013\u2014-]|$)`, 'u'),
];

/**
 * A news dateline at the start of a paragraph: a place, then the date.
 *
 * @example parseDateline('Brussels 21.11.2022 “The European Union takes note')?.date // '2022-11-21'
 */
export function parseDateline(paragraph: string): Dateline | null {
  for (const re of DATELINE_PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const place = m[1]!;
    if (NOT_A_PLACE.has(place.split(/[ -]/u)[0]!)) return null;
    const date = parseDateExpression(m[2]!);
    if (!date) return null;
    return { date, dateText: m[2]!, place, length: m[0].length };
  }
  return null;
}

const DATE_STATEMENT =
  /^(?:published|posted|date|dated|updated|first published)(?:\s+on)?\s*:?\s+(.+?)\.?$/iu;

/**
 * A line that states the publication date ("Published: 7 March 2022", "Date: 2022-03-07").
 *
 * @example parseDateStatement('Published on March 7, 2022') // { date: '2022-03-07', dateText: 'March 7, 2022' }
 */
export function parseDateStatement(line: string): { date: string; dateText: string } | null {
  const m = DATE_STATEMENT.exec(line.trim());
  if (!m) return null;
  const date = parseDateExpression(m[1]!) ?? (isValidIsoDate(m[1]!) ? m[1]! : null);
  return date ? { date, dateText: m[1]! } : null;
}
