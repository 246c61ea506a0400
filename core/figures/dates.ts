/**
 * Dates written in running text, found on tokens so their digits are never
 * read as counts ("January 2, 2022", "2 January 2022", "5-6 January",
 * "09.01.2022", "June 2020", "11:40").
 */
import { isAdjacent, type Token } from './tokens';

export interface DateSpan {
  /** Token indices `[from, to]`, inclusive. */
  from: number;
  to: number;
  /** `YYYY-MM-DD` or `YYYY-MM`; null when no year is written (or for times). */
  iso: string | null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u;
const ORDINAL = /^(?:st|nd|rd|th)$/u;

/** A month name, written with a capital (so "may" the verb is not May). */
function monthAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return null;
  return MONTHS[t.lower] ?? null;
}

function dayAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^\d{1,2}$/u.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= 31 ? n : null;
}

function yearAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^\d{4}$/u.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1000 && n <= 2999 ? n : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(year: number | null, month: number, day: number | null): string | null {
  if (year === null) return null;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Skips an ordinal suffix glued to a day (`1st`), returning the last index of the day. */
function endOfDay(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  return next && isAdjacent(tokens[i], next) && ORDINAL.test(next.lower) ? i + 1 : i;
}

/** After a day, an optional second day of a span: `5-6`, `16 to 17`. */
function endOfDayRange(tokens: Token[], i: number): number {
  let j = endOfDay(tokens, i);
  const sep = tokens[j + 1];
  if (
    sep &&
    (sep.text === '-' || sep.text === '\u2013' || sep.lower === 'to') &&
    dayAt(tokens, j + 2) !== null
  )
    j = endOfDay(tokens, j + 2);
  return j;
}

/** Optional `, YYYY` or ` YYYY` after index `j`. */
function yearAfter(tokens: Token[], j: number): { year: number | null; end: number } {
  let k = j + 1;
  if (tokens[k]?.text === ',') k++;
  const year = yearAt(tokens, k);
  return year === null ? { year: null, end: j } : { year, end: k };
}

function dateAt(tokens: Token[], i: number): DateSpan | null {
  const t = tokens[i]!;
  // 09.01.2022 (day first, as the European sources write it) and 2022-01-09.
  if (t.kind === 'num') {
    const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(t.text);
    if (dmy) {
      const month = Number(dmy[2]);
      if (month >= 1 && month <= 12)
        return { from: i, to: i, iso: iso(Number(dmy[3]), month, Number(dmy[1])) };
    }
    // Times: 11:40, 10am.
    const next = tokens[i + 1];
    if (next && isAdjacent(t, next) && (next.lower === 'am' || next.lower === 'pm'))
      return { from: i, to: i + 1, iso: null };
    if (
      next?.text === ':' &&
      isAdjacent(t, next) &&
      tokens[i + 2]?.kind === 'num' &&
      isAdjacent(next, tokens[i + 2])
    )
      return { from: i, to: i + 2, iso: null };
    if (
      /^\d{4}$/u.test(t.text) &&
      tokens[i + 1]?.text === '-' &&
      /^\d{2}$/u.test(tokens[i + 2]?.text ?? '') &&
      tokens[i + 3]?.text === '-'
    ) {
      const month = Number(tokens[i + 2]!.text);
      const day = dayAt(tokens, i + 4);
      if (month >= 1 && month <= 12 && day !== null)
        return { from: i, to: i + 4, iso: iso(Number(t.text), month, day) };
    }
    // 2 January 2022, 5-6 January, 16 to 17 November.
    const day = dayAt(tokens, i);
    if (day !== null) {
      const j = endOfDayRange(tokens, i);
      const month = monthAt(tokens, j + 1);
      if (month !== null) {
        const { year, end } = yearAfter(tokens, j + 1);
        return { from: i, to: end, iso: iso(year, month, day) };
      }
    }
    return null;
  }
  // [Sunday,] January 2[, 2022] / January 2022 / Jan. 7
  const from = i;
  let k = i;
  if (t.kind === 'word' && WEEKDAYS.test(t.lower)) {
    k = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  }
  const month = monthAt(tokens, k);
  if (month === null) return null;
  let m = k + 1;
  if (tokens[m]?.text === '.' && isAdjacent(tokens[k], tokens[m])) m++;
  const day = dayAt(tokens, m);
  if (day !== null && !/^\d{4}$/u.test(tokens[m]!.text)) {
    const j = endOfDayRange(tokens, m);
    const { year, end } = yearAfter(tokens, j);
    return { from, to: end, iso: iso(year, month, day) };
  }
  const year = yearAt(tokens, k + 1);
  if (year !== null) return { from, to: k + 1, iso: iso(year, month, null) };
  // A bare month name with a weekday before it is still not a figure; nothing to consume.
  return null;
}

/** Every date or time written in the tokens, left to right, non-overlapping. */
export function findDates(tokens: Token[]): DateSpan[] {
  const spans: DateSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = dateAt(tokens, i);
    if (span) {
      spans.push(span);
      i = span.to;
    }
  }
  return spans;
}

/** Days between two ISO dates (`YYYY-MM` counts as the 1st). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}
