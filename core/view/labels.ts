/**
 * The labels core/view's formatters take, read from the UI's messages (#15): the one place
 * that says which message words each formatted value. core/ names message keys here but reads
 * no browser API: `message` is the browser's i18n in the extension (components/i18n.ts) and
 * `lookupIn(messages.json)` in core's own tests, so both show the same English.
 */
import type { MessageKey } from '../message-lookup';
import type { CuratedArticleField } from '../types';
import type { CitationLabels } from './citation';
import type { FigureWord, KnownMeasure, LargeNumber, PeopleMeasure } from './format';

/** A message with its substitutions filled ($1 is the first). */
export type Message = (key: MessageKey, ...substitutions: string[]) => string;

/** Every label the views' formatters take. */
export type ViewLabels = CitationLabels;

const MONTHS: readonly MessageKey[] = [
  'common_month_jan',
  'common_month_feb',
  'common_month_mar',
  'common_month_apr',
  'common_month_may',
  'common_month_jun',
  'common_month_jul',
  'common_month_aug',
  'common_month_sep',
  'common_month_oct',
  'common_month_nov',
  'common_month_dec',
];

const CURATED: Record<CuratedArticleField, MessageKey> = {
  title: 'common_curated_title',
  publisher: 'common_curated_publisher',
  author: 'common_curated_author',
  date: 'common_curated_date',
  url: 'common_curated_url',
};

const LARGE_NUMBERS: Record<LargeNumber, MessageKey> = {
  million: 'common_number_million',
  billion: 'common_number_billion',
  trillion: 'common_number_trillion',
};

const FIGURE_WORDS: Record<FigureWord, MessageKey> = {
  about: 'common_figure_about',
  'more-than': 'common_figure_more_than',
  'fewer-than': 'common_figure_fewer_than',
  'less-than': 'common_figure_less_than',
  'at-least': 'common_figure_at_least',
  'up-to': 'common_figure_up_to',
};

const MEASURES: Record<KnownMeasure, MessageKey> = {
  killed: 'common_measure_killed',
  injured: 'common_measure_injured',
  arrested: 'common_measure_arrested',
  detained: 'common_measure_detained',
  amnestied: 'common_measure_amnestied',
  convicted: 'common_measure_convicted',
  people: 'common_measure_people',
  'criminal-cases': 'common_measure_criminal_cases',
  'event-date': 'common_measure_event_date',
  money: 'common_measure_money',
  percent: 'common_measure_percent',
  distance: 'common_measure_distance',
  date: 'common_measure_date',
};

const MEASURES_OF: Record<PeopleMeasure, MessageKey> = {
  killed: 'common_measure_killed_of',
  injured: 'common_measure_injured_of',
  arrested: 'common_measure_arrested_of',
  detained: 'common_measure_detained_of',
  amnestied: 'common_measure_amnestied_of',
  convicted: 'common_measure_convicted_of',
};

/**
 * The views' labels over a message lookup. Each label asks `message` when it is used, so the
 * object can be made once.
 *
 * @example formatDate('2022-01-09', viewLabels(t)) // '9 Jan 2022'
 */
export function viewLabels(message: Message): ViewLabels {
  return {
    month: (month) => message(MONTHS[month - 1]!),
    dayMonthYear: (day, month, year) => message('common_date_day', day, month, year),
    monthYear: (month, year) => message('common_date_month', month, year),
    dateNotStated: () => message('common_date_not_stated'),
    undatedUntil: (date) => message('common_date_undated_until', date),
    publisherNotStated: () => message('common_publisher_not_stated'),
    curated: (field) => message(CURATED[field]),
    largeNumber: (amount, size) => message(LARGE_NUMBERS[size], amount),
    qualified: (word, amount) => message(FIGURE_WORDS[word], amount),
    roughly: (figure) => message('common_figure_roughly', figure),
    measure: (measure) => message(MEASURES[measure]),
    measureOf: (measure, subject) => message(MEASURES_OF[measure], subject),
    measureAbout: (label, subject) => message('common_measure_about', label, subject),
    figures: () => message('common_measure_figures'),
    untitled: () => message('common_citation_untitled'),
    curatedMark: () => message('common_curated'),
    quoted: (quote) => message('common_citation_quoted', quote),
  };
}
