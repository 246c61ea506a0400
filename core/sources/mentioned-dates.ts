/**
 * The calendar dates a text mentions: a hint of when it was written at the
 * earliest (`mentionsUntil`), never its publication date (see `./dates`).
 *
 * A date written without its year ("January 5", "5 January", "on Jan. 7")
 * takes the year its context gives, first match wins:
 * 1. `range`: a year written just after it in a range or list ("January 5 and
 *    6, 2022", "5 January to 3 March 2022");
 * 2. `article-date`: the year of the article's own stated date;
 * 3. `paragraph`: the nearest year written before it in the same paragraph
 *    ("In 2022 protests began. On January 5 ...");
 * 4. `article-text`: the year the article has mentioned most often so far,
 *    if at least twice and more often than any other year.
 * With none of these the date is left out: a year is never invented.
 *
 * Why step 4 is not simply "the nearest year before it": a writer spells a
 * year out when it differs from the one the text is about, so the nearest
 * earlier year in another paragraph is often the one the date is *not* in.
 * Seed 001 (about 2022) says "in June 2020, six months before the
 * insurrection" and "by the year 2045" before its "Jan. 7", "February 24" and
 * "July 2"; the nearest-year rule read those as 2020 and 2045. One mention
 * is not enough: seed 002~10 quotes an analyst who "wrote in June 2019", then
 * looks ahead to a birthday "on July 6" (of 2020).
 * No December-to-January rollover: a year-less "December 28" in an article
 * dated January 2022 is read as 2022-12-28 (issue #10 left this out).
 */
import {
  DAY,
  FULL_DATE_PATTERNS,
  isoFromParts,
  isValidIsoDate,
  MONTH,
  MONTH_YEAR,
  monthNumber,
} from './dates';

export type YearSource = 'text' | 'range' | 'article-date' | 'paragraph' | 'article-text';

/** A date a text mentions, at the precision written (`YYYY-MM-DD` or `YYYY-MM`). */
export interface DateMention {
  /** Offset and length of the words that state it, in the text they were found in. */
  index: number;
  length: number;
  iso: string;
  /** `text` when the year is written with the date; otherwise the rule that gave it. */
  yearFrom: YearSource;
}

export interface MentionOptions {
  /** The article's own stated date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if any. */
  date?: string | null;
}

const YEARLESS_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number] }> = [
  // "January 5", "Jan. 7", "March 8th" (a year right after was taken as a full date already).
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?![\\p{L}\\p{N}])`, 'gu'),
    parts: (m) => [monthNumber(m[1]!), +m[2]!],
  },
  // "5 January", "the 5th of January"; not the "000" of "3,000 January protesters".
  {
    re: new RegExp(`(?<![\\p{N}.,])\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'gu'),
    parts: (m) => [monthNumber(m[2]!), +m[1]!],
  },
];

/** A month name written in full, then a full stop: the stop ends the sentence. */
const FULL_MONTH_STOP =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$/u;

/**
 * After a year-less date: " and 6, 2022", "-6, 2022", " to 3 March 2022", " to March 3, 2022".
 * Sticky: read where the date ends, without copying the rest of the text for every date.
 */
const RANGE_TAIL = new RegExp(
  `\\s*(?:-|\u2013|\u2014|to|and|or|through|until|till)\\s*(?:${MONTH}\\s+)?${DAY}(?:\\s+(?:of\\s+)?${MONTH})?,?\\s+(?<year>(?:18|19|20|21)\\d{2})\\b`,
  'uy',
);

/**
 * A year on its own, after a word that makes it a year ("in 2022", "since 1991",
 * "by the year 2045", "the 2019 index", "mid-2021"), so counts such as "over
 * 1500 years" or "1800 km" are not read as years.
 */
const BARE_YEAR =
  /(?:\b(?:in|of|since|by|until|till|to|from|year|early|late|before|after|during|between|and|or|the|this|around|for|spring|summer|autumn|fall|winter)\s+|\bmid-)((?:18|19|20|21)\d{2})(?![\p{N}%]|[.,]\p{N})/giu;

interface Scan {
  written: DateMention[];
  yearless: Array<{
    index: number;
    length: number;
    month: number;
    day: number;
    rangeYear: number | null;
  }>;
  /** Every year the text writes (in a date or on its own), by offset. */
  years: Array<{ index: number; year: number }>;
}

function scanText(text: string): Scan {
  const scan: Scan = { written: [], yearless: [], years: [] };
  let rest = text;
  const addWritten = (m: RegExpMatchArray, iso: string | null) => {
    if (!iso) return;
    scan.written.push({ index: m.index!, length: m[0].length, iso, yearFrom: 'text' });
    scan.years.push({ index: m.index!, year: +iso.slice(0, 4) });
  };
  for (const { re, parts } of FULL_DATE_PATTERNS) {
    const matches = [...rest.matchAll(re)];
    for (const m of matches) addWritten(m, isoFromParts(parts(m)));
    rest = blanked(rest, matches);
  }
  const monthYears = [...rest.matchAll(MONTH_YEAR)];
  for (const m of monthYears)
    addWritten(m, isoFromParts({ month: monthNumber(m[1]!), year: +m[2]! }));
  rest = blanked(rest, monthYears);
  for (const { re, parts } of YEARLESS_PATTERNS) {
    const matches = [...rest.matchAll(re)];
    for (const m of matches) {
      const [month, day] = parts(m);
      const end = m.index + m[0].length;
      RANGE_TAIL.lastIndex = end;
      const tail = RANGE_TAIL.exec(text);
      const rangeYear = tail?.groups?.year ? +tail.groups.year : null;
      // "6, 2022" is no date on its own, but its year is one the paragraph writes.
      if (rangeYear !== null)
        scan.years.push({ index: end + tail![0].length - 4, year: rangeYear });
      // "on 17 November." ends a sentence; "Nov." is an abbreviation.
      const length = FULL_MONTH_STOP.test(m[0]) ? m[0].length - 1 : m[0].length;
      scan.yearless.push({ index: m.index, length, month, day, rangeYear });
    }
    rest = blanked(rest, matches);
  }
  for (const m of rest.matchAll(BARE_YEAR)) {
    scan.years.push({ index: m.index + m[0].length - m[1]!.length, year: +m[1]! });
  }
  scan.years.sort((a, b) => a.index - b.index);
  return scan;
}

/**
 * `text` with each match (in order, not overlapping) replaced by as many spaces, so
 * "7 March 2022" is not found again as "March 2022" or "7 March". One copy of the
 * text per pattern: blanking match by match copied it once per date (issue #16).
 */
function blanked(text: string, matches: readonly RegExpMatchArray[]): string {
  if (matches.length === 0) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (const m of matches) {
    pieces.push(text.slice(copied, m.index), ' '.repeat(m[0].length));
    copied = m.index! + m[0].length;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Year mentions read so far in an article, and how often each. */
class YearTally {
  private readonly counts = new Map<number, number>();

  add(year: number): void {
    this.counts.set(year, (this.counts.get(year) ?? 0) + 1);
  }

  /** The year mentioned most, if at least twice and more than any other; else null. */
  prevailing(): number | null {
    let best: number | null = null;
    let bestCount = 1;
    let isTied = false;
    for (const [year, count] of this.counts) {
      if (count > bestCount) [best, bestCount, isTied] = [year, count, false];
      else if (count === bestCount) isTied = true;
    }
    return isTied ? null : best;
  }
}

/**
 * Every date each text (a paragraph of one article, in reading order) mentions,
 * year-less ones given the year their context gives (see the rules above).
 *
 * @example findDateMentions(['In 2022 protests began.', 'On January 5 the government resigned.'])[1]
 * // [{ index: 3, length: 9, iso: '2022-01-05', yearFrom: 'article-text' }]
 */
export function findDateMentions(
  texts: readonly string[],
  options: MentionOptions = {},
): DateMention[][] {
  const articleYear =
    options.date && isValidIsoDate(options.date) ? +options.date.slice(0, 4) : null;
  const tally = new YearTally();
  return texts.map((text) => {
    const scan = scanText(text);
    const found = [...scan.written];
    let y = 0;
    let paragraphYear: number | null = null;
    for (const d of scan.yearless.sort((a, b) => a.index - b.index)) {
      for (; y < scan.years.length && scan.years[y]!.index < d.index; y++) {
        paragraphYear = scan.years[y]!.year;
        tally.add(paragraphYear);
      }
      const [year, yearFrom]: [number | null, YearSource] =
        d.rangeYear !== null
          ? [d.rangeYear, 'range']
          : articleYear !== null
            ? [articleYear, 'article-date']
            : paragraphYear !== null
              ? [paragraphYear, 'paragraph']
              : [tally.prevailing(), 'article-text'];
      const iso = year === null ? null : isoFromParts({ year, month: d.month, day: d.day });
      if (iso) found.push({ index: d.index, length: d.length, iso, yearFrom });
    }
    for (; y < scan.years.length; y++) tally.add(scan.years[y]!.year);
    return found.sort((a, b) => a.index - b.index);
  });
}

/**
 * The full or month-level dates one text mentions, as ISO strings, in order.
 *
 * @example mentionedDates('In 2022, on January 5 and 6 January 2022; in June') // ['2022-01-05', '2022-01-06']
 */
export function mentionedDates(text: string, options: MentionOptions = {}): string[] {
  return findDateMentions([text], options)[0]!.map((m) => m.iso);
}

/**
 * The latest date the texts (an article's title and paragraphs, in order) mention, or null.
 *
 * @example latestMentionedDate(['visit on March 7, 2022', 'protests on January 2, 2022']) // '2022-03-07'
 */
export function latestMentionedDate(
  texts: readonly string[],
  options: MentionOptions = {},
): string | null {
  let latest: string | null = null;
  for (const mentions of findDateMentions(texts, options)) {
    for (const { iso } of mentions) if (latest === null || iso > latest) latest = iso;
  }
  return latest;
}
