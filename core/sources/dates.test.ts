import { describe, expect, it } from 'vitest';
import { isValidIsoDate, parseDateExpression, parseDateline, parseDateStatement } from './dates';

describe('parseDateline', () => {
  it.each([
    ['Brussels 21.11.2022 “The European Union takes note', '2022-11-21', '21.11.2022', 'Brussels'],
    ['Brussels 06.01.2022 Anna van Densky The Collective', '2022-01-06', '06.01.2022', 'Brussels'],
    ['Nur-Sultan, 2022-03-07 – The minister', '2022-03-07', '2022-03-07', 'Nur-Sultan'],
    ['Vienna, 7 March 2022 – The minister', '2022-03-07', '7 March 2022', 'Vienna'],
    ['New York, March 7, 2022: The minister', '2022-03-07', 'March 7, 2022', 'New York'],
  ])('reads %j', (text, date, dateText, place) => {
    expect(parseDateline(text)).toMatchObject({ date, dateText, place });
  });

  it('reads dd.mm.yyyy in European order', () => {
    expect(parseDateline('Brussels 01.07.2021 The eighth')?.date).toBe('2021-07-01');
  });

  it.each([
    'At his Vienna visit on March 7, 2022, Roman Vassilenko',
    'On 7 March 2022 the minister said',
    'In 21.11.2022 something',
    'Brussels 31.02.2022 impossible date',
    'Brussels 12.13.2022 no such month',
    'the brussels 21.11.2022 lowercase',
    'Some analysts perceive it as a clash',
  ])('finds no dateline in %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe('parseDateStatement', () => {
  it.each([
    ['Published: 7 March 2022', '2022-03-07'],
    ['Published on March 7, 2022', '2022-03-07'],
    ['Date: 2022-03-07', '2022-03-07'],
    ['Posted 21.11.2022', '2022-11-21'],
  ])('%j -> %s', (line, date) => {
    expect(parseDateStatement(line)?.date).toBe(date);
  });
  it('ignores prose that merely starts with a keyword', () => {
    expect(
      parseDateStatement('Published reports say the war began on 24 February 2022.'),
    ).toBeNull();
  });
});

describe('isValidIsoDate / parseDateExpression', () => {
  it.each([
    ['2022-11-21', true],
    ['2022-11', true],
    ['2022', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-13-01', false],
    ['22-11-21', false],
    ['2022-1-5', false],
  ])('%s valid: %s', (value, valid) => {
    expect(isValidIsoDate(value)).toBe(valid);
  });
  it('parses whole date expressions only', () => {
    expect(parseDateExpression('Sept. 1, 2021')).toBe('2021-09-01');
    expect(parseDateExpression('1st September 2021')).toBe('2021-09-01');
    expect(parseDateExpression('on 1 September 2021')).toBeNull();
  });
});
