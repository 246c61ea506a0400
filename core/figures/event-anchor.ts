/**
 * Which event a figure is about: named in its sentence, its passage, just
 * before it, or (by the source's date) the one event that had just started.
 * Rules and their reasons are in core/figures/README.md.
 */
import { compileMatcher, matchTerms, type TermMatcher } from '../terms/match-terms';
import type { Article, Figure, Passage, Term } from '../types';
import { daysBetween } from './dates';
import { EVENT_MEASURES } from './event-words';
import type { Found } from './passage-figures';

/** Event nouns that name a different event each time: their dates never attach to an event named earlier. */
const SELF_NAMED_EVENTS = /^(?:referendum|elections?|summit)\b/iu;
/** How far back in an article an event-bound figure looks for its event (passages, then the title). */
const CONTEXT_PASSAGES = 3;
/** A figure with no named event belongs to one that started at most this many days before its source's date. */
const DATE_WINDOW_DAYS = 31;
/**
 * A figure whose passage and article name no event, but which counts what
 * events cause ("more than 160 people were killed ... after the riots"), in a
 * source dated within a month after exactly one event's first stated date,
 * belongs to that event. Without a date, or with two candidates, it stays unattached.
 */
export function attachByDate(
  drafts: Array<Figure & { passageHasCue: boolean; sentenceHasCue: boolean }>,
  statedOnByArticle: Map<string, string | null>,
): void {
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

/**
 * Event names as figures are tied to them. Sources write multi-word event
 * names in any case ("the tragic January", "Tragic January"), so their
 * multi-word variants also match in lower case here. This matcher only ties
 * figures to events; what the page highlights is the dictionary's business.
 */
export function compileEventMatcher(terms: Term[]): TermMatcher {
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

export interface AnchorContext {
  article: Article;
  index: number;
  matcher: TermMatcher;
  isEvent: (id: string) => boolean;
  eventsByPassage: Map<string, string[]>;
}

/** The event a figure is about: named in its sentence, else its passage, else (for event-bound figures) just before it. */
export function anchorFor(
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
export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
