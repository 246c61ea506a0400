import { describe, expect, it } from 'vitest';
import { findDateMentions, latestMentionedDate, mentionedDates } from './mentioned-dates';

describe('mentionedDates: dates written with their year', () => {
  it('finds full and month-level dates, not year-only ones', () => {
    expect(
      mentionedDates(
        'On March 7, 2022 and 2 January 2022; in June 2020; by the year 2045; 21.11.2022; 2023-02-01.',
      ),
    ).toEqual(['2022-03-07', '2022-01-02', '2020-06', '2022-11-21', '2023-02-01']);
  });
  it('does not count "7 March 2022" a second time as "March 2022" or "7 March"', () => {
    expect(mentionedDates('the visit of 7 March 2022')).toEqual(['2022-03-07']);
  });
  it('does not read the verb "may" as a month', () => {
    expect(mentionedDates('it may 2022 be, it may 5 times')).toEqual([]);
  });
  it('gives the latest', () => {
    expect(
      latestMentionedDate(['At his Vienna visit on March 7, 2022', 'protests on January 2, 2022']),
    ).toBe('2022-03-07');
    expect(latestMentionedDate(['no dates here'])).toBeNull();
  });
});

/** One article as paragraphs; each case names the year-less date it checks. */
const YEARLESS: Array<{
  case: string;
  paragraphs: string[];
  date?: string | null;
  expected: string[];
}> = [
  {
    case: 'the year of a preceding bare year ("In 2022 ... on January 5")',
    paragraphs: ['In 2022 protests began in the west. On January 5 the government resigned.'],
    expected: ['2022-01-05'],
  },
  {
    case: 'the three written forms: "January 5", "5 January", "on Jan. 7", "the 8th of January"',
    paragraphs: ['In 2022: January 5, 6 January, on Jan. 7, the 8th of January, March 9th.'],
    expected: ['2022-01-05', '2022-01-06', '2022-01-07', '2022-01-08', '2022-03-09'],
  },
  {
    case: 'the article date beats a year in the paragraph',
    paragraphs: ['Elected in 2019, he dismissed the government on January 5.'],
    date: '2022-01-06',
    expected: ['2022-01-05'],
  },
  {
    case: 'a year-only or month-only article date still gives the year',
    paragraphs: ['On January 5 the government resigned.'],
    date: '2022',
    expected: ['2022-01-05'],
  },
  {
    case: 'a year later in the same sentence, joined as a range ("January 5 and 6, 2022")',
    paragraphs: ['Protests on January 5 and 6, 2022 and from 3 March to 5 April 2023.'],
    expected: ['2022-01-05', '2023-03-03'],
  },
  {
    case: 'a range year beats the article date',
    paragraphs: ['The talks of January 5-6, 2021 failed.'],
    date: '2022-01-09',
    expected: ['2021-01-05'],
  },
  {
    case: 'a year later in the same sentence that is not a range is not borrowed',
    paragraphs: ['On January 5 protesters stormed the building, as they had in 2019.'],
    expected: [],
  },
  {
    case: 'a year-less date before any year is left out (no invented year)',
    paragraphs: ['On January 5 the government resigned.', 'In 2022, more protests.'],
    expected: [],
  },
  {
    case: 'the nearest year before it in the same paragraph',
    paragraphs: ['In 2022 the war began.', 'In 2019 he was elected; on June 9 he took office.'],
    expected: ['2019-06-09'],
  },
  {
    case: 'across paragraphs, the most mentioned year so far, not a background year just before',
    paragraphs: [
      'The year 2022 is far from over; the first days of 2022 were dangerous.',
      'He had allowed gatherings in June 2020, six months before the insurrection.',
      'The proposal to abolish nuclear weapons by the year 2045 was an achievement.',
      'The President said on Jan. 7 and again on July 2 that ...',
    ],
    expected: ['2022-01-07', '2022-07-02'],
  },
  {
    case: 'the most mentioned year counts only what was read before the date',
    paragraphs: ['In 2019 and since 2019.', 'On July 6 he spoke.', 'In 2022, 2022 and 2022.'],
    expected: ['2019-07-06'],
  },
  {
    case: 'one mention of a year in another paragraph is not enough',
    paragraphs: ['An analyst wrote in June 2019 ...', 'After his birthday on July 6 ...'],
    expected: [],
  },
  {
    case: 'a tie between years gives no year',
    paragraphs: ['Elected in 2019 and 2022.', 'Since 2019, and in 2022.', 'On January 5 ...'],
    expected: [],
  },
  {
    case: 'counts and sizes are not years ("over 1500 years", "1800 km", "2000 people")',
    paragraphs: [
      'Built over 1500 years ago, 1800 km of border, more than 2000 people. On May 3 ...',
    ],
    expected: [],
  },
  {
    case: 'impossible days are dropped',
    paragraphs: ['In 2022, on February 30 and 31 April.'],
    expected: [],
  },
  {
    case: 'no rollover: December in a January-dated article stays in its year (a known limit)',
    paragraphs: ['Prices rose on December 28.'],
    date: '2022-01-06',
    expected: ['2022-12-28'],
  },
];

describe('findDateMentions: year-less dates take the year of their context', () => {
  it.each(YEARLESS)('$case', ({ paragraphs, date, expected }) => {
    expect(
      findDateMentions(paragraphs, { date })
        .flat()
        .filter((m) => m.yearFrom !== 'text')
        .map((m) => m.iso),
    ).toEqual(expected);
  });

  it('says where each year came from, and where the words are', () => {
    const [first, second] = findDateMentions(
      ['In 2022 it began on January 2, 2022.', 'On January 5 and 6, 2023 ... on 7 January.'],
      {},
    );
    expect(first).toEqual([{ index: 20, length: 15, iso: '2022-01-02', yearFrom: 'text' }]);
    expect(second!.map((m) => [m.iso, m.yearFrom])).toEqual([
      ['2023-01-05', 'range'],
      ['2023-01-07', 'paragraph'],
    ]);
  });

  it('leaves a full stop out of the words unless it ends an abbreviation', () => {
    const text = 'In 2022, on 17 November. On 18 Nov. and 19 Sept. too.';
    const [mentions] = findDateMentions([text]);
    expect(mentions!.map((m) => text.slice(m.index, m.index + m.length))).toEqual([
      '17 November',
      '18 Nov.',
      '19 Sept.',
    ]);
  });
});
