/**
 * One table per failure shape seen on unseen articles (issue 10): lists of
 * counts with one verb, increments vs totals, ages and names with digits,
 * counts of people that are not deaths, ranges and qualifiers. Sentences are
 * made up; fixtures/unseen-figures.json measures the same rules on real text.
 */
import { describe, expect, it } from 'vitest';
import { figuresInPassage } from './extract-figures';

function read(text: string) {
  return figuresInPassage({ id: 'a:0', articleId: 'a', ordinal: 0, text, line: 1 }, null)
    .filter((f) => f.figure.measure !== 'event-date')
    .map(({ figure }) => ({
      measure: figure.measure,
      value: figure.value,
      ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
      qualifier: figure.qualifier,
      ...(figure.isIncrement ? { isIncrement: true } : {}),
    }));
}
const pairs = (text: string) => read(text).map((f) => `${f.measure} ${f.value}`);

describe('each count takes the verb of its own clause', () => {
  it.each([
    [
      'The blast left two officials killed and six soldiers and five civilians injured.',
      ['killed 2', 'injured 6', 'injured 5'],
    ],
    ['Police said 4 were killed and 12 wounded.', ['killed 4', 'injured 12']],
    ['The storm killed 3 and injured 40 others.', ['killed 3', 'injured 40']],
    [
      'Officials reported 7 soldiers, 3 police officers and 2 civilians dead.',
      ['killed 7', 'killed 3', 'killed 2'],
    ],
    ['Troops killed 9 militants and 30 were arrested.', ['killed 9', 'detained 30']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('increments are marked, totals are not', () => {
  it.each([
    ['Rescuers recovered 13 more bodies on Tuesday.', 'killed', 13, true],
    ['Another 5 died in hospital overnight.', 'killed', 5, true],
    ['An additional 200 people were evacuated.', 'evacuated', 200, true],
    ['The toll rose by 40 overnight, officials said 40 people died.', 'killed', 40, true],
    ['Tens of thousands more have been displaced.', 'displaced', 20_000, true],
    ['The death toll rose to 170.', 'killed', 170, false],
    ['More than 160 people were killed.', 'killed', 160, false],
  ])('%s', (text, measure, value, isIncrement) => {
    const [first] = read(text);
    expect(first).toMatchObject({ measure, value });
    expect(first!.isIncrement ?? false).toBe(isIncrement);
  });
});

describe('ages, years, names and labels with digits are not counts', () => {
  it.each([
    'A 29-year-old man was killed during the protests.',
    'The victim, who was 16 years old, died in hospital.',
    'A student aged 19 was killed.',
    'The deaths of Rex Masai, 29, and Evans Kiratu, 21, shocked the country.',
    'Chandrayaan-3 landed safely, and Luna-25 crashed.',
    'Traffic on Route 66 was affected by the storm.',
    'Section 5 of the act was applied to protesters who were detained.',
    'No. 10 said the arrested would be released.',
    'The 2024 floods were the worst in a century.',
    'Spain beat France 2-1 and England lost to Spain in the Euro 2024 final.',
    'The Windows 7.11 machines crashed when the update arrived.',
    'A three-day summit in Johannesburg was held after the storm killed thousands.',
  ])('%s', (text) => {
    expect(read(text).filter((f) => f.measure !== 'killed' || f.value !== 2000)).toEqual([]);
  });
  it('keeps a percentage apart from a count', () => {
    expect(pairs('Turnout was 45% while 12 people were hurt.')).toEqual([
      'percent 45',
      'injured 12',
    ]);
  });
});

describe('counted people that are not deaths', () => {
  it.each([
    ["The company's 9,000 employees were told to stay home.", 'employees', 9000],
    ['About 1,500 workers walked out.', 'employees', 1500],
    ['The open letter gathered 1,200 signatories.', 'signatories', 1200],
    ['The plane carried 180 passengers.', 'passengers', 180],
    ['Some 30,000 residents were evacuated from the coast.', 'evacuated', 30_000],
    ['At least 10,000 people are missing.', 'missing', 10_000],
    ['Ten thousand are missing.', 'missing', 10_000],
    ['The floods displaced 3,000 families.', 'displaced', 3000],
    ['Prosecutors ordered the detention of eight current and former officials.', 'detained', 8],
    ['The prosecutor orders eight officials arrested.', 'detained', 8],
    ['A total of 59 people have been abducted.', 'abducted', 59],
    ['The update crashed 8.5 million Windows devices.', 'affected', 8_500_000],
    ['The airline canceled about 7,000 flights.', 'affected', 7000],
  ])('%s', (text, measure, value) => {
    expect(read(text)[0]).toMatchObject({ measure, value });
  });
});

describe('ranges and qualifiers', () => {
  it.each([
    ['Estimates range between 4,000 and 11,300 deaths.', 4000, 'range', 11_300],
    ['Up to 20,000 people were displaced.', 20_000, 'up-to', undefined],
    ['At least 170 people died.', 170, 'at-least', undefined],
    ['More than 5,000 were injured.', 5000, 'more-than', undefined],
    ['Nearly 3,000 were arrested.', 3000, 'about', undefined],
    ['Some 10,000 were evacuated.', 10_000, 'about', undefined],
    ['An estimated 3,700 surgeries were affected.', 3700, 'about', undefined],
    ['Aid groups said 10,000 or more people may be missing.', 10_000, 'at-least', undefined],
    ['Losses were no more than 10% to 20% of the total.', 10, 'range', 20],
    ['Insured losses were $540 million to $1.08 billion.', 540e6, 'range', 1.08e9],
  ])('%s', (text, value, qualifier, valueMax) => {
    const [first] = read(text);
    expect(first).toMatchObject({ value, qualifier });
    expect(first!.valueMax).toBe(valueMax);
  });
  it('reads crore, lakh and currency codes before the number', () => {
    expect(read('The mission cost Rs 615 crore (Dh273.63 million).')).toMatchObject([
      { measure: 'money', value: 6.15e9 },
      { measure: 'money', value: 273.63e6 },
    ]);
  });
});
