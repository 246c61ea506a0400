/**
 * Build-time figure extraction: the numbers the passages state (deaths,
 * injuries, arrests, amnesties, criminal cases, money, percentages,
 * distances, people, dates of events), what they count, which terms they
 * belong to, and when their source stated them. Grouping and the
 * "sources differ" flag are in group-figures.ts. Rules and their reasons are
 * in core/figures/README.md.
 */
import { compileMatcher, matchTerms } from '../terms/match-terms';
import type { Article, Figure, FigureGroup, Term } from '../types';
import { findDates } from './dates';
import { anchorFor, attachByDate, compileEventMatcher, unique } from './event-anchor';
import { EVENT_CUES } from './event-words';
import { groupFigures } from './group-figures';
import { figuresInPassage } from './passage-figures';
import { tokenize } from './tokens';

export { figuresInPassage } from './passage-figures';

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
      // Once per passage, not per figure: a passage of n figures read itself n times (#16).
      const passageHasCue = EVENT_CUES.test(passage.text);
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
          passageHasCue,
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
  return {
    figures,
    figureGroups: groupFigures(figures, { placeOf: dominantPlaces(articles, terms) }),
  };
}

/**
 * Each article's dominant place: the place term named in most of its passages
 * (ties: none). Figures about no named event are grouped by it (group-figures.ts).
 */
/** Each article's most-named place, when one leads: figures without an event are grouped by it. */
export function dominantPlaces(articles: Article[], terms: Term[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const term of terms) {
    if (term.kind !== 'place') continue;
    for (const pid of term.passageIds) {
      const articleId = pid.slice(0, pid.lastIndexOf(':'));
      const perArticle = counts.get(articleId) ?? new Map<string, number>();
      perArticle.set(term.id, (perArticle.get(term.id) ?? 0) + 1);
      counts.set(articleId, perArticle);
    }
  }
  const out = new Map<string, string>();
  for (const article of articles) {
    const ranked = [...(counts.get(article.id) ?? [])].sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] !== ranked[1]?.[1]) out.set(article.id, ranked[0][0]);
  }
  return out;
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
