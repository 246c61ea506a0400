/**
 * Groups figures that count the same thing, and flags groups whose sources
 * state it differently. Never picks an answer: a group lists every figure
 * with its source; the flag only says they are not all the same number.
 */
import type { Figure, FigureGroup } from '../types';
import { daysBetween } from './dates';
import { EVENT_MEASURES } from './event-words';

/**
 * Two stated numbers are "the same" when they are equal up to rounding noise
 * (0.5%: 175 million vs 175.4 million). "About 200" and "200" state the same
 * number; "more than 160", "about 200" and "238" do not, even though some of
 * them are compatible as intervals: a reader should see them side by side,
 * with their dates, and judge.
 */
export const SAME_NUMBER_TOLERANCE = 0.005;

/**
 * What "the same thing" means:
 * - a figure about a named event (`eventId`) joins the figures of the same
 *   measure, the same subject (people in general vs security forces vs
 *   protesters), the same unit (no currency conversion) about the same event,
 *   whatever the source;
 * - a figure with no event stands alone (merged only with the same number
 *   restated by its own article): without an event we cannot tell what a
 *   number is about, so unrelated numbers ("15 percent" of a currency's
 *   value, a 23.37% turnout, "over 35%" of a corridor's traffic) are never
 *   set against each other.
 */
export function groupKey(f: Figure): string {
  // Increments are never set against totals: "13 more" is not a toll of 13.
  const base = `${f.measure}|${f.subject ?? ''}|${f.unit ?? ''}${f.isIncrement ? '|increment' : ''}`;
  if (f.eventId) return `${base}|event:${f.eventId}`;
  return `${base}|article:${f.articleId}|${f.value}|${f.valueMax ?? ''}|${f.eventDate ?? ''}`;
}

/** Place-grouped figures stated further apart than this start a new group. */
const PLACE_WINDOW_DAYS = 31;

/**
 * Counts of what events cause (killed, injured, missing, ...) that name no
 * event term, in articles whose dominant place is the same, stated within a
 * month of each other, are about the same thing: "More than 40 protesters
 * were killed" and "50 people have died" in two Kenya articles weeks apart.
 * Figures with no place or no date keep their own key.
 */
function placeGroupKeys(figures: Figure[], placeOf: Map<string, string>): Map<string, string> {
  const keys = new Map<string, string>();
  const candidates = figures
    .filter((f) => !f.eventId && f.statedOn && placeOf.has(f.articleId))
    .filter((f) => EVENT_MEASURES.has(f.measure) && f.measure !== 'event-date')
    .sort((a, b) => a.statedOn!.localeCompare(b.statedOn!));
  const lastByBase = new Map<string, { key: string; on: string }>();
  for (const f of candidates) {
    const base = `${groupKey({ ...f, articleId: '', value: 0, valueMax: undefined }).split('|article:')[0]}|place:${placeOf.get(f.articleId)}`;
    const last = lastByBase.get(base);
    const key =
      last && daysBetween(last.on, f.statedOn!) <= PLACE_WINDOW_DAYS
        ? last.key
        : `${base}|${f.statedOn}`;
    lastByBase.set(base, { key, on: f.statedOn! });
    keys.set(f.id, key);
  }
  return keys;
}

/** Stated numbers of two figures are the same, up to rounding noise. */
export function statesSameNumber(a: Figure, b: Figure): boolean {
  if (a.measure === 'event-date' || b.measure === 'event-date') {
    // `2022-01` and `2022-01-02` name the same event date at different precision.
    const x = a.eventDate ?? '';
    const y = b.eventDate ?? '';
    return x.startsWith(y) || y.startsWith(x);
  }
  const close = (x: number, y: number) =>
    x === y || Math.abs(x - y) <= SAME_NUMBER_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  const aMax = a.valueMax ?? a.value;
  const bMax = b.valueMax ?? b.value;
  return close(a.value, b.value) && close(aMax, bMax);
}

/**
 * A group is a disagreement when two of its figures from different articles
 * state different numbers. Vague figures ("dozens", "hundreds") are shown in
 * the group but never raise the flag on their own: their bounds are our
 * convention, not the source's words.
 */
export function isDisagreement(figures: Figure[]): boolean {
  const definite = figures.filter((f) => !f.isVague);
  for (let i = 0; i < definite.length; i++)
    for (let j = i + 1; j < definite.length; j++) {
      const a = definite[i]!;
      const b = definite[j]!;
      if (a.articleId !== b.articleId && !statesSameNumber(a, b)) return true;
    }
  return false;
}

/**
 * @example groupFigures([death238, death200, death160]) // [{ measure: 'killed', figureIds: [...3], isDisagreement: true, ... }]
 */
export function groupFigures(
  figures: Figure[],
  options: { placeOf?: Map<string, string> } = {},
): FigureGroup[] {
  const byKey = new Map<string, Figure[]>();
  const placeKeys = placeGroupKeys(figures, options.placeOf ?? new Map<string, string>());
  for (const f of figures) {
    const key = placeKeys.get(f.id) ?? groupKey(f);
    const list = byKey.get(key) ?? [];
    list.push(f);
    byKey.set(key, list);
  }
  const groups: FigureGroup[] = [];
  for (const list of byKey.values()) {
    const first = list[0]!;
    // Oldest statement first, undated last, corpus order within a date.
    const ordered = list
      .map((f, order) => ({ f, order }))
      .sort(
        (x, y) =>
          (x.f.statedOn ?? '\uffff').localeCompare(y.f.statedOn ?? '\uffff') || x.order - y.order,
      )
      .map(({ f }) => f);
    groups.push({
      id: `fg:${first.id}`,
      measure: first.measure,
      termIds: first.eventId ? [first.eventId] : [...first.termIds],
      figureIds: ordered.map((f) => f.id),
      isDisagreement: isDisagreement(list),
    });
  }
  return groups;
}
