/**
 * Build-time figure extraction: the numbers the passages state (deaths,
 * injuries, arrests, amnesties, criminal cases, money, percentages,
 * distances, people, dates of events), what they count, which terms they
 * belong to, and when their source stated them. Grouping and the
 * "sources differ" flag are in group-figures.ts. Rules and their reasons are
 * in core/figures/README.md.
 */
import { compileMatcher, matchTerms, type TermMatcher } from '../terms/match-terms';
import type { Article, Figure, FigureGroup, Passage, Term } from '../types';
import { daysBetween, findDates, type DateSpan } from './dates';
import { groupFigures } from './group-figures';
import { readMeasure, type MeasureReading } from './measure';
import { parseNumberAt, type NumberExpression } from './numbers';
import { sentenceSpans, tokenize, type Token } from './tokens';

/** Measures that are about an event by nature; they look for it beyond their own sentence. */
export const EVENT_MEASURES = new Set([
  'killed',
  'injured',
  'detained',
  'amnestied',
  'convicted',
  'criminal-cases',
  'event-date',
]);

/** Words that refer to an event without naming it ("the riots", "the unrest"). */
const EVENT_CUES =
  /\b(?:riots?|unrest|protests?|violence|clashes|turmoil|uprising|events|crisis|demonstrations|coup|insurrection|disturbances|mutiny|massacre|attacks?)\b/iu;
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
/** Event nouns that name a different event each time: their dates never attach to an event named earlier. */
const SELF_NAMED_EVENTS = /^(?:referendum|elections?|summit)\b/iu;
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
/** How far back in an article an event-bound figure looks for its event (passages, then the title). */
const CONTEXT_PASSAGES = 3;
/** A figure with no named event belongs to one that started at most this many days before its source's date. */
const DATE_WINDOW_DAYS = 31;

interface Draft extends Figure {
  /** Offset of the number in its passage, to find the nearest event mention. */
  offset: number;
  sentenceHasCue: boolean;
  passageHasCue: boolean;
  subject: string;
  isVague: boolean;
}

/**
 * @example extractFigures({ articles, terms }) // { figures: [{ measure: 'killed', value: 238, ... }], figureGroups: [...] }
 */
export function extractFigures(options: { articles: Article[]; terms: Term[] }): {
  figures: Figure[];
  figureGroups: FigureGroup[];
} {
  const { articles, terms } = options;
  const matcher = compileMatcher(terms);
  const eventMatcher = compileEventMatcher(terms);
  const termById = new Map(terms.map((t) => [t.id, t]));
  const isEvent = (id: string) => termById.get(id)?.kind === 'event';
  const eventsByPassage = new Map<string, string[]>();
  for (const term of terms) {
    if (term.kind !== 'event') continue;
    for (const pid of term.passageIds) {
      const list = eventsByPassage.get(pid) ?? [];
      list.push(term.id);
      eventsByPassage.set(pid, list);
    }
  }

  const drafts: Draft[] = [];
  const statedOnByArticle = new Map<string, string | null>();
  for (const article of articles) {
    const stated = statedOn(article);
    statedOnByArticle.set(article.id, stated?.date ?? null);
    article.passages.forEach((passage, index) => {
      const found = figuresInPassage(passage, matcher);
      if (found.length === 0) return;
      const passageMatches = matchTerms(passage.text, eventMatcher);
      for (const f of found) {
        const anchor = anchorFor(f, passage, passageMatches, {
          article,
          index,
          matcher: eventMatcher,
          isEvent,
          eventsByPassage,
        });
        const termIds = unique([
          ...f.sentenceTermIds,
          ...passageMatches
            .filter((m) => m.start >= f.sentenceStart && m.start < f.sentenceEnd)
            .map((m) => m.termId),
          // The passage's events only when the figure is about one of them (see README).
          ...(anchor ? (eventsByPassage.get(passage.id) ?? []) : []),
          ...(anchor ? [anchor.eventId!] : []),
        ]);
        if (f.figure.measure === 'event-date' && !anchor) continue; // conservative: only dates of named events
        drafts.push({
          ...f.figure,
          termIds,
          ...anchor,
          ...(stated ? { statedOn: stated.date, statedOnBasis: stated.basis } : {}),
          offset: f.offset,
          sentenceHasCue: f.sentenceHasCue,
          passageHasCue: EVENT_CUES.test(passage.text),
          subject: f.subject,
          isVague: f.isVague,
        });
      }
    });
  }

  attachByDate(drafts, statedOnByArticle);
  const figures: Figure[] = drafts.map(
    ({ offset: _o, sentenceHasCue: _s, passageHasCue: _p, subject, isVague, ...figure }) => ({
      ...figure,
      ...(subject ? { subject } : {}),
      ...(isVague ? { isVague } : {}),
    }),
  );
  return { figures, figureGroups: groupFigures(figures) };
}

/**
 * A figure whose passage and article name no event, but which counts what
 * events cause ("more than 160 people were killed ... after the riots"), in a
 * source dated within a month after exactly one event's first stated date,
 * belongs to that event. Without a date, or with two candidates, it stays unattached.
 */
function attachByDate(drafts: Draft[], statedOnByArticle: Map<string, string | null>): void {
  const eventStart = new Map<string, string>();
  for (const d of drafts) {
    if (d.measure !== 'event-date' || !d.eventId || !d.eventDate) continue;
    const prev = eventStart.get(d.eventId);
    if (!prev || d.eventDate < prev) eventStart.set(d.eventId, d.eventDate);
  }
  for (const d of drafts) {
    if (d.eventId || d.measure === 'event-date') continue;
    const eligible =
      (EVENT_MEASURES.has(d.measure) && d.passageHasCue) ||
      (d.measure === 'money' && d.sentenceHasCue);
    const stated = statedOnByArticle.get(d.articleId);
    if (!eligible || !stated) continue;
    const candidates = [...eventStart].filter(([, start]) => {
      const days = daysBetween(start, stated);
      return days >= 0 && days <= DATE_WINDOW_DAYS;
    });
    if (candidates.length !== 1) continue;
    const [eventId] = candidates[0]!;
    d.eventId = eventId;
    d.eventBasis = 'date';
    if (!d.termIds.includes(eventId)) d.termIds = [...d.termIds, eventId];
  }
}

interface Found {
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
      ? unique(matchTerms(sentence, matcher).map((m) => m.termId))
      : [];
    const sentenceHasCue = EVENT_CUES.test(sentence);
    let previous: MeasureReading | null = null;
    let ordinal = 0;
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
      ordinal++;
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

/**
 * Event names as figures are tied to them. Sources write multi-word event
 * names in any case ("the tragic January", "Tragic January"), so their
 * multi-word variants also match in lower case here. This matcher only ties
 * figures to events; what the page highlights is the dictionary's business.
 */
function compileEventMatcher(terms: Term[]): TermMatcher {
  return compileMatcher(
    terms
      .filter((t) => t.kind === 'event')
      .map((t) => {
        const multiWord = [t.name, ...t.variants].filter((v) => /\S\s+\S/u.test(v));
        return {
          id: t.id,
          name: t.name,
          kind: t.kind,
          variants: unique([...t.variants, ...multiWord.map((v) => v.toLowerCase())]),
        };
      }),
  );
}

interface AnchorContext {
  article: Article;
  index: number;
  matcher: TermMatcher;
  isEvent: (id: string) => boolean;
  eventsByPassage: Map<string, string[]>;
}

/** The event a figure is about: named in its sentence, else its passage, else (for event-bound figures) just before it. */
function anchorFor(
  f: Found,
  passage: Passage,
  passageMatches: Array<{ start: number; termId: string }>,
  ctx: AnchorContext,
): Pick<Figure, 'eventId' | 'eventBasis'> | undefined {
  const inSentence = nearestEvent(
    passageMatches.filter((m) => m.start >= f.sentenceStart && m.start < f.sentenceEnd),
    ctx.isEvent,
    f.offset,
  );
  if (inSentence) return { eventId: inSentence, eventBasis: 'sentence' };
  // Beyond its sentence, only a figure that is about an event by nature (or whose
  // sentence refers to one: "after the violence") looks for its event: "the
  // currency lost 15 percent" in a passage that also names the unrest is not about it.
  if (!EVENT_MEASURES.has(f.figure.measure) && !f.sentenceHasCue) return undefined;
  const inPassage =
    nearestEvent(passageMatches, ctx.isEvent, f.offset) ?? ctx.eventsByPassage.get(passage.id)?.[0];
  if (inPassage) return { eventId: inPassage, eventBasis: 'passage' };
  // Looking back past the passage is for counts of what events cause; a
  // percentage near "historical events" is not about the last event named.
  if (!EVENT_MEASURES.has(f.figure.measure)) return undefined;
  // "the constitutional referendum of June 2022" names its own event: it is not
  // the date of whatever event the article discussed before.
  if (f.figure.measure === 'event-date' && SELF_NAMED_EVENTS.test(f.figure.quote)) return undefined;
  const before = eventInContext(
    ctx.article,
    ctx.index,
    ctx.matcher,
    ctx.isEvent,
    ctx.eventsByPassage,
  );
  return before ? { eventId: before, eventBasis: 'context' } : undefined;
}

function nearestEvent(
  matches: Array<{ start: number; termId: string }>,
  isEvent: (id: string) => boolean,
  offset: number,
): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const m of matches) {
    if (!isEvent(m.termId)) continue;
    const distance = Math.abs(m.start - offset);
    if (!best || distance < best.distance) best = { id: m.termId, distance };
  }
  return best?.id;
}

/** The event named most recently before passage `index`: earlier passages (nearest first), then the title. */
function eventInContext(
  article: Article,
  index: number,
  matcher: TermMatcher,
  isEvent: (id: string) => boolean,
  eventsByPassage: Map<string, string[]>,
): string | undefined {
  for (let k = index - 1; k >= 0 && k >= index - CONTEXT_PASSAGES; k--) {
    const p = article.passages[k]!;
    const events = matchTerms(p.text, matcher).filter((m) => isEvent(m.termId));
    if (events.length > 0) return events[events.length - 1]!.termId;
    const listed = eventsByPassage.get(p.id);
    if (listed?.length) return listed[0];
  }
  const inTitle = matchTerms(article.title, matcher).filter((m) => isEvent(m.termId));
  return inTitle[inTitle.length - 1]?.termId;
}

/**
 * When the source stated its figures: the article's date, or else the first
 * full date in its opening passage ("At his Vienna visit on March 7, 2022, ...").
 */
function statedOn(article: Article): { date: string; basis: 'article' | 'text' } | null {
  if (article.date) return { date: article.date, basis: 'article' };
  const first = article.passages[0];
  if (!first) return null;
  const full = findDates(tokenize(first.text)).find((d) => d.iso && d.iso.length === 10);
  return full?.iso ? { date: full.iso, basis: 'text' } : null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
