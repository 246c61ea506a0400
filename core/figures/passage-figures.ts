/**
 * The figures of one passage, sentence by sentence: numbers (numbers.ts), what
 * they count (measure.ts), and the dates of events ("protests on January 2,
 * 2022"). Which event a figure is about is decided later (event-anchor.ts).
 */
import { matchTerms, type TermMatcher } from '../terms/match-terms';
import type { Figure, Passage } from '../types';
import { findDates, type DateSpan } from './dates';
import { EVENT_CUES } from './event-words';
import { readMeasure, type MeasureReading } from './measure';
import { parseNumberAt, type NumberExpression } from './numbers';
import { sentenceSpans, tokenize, type Token } from './tokens';

/** Nouns a date must follow to be the date of an event: "protests on January 2, 2022". */
const EVENT_DATE_NOUNS = new Set([
  'protests',
  'protest',
  'riots',
  'unrest',
  'events',
  'clashes',
  'demonstrations',
  'referendum',
  'election',
  'elections',
  'coup',
  'turmoil',
  'crisis',
  'uprising',
  'attack',
  'attacks',
  'massacre',
  'violence',
  'insurrection',
  'summit',
]);
const EVENT_DATE_VERBS = new Set([
  'started',
  'began',
  'erupted',
  'out',
  'place',
  'starting',
  'beginning',
  'held',
]);
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'of',
  'year',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'during',
  'to',
  'and',
  'the',
  'until',
  'between',
]);
const COUNTED_AFTER_YEAR = new Set([
  'people',
  'persons',
  'citizens',
  'civilians',
  'protesters',
  'criminal',
  'killed',
  'dead',
  'deaths',
  'arrested',
  'detained',
  'injured',
  'wounded',
]);
const OPENING_QUOTES = new Set(['\u201c', '"', '\u00ab']);

export interface Found {
  figure: Omit<Figure, 'termIds'>;
  offset: number;
  sentenceStart: number;
  sentenceEnd: number;
  sentenceTermIds: string[];
  sentenceHasCue: boolean;
  subject: string;
  isVague: boolean;
}

/** Every figure in one passage, sentence by sentence. Exported for tests. */
export function figuresInPassage(passage: Passage, matcher: TermMatcher | null): Found[] {
  const out: Found[] = [];
  for (const [sStart, sEnd] of sentenceSpans(passage.text)) {
    const sentence = passage.text.slice(sStart, sEnd);
    const tokens = tokenize(sentence);
    const dates = findDates(tokens);
    const inDate = new Set<number>();
    for (const d of dates) for (let k = d.from; k <= d.to; k++) inDate.add(k);
    const exprs: NumberExpression[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (inDate.has(i)) continue;
      const expr = parseNumberAt(tokens, i);
      if (!expr) continue;
      let overlapsDate = false;
      for (let k = expr.from; k <= expr.to; k++) if (inDate.has(k)) overlapsDate = true;
      if (overlapsDate) continue;
      exprs.push(expr);
      i = expr.to;
    }
    const sentenceTermIds = matcher
      ? [...new Set(matchTerms(sentence, matcher).map((m) => m.termId))]
      : [];
    const sentenceHasCue = EVENT_CUES.test(sentence);
    let previous: MeasureReading | null = null;
    const push = (
      figure: Omit<Figure, 'id' | 'termIds'>,
      at: number,
      subject: string,
      isVague: boolean,
    ) => {
      out.push({
        figure: { id: `${passage.id}#${out.length}`, ...figure },
        offset: sStart + at,
        sentenceStart: sStart,
        sentenceEnd: sEnd,
        sentenceTermIds,
        sentenceHasCue,
        subject,
        isVague,
      });
    };
    exprs.forEach((expr, n) => {
      const reading = readMeasure({
        tokens,
        expr,
        previous,
        prevNumberTo: n > 0 ? exprs[n - 1]!.to : -1,
        nextNumberFrom: exprs[n + 1]?.from ?? tokens.length,
      });
      if (!reading) return;
      // A bare 4-digit number from 1800 to 2100 is a year ("in 2019", "since 1995"),
      // unless a counted noun follows it directly ("2000 people", "1800 km").
      if (expr.isBareInteger && expr.value >= 1800 && expr.value <= 2100) {
        const before = tokens[expr.from - 1]?.lower ?? '';
        const first = tokens[expr.to + 1]?.lower ?? '';
        if (YEAR_PREPOSITIONS.has(before) || !COUNTED_AFTER_YEAR.has(first)) return;
      }
      previous = reading;
      let start = tokens[reading.from]!.start;
      const end = tokens[reading.to]!.end;
      // “Dozens” of protesters: keep the opening quote with its closing one.
      const opening = tokens[reading.from - 1];
      if (
        opening &&
        OPENING_QUOTES.has(opening.text) &&
        opening.end === start &&
        /[\u201d"\u00bb]/u.test(sentence.slice(start, end))
      )
        start = opening.start;
      push(
        {
          passageId: passage.id,
          articleId: passage.articleId,
          measure: reading.measure,
          value: expr.value,
          ...(expr.valueMax !== undefined ? { valueMax: expr.valueMax } : {}),
          qualifier: expr.qualifier,
          ...(expr.unit !== undefined ? { unit: expr.unit } : {}),
          ...(expr.isIncrement ? { isIncrement: true } : {}),
          quote: passage.text.slice(sStart + start, sStart + end),
        },
        tokens[expr.numberFrom]!.start,
        reading.subject,
        expr.isVague,
      );
    });
    for (const d of dates) {
      const at = eventDateAt(tokens, d);
      if (!at || !d.iso) continue;
      const start = tokens[at]!.start;
      const end = tokens[d.to]!.end;
      push(
        {
          passageId: passage.id,
          articleId: passage.articleId,
          measure: 'event-date',
          value: Number(d.iso.replace(/-/gu, '').padEnd(8, '0')),
          qualifier: 'exact',
          eventDate: d.iso,
          quote: passage.text.slice(sStart + start, sStart + end),
        },
        tokens[d.from]!.start,
        '',
        false,
      );
    }
  }
  return out;
}

/** Index of the event noun a date belongs to ("protests on [date]"), or null. */
function eventDateAt(tokens: Token[], d: DateSpan): number | null {
  let k = d.from - 1;
  if (!['on', 'of', 'in'].includes(tokens[k]?.lower ?? '')) return null;
  k--;
  if (EVENT_DATE_VERBS.has(tokens[k]?.lower ?? '')) {
    k--;
    if (['broke', 'took', 'that', 'was', 'were'].includes(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower === 'that') k--;
  }
  return EVENT_DATE_NOUNS.has(tokens[k]?.lower ?? '') ? k : null;
}
