/**
 * core/view's formatters say nothing in a language of their own (#15): with every message
 * replaced by a marker, what is left outside the markers is the caller's data, digits and
 * punctuation, never a word. So a translation of messages.json translates the dates, figures,
 * measure names and citations the views show.
 */
import { describe, expect, it } from 'vitest';
import { formatCitation, type CitedExcerpt } from './citation';
import {
  curatedNote,
  describeArticleDate,
  describeFigure,
  describePublisher,
  formatDate,
  formatFigure,
  formatNumber,
  measureLabel,
} from './format';
import { viewLabels } from './labels';

/** A pseudo-locale: each message is `‹key|substitution|…›`. */
const pseudo = viewLabels((key, ...substitutions) => `‹${[key, ...substitutions].join('|')}›`);

/** The text outside every marker (markers nest: a date inside a sentence). */
function outsideMessages(text: string): string {
  let rest = text;
  while (/‹[^‹›]*›/u.test(rest)) rest = rest.replace(/‹[^‹›]*›/gu, '');
  return rest;
}

const excerpt: CitedExcerpt = {
  text: '«1, 2»', // no letters: anything alphabetic in the output is the formatter's own
  article: {
    title: '',
    publisher: null,
    author: null,
    url: 'https://example.org/a',
    date: null,
    mentionsUntil: '2023-11',
    curatedFields: ['title', 'date'],
  },
};

describe('core/view in a pseudo-locale', () => {
  it('takes dates, publishers and curated notes from the messages', () => {
    expect(formatDate('2022-01-09', pseudo)).toBe('‹common_date_day|9|‹common_month_jan›|2022›');
    expect(formatDate('2022-12', pseudo)).toBe('‹common_date_month|‹common_month_dec›|2022›');
    expect(describeArticleDate({ date: null }, pseudo).text).toBe('‹common_date_not_stated›');
    expect(describeArticleDate({ date: null, mentionsUntil: '2023-11' }, pseudo).text).toBe(
      '‹common_date_undated_until|‹common_date_month|‹common_month_nov›|2023››',
    );
    expect(describePublisher({ publisher: ' ' }, pseudo).text).toBe(
      '‹common_publisher_not_stated›',
    );
    expect(curatedNote({ curatedFields: ['url'] }, 'url', pseudo)).toBe('‹common_curated_url›');
  });

  it('takes number words, qualifiers and measure names from the messages', () => {
    expect(formatNumber(2_500_000, pseudo)).toBe('‹common_number_million|2.5›');
    expect(formatFigure({ value: 3, qualifier: 'less-than' }, pseudo)).toBe(
      '‹common_figure_fewer_than|3›',
    );
    expect(formatFigure({ value: 3, qualifier: 'less-than', unit: '%' }, pseudo)).toBe(
      '‹common_figure_less_than|3%›',
    );
    expect(
      describeFigure({ value: 200, valueMax: 999, qualifier: 'range', isVague: true }, pseudo),
    ).toBe('‹common_figure_roughly|200–999›');
    expect(measureLabel('dead', pseudo)).toBe('‹common_measure_killed›');
    expect(measureLabel('killed', pseudo, 'security-forces')).toBe(
      '‹common_measure_killed_of|Security forces›',
    );
    expect(measureLabel('money', pseudo, 'damage')).toBe(
      '‹common_measure_about|‹common_measure_money›|damage›',
    );
    expect(measureLabel('', pseudo)).toBe('‹common_measure_figures›');
  });

  it('leaves no word of its own outside the messages', () => {
    const shown = [
      formatDate('2024', pseudo),
      describeArticleDate({ date: '2022-03-04' }, pseudo).text,
      describeArticleDate({ date: null, mentionsUntil: '2023' }, pseudo).text,
      describePublisher({ publisher: null }, pseudo).text,
      ...(['title', 'publisher', 'author', 'date', 'url'] as const).map((field) =>
        curatedNote({ curatedFields: [field] }, field, pseudo),
      ),
      formatNumber(7e12, pseudo),
      formatNumber(1234.5, pseudo),
      ...(['about', 'more-than', 'less-than', 'at-least', 'up-to', 'exact'] as const).map(
        (qualifier) => formatFigure({ value: 4e9, qualifier, unit: 'EUR' }, pseudo),
      ),
      describeFigure(
        { value: 1, qualifier: 'exact', measure: 'event-date', eventDate: '2022-01' },
        pseudo,
      ),
      ...[
        'killed',
        'injured',
        'wounded',
        'arrested',
        'detained',
        'amnestied',
        'convicted',
        'people',
        'criminal-cases',
        'event-date',
        'money',
        'percent',
        'distance',
        'date',
      ].flatMap((measure) => [measureLabel(measure, pseudo), measureLabel(measure, pseudo, '1-2')]),
      formatCitation(excerpt, { format: 'text', labels: pseudo }),
      formatCitation(excerpt, { format: 'markdown', labels: pseudo }),
    ];
    const words = shown.map((text) =>
      outsideMessages(text ?? '')
        .replace('https://example.org/a', '')
        .match(/\p{L}{2,}/gu),
    );
    expect(words.filter(Boolean)).toEqual([]);
    // The check does see words.
    expect(outsideMessages('‹x› undated ‹y›').match(/\p{L}{2,}/gu)).toEqual(['undated']);
  });
});
