import { describe, expect, it } from 'vitest';
import type { CuratedArticleField } from '../types';
import { ENGLISH } from './fixtures/english-labels';
import * as format from './format';
import { dateMidpoint, parseIsoDate, type FigureLike } from './format';

// The formatters with the English messages, as the views call them (components/format.ts).
const formatDate = (iso: string | null) => format.formatDate(iso, ENGLISH);
const describeArticleDate = (a: Parameters<typeof format.describeArticleDate>[0]) =>
  format.describeArticleDate(a, ENGLISH);
const describePublisher = (a: { publisher: string | null }) => format.describePublisher(a, ENGLISH);
const curatedNote = (a: { curatedFields?: CuratedArticleField[] }, field: CuratedArticleField) =>
  format.curatedNote(a, field, ENGLISH);
const formatNumber = (value: number) => format.formatNumber(value, ENGLISH);
const formatFigure = (f: Parameters<typeof format.formatFigure>[0]) =>
  format.formatFigure(f, ENGLISH);
const describeFigure = (f: FigureLike) => format.describeFigure(f, ENGLISH);
const measureLabel = (measure: string, subject?: string) =>
  format.measureLabel(measure, ENGLISH, subject);

describe('dates', () => {
  it.each([
    ['2022-01-09', '9 Jan 2022'],
    ['2022-12', 'Dec 2022'],
    ['2024', '2024'],
    [null, null],
    ['', null],
    ['January 2022', null],
    ['2022-13-01', null],
    ['2022-01-32', null],
  ])('formatDate(%j) = %j', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });

  it('places coarse dates mid-period, so a month sorts between its days', () => {
    const jan5 = dateMidpoint('2022-01-05')!;
    const jan = dateMidpoint('2022-01')!;
    const jan20 = dateMidpoint('2022-01-20')!;
    const year = dateMidpoint('2022')!;
    expect(jan5).toBeLessThan(jan);
    expect(jan).toBeLessThan(jan20);
    expect(year).toBeGreaterThan(jan20);
    expect(dateMidpoint('n.d.')).toBeNull();
    expect(parseIsoDate('2022-02')).toEqual({ year: 2022, month: 2, day: undefined });
  });

  it('says when a source states no date, and what it mentions up to when known', () => {
    expect(describeArticleDate({ date: '2022-01-10' })).toEqual({
      text: '10 Jan 2022',
      isDated: true,
    });
    expect(describeArticleDate({ date: null })).toEqual({
      text: 'date not stated',
      isDated: false,
    });
    expect(describeArticleDate({ date: null, mentionsUntil: '2023-11' })).toEqual({
      text: 'undated; mentions events up to Nov 2023',
      isDated: false,
    });
  });
});

describe('publishers', () => {
  it.each([
    ['Reuters', { text: 'Reuters', isStated: true }],
    [' Eurasianet ', { text: 'Eurasianet', isStated: true }],
    [null, { text: 'publisher not stated', isStated: false }],
    ['', { text: 'publisher not stated', isStated: false }],
    ['   ', { text: 'publisher not stated', isStated: false }],
  ])('describePublisher(%j)', (publisher, shown) => {
    expect(describePublisher({ publisher })).toEqual(shown);
  });
});

describe('figures', () => {
  it.each([
    [{ value: 238, qualifier: 'exact' }, '238'],
    [{ value: 200, qualifier: 'about' }, 'about 200'],
    [{ value: 160, qualifier: 'more-than' }, 'more than 160'],
    [{ value: 3600, qualifier: 'exact' }, '3,600'],
    [{ value: 10000, qualifier: 'at-least' }, 'at least 10,000'],
    [{ value: 50, qualifier: 'less-than' }, 'fewer than 50'],
    [{ value: 5, qualifier: 'less-than', unit: '%' }, 'less than 5%'],
    [{ value: 100, valueMax: 200, qualifier: 'range' }, '100–200'],
    [{ value: 1500000, qualifier: 'up-to', unit: 'USD' }, 'up to $1.5 million'],
    [{ value: 500000000000, qualifier: 'more-than', unit: 'USD' }, 'more than $500 billion'],
    [{ value: 999999, qualifier: 'exact' }, '999,999'],
    [{ value: 2.5, qualifier: 'exact', unit: 'km' }, '2.5 km'],
  ] as const)('formatFigure(%j) = %j', (figure, shown) => {
    expect(formatFigure(figure)).toBe(shown);
  });

  it('formats numbers without the locale', () => {
    expect(formatNumber(1234.891)).toBe('1,234.89');
    expect(formatNumber(1234567)).toBe('1.23 million');
    expect(formatNumber(-4200)).toBe('-4,200');
    expect(formatNumber(0)).toBe('0');
  });

  it('labels measures, known and unknown, narrowed by subject', () => {
    expect(measureLabel('killed')).toBe('People killed');
    expect(measureLabel('criminal-cases')).toBe('Criminal cases');
    expect(measureLabel('buildings-burned')).toBe('Buildings burned');
    expect(measureLabel('')).toBe('Figures');
    expect(measureLabel('killed', 'security-forces')).toBe('Security forces killed');
    expect(measureLabel('people', 'protesters')).toBe('Protesters');
    expect(measureLabel('money', 'damage')).toBe('Sums of money: damage');
    expect(measureLabel('killed', '')).toBe('People killed');
  });

  it('describes vague figures in the source’s word and event dates as dates', () => {
    expect(
      describeFigure({
        value: 24,
        valueMax: 99,
        qualifier: 'range',
        isVague: true,
        quote: '“Dozens” of protesters were killed',
      }),
    ).toBe('dozens');
    expect(describeFigure({ value: 200, valueMax: 999, qualifier: 'range', isVague: true })).toBe(
      'roughly 200–999',
    );
    expect(
      describeFigure({
        value: 20220102,
        qualifier: 'exact',
        measure: 'event-date',
        eventDate: '2022-01-02',
      }),
    ).toBe('2 Jan 2022');
    expect(describeFigure({ value: 175000000, qualifier: 'about', unit: 'EUR' })).toBe(
      'about €175 million',
    );
  });
});

describe('curatedNote', () => {
  it('names the field the curator set, and nothing for the others or for older data', () => {
    expect(curatedNote({ curatedFields: ['date', 'publisher'] }, 'date')).toBe(
      'Date set by the curator, not read from the source',
    );
    expect(curatedNote({ curatedFields: ['publisher'] }, 'publisher')).toBe(
      'Publisher set by the curator, not read from the source',
    );
    expect(curatedNote({ curatedFields: ['publisher'] }, 'date')).toBeNull();
    expect(curatedNote({}, 'date')).toBeNull();
  });
});
