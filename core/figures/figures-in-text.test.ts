import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../types';
import { figuresInPassage } from './extract-figures';

function passage(text: string): Passage {
  return { id: 'a:0', articleId: 'a', ordinal: 0, text, line: 1 };
}

/** The figures of one text, in a compact shape for tables. */
function read(text: string) {
  return figuresInPassage(passage(text), null).map(({ figure, subject, isVague }) => ({
    measure: figure.measure,
    value: figure.value,
    ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
    qualifier: figure.qualifier,
    ...(figure.unit !== undefined ? { unit: figure.unit } : {}),
    ...(subject ? { subject } : {}),
    ...(isVague ? { isVague } : {}),
    quote: figure.quote,
  }));
}

describe('numbers in digits and words', () => {
  it.each([
    ['The events resulted in the death of 238 people.', 'killed', 238, 'death of 238 people'],
    [
      'It ordered the investigation of 3,600 criminal cases.',
      'criminal-cases',
      3600,
      '3,600 criminal cases',
    ],
    ['Police said 5,000 were arrested.', 'detained', 5000, '5,000 were arrested'],
    ['The unrest resulted in 200 deaths.', 'killed', 200, '200 deaths'],
    ['Two people were killed in the clashes.', 'killed', 2, 'Two people were killed'],
    ['Twenty-five protesters were wounded.', 'injured', 25, 'Twenty-five protesters were wounded'],
    [
      'Three hundred people were detained overnight.',
      'detained',
      300,
      'Three hundred people were detained',
    ],
    ['A dozen journalists were detained.', 'detained', 12, 'A dozen journalists were detained'],
    [
      'The amnesty was applied to 1,095 citizens.',
      'amnestied',
      1095,
      'amnesty was applied to 1,095 citizens',
    ],
    [
      'Of them 1,205 were previously convicted.',
      'convicted',
      1205,
      '1,205 were previously convicted',
    ],
    ['The country has 20 million people.', 'people', 20_000_000, '20 million people'],
    ['300.000 people are ethnic Ukrainians.', 'people', 300_000, '300.000 people'],
  ])('%s', (text, measure, value, quote) => {
    const [figure] = read(text);
    expect(figure).toMatchObject({ measure, value, quote });
  });

  it('reads vague plurals as a range by convention, flagged as vague', () => {
    expect(read('Hundreds of people were killed.')).toEqual([
      {
        measure: 'killed',
        value: 200,
        valueMax: 999,
        qualifier: 'range',
        isVague: true,
        quote: 'Hundreds of people were killed',
      },
    ]);
    expect(read('They killed dozens of people there.')[0]).toMatchObject({
      measure: 'killed',
      value: 24,
      valueMax: 99,
      isVague: true,
    });
  });
});

describe('qualifiers and ranges', () => {
  it.each([
    ['More than 160 people were killed.', 'more-than', 160],
    ['Over 160 people were killed.', 'more-than', 160],
    ['About 200 people were killed.', 'about', 200],
    ['Around 200 people were killed.', 'about', 200],
    ['Nearly 200 people were killed.', 'about', 200],
    ['At least 200 people were killed.', 'at-least', 200],
    ['Up to 200 people were killed.', 'up-to', 200],
    ['Fewer than 200 people were killed.', 'less-than', 200],
    ['Police detained 200 people.', 'exact', 200],
  ])('%s', (text, qualifier, value) => {
    expect(read(text)[0]).toMatchObject({ qualifier, value });
  });

  it.each([
    ['Between 150 and 200 people were killed.', 'Between 150 and 200 people were killed'],
    ['150-200 people were killed.', '150-200 people were killed'],
    ['150 to 200 people were killed.', '150 to 200 people were killed'],
  ])('range: %s', (text, quote) => {
    expect(read(text)).toEqual([
      { measure: 'killed', value: 150, valueMax: 200, qualifier: 'range', quote },
    ]);
  });
});

describe('money, percentages, distances', () => {
  it.each([
    ['Damage was put at $175 million.', 175e6, 'USD', 'exact', '$175 million'],
    [
      'Damage was put at about 175 million euros.',
      175e6,
      'EUR',
      'about',
      'about 175 million euros',
    ],
    ['They lost 175 million dollars.', 175e6, 'USD', 'exact', '175 million dollars'],
    ['It cost 2.5 billion tenge.', 2.5e9, 'KZT', 'exact', '2.5 billion tenge'],
    ['Estimates put it at $198m.', 198e6, 'USD', 'exact', '$198m'],
    ['We have over $500 billion invested.', 500e9, 'USD', 'more-than', 'over $500 billion'],
  ])('%s', (text, value, unit, qualifier, quote) => {
    expect(read(text)[0]).toMatchObject({ measure: 'money', value, unit, qualifier, quote });
  });

  it('reads what money counts where the sentence says so', () => {
    expect(read('Property damage reached about 175 million euros ($198m).')).toMatchObject([
      { unit: 'EUR', subject: 'damage' },
      { unit: 'USD', subject: 'damage' },
    ]);
    expect(read('They signed deals worth 22 billion dollars.')[0]).toMatchObject({
      subject: 'deals',
    });
  });

  it.each([
    ['The currency lost 15 percent of its value.', 15, '15 percent'],
    ['Turnout was 23.37% at noon.', 23.37, '23.37%'],
    ['It fell by over 35% this year.', 35, 'over 35%'],
    ['Some 15 per cent of the population.', 15, 'Some 15 per cent'],
  ])('%s', (text, value, quote) => {
    expect(read(text)[0]).toMatchObject({ measure: 'percent', value, unit: '%', quote });
  });

  it('reads distances', () => {
    expect(read('We share 7500 km borders and 1800 km more.')).toMatchObject([
      { measure: 'distance', value: 7500, unit: 'km' },
      { measure: 'distance', value: 1800, unit: 'km' },
    ]);
  });
});

describe('what is not a figure', () => {
  it.each([
    'He was elected president in 2019.',
    'Since 1995, we have an institution.',
    'The protests began in January 2022.',
    'At his Vienna visit on March 7, 2022, he spoke.',
    'Brussels 09.01.2022 The statement was read.',
    'The conference is on 15-16 July in Tashkent.',
    'A press point is planned at 11:40 local time.',
    'It celebrated the 30th anniversary.',
    'The G7 and Khabar-24 reported it.',
    'Kazakhstan signed 47 agreements.',
    'Limitation of presidential terms by two mandates only.',
    'One of the victims was beheaded.',
    'Two days later, riots erupted in Almaty.',
    'The budget cycle 2021-2027 was agreed.',
    'and only 500 of them have reached a court.',
  ])('%s', (text) => {
    expect(read(text).filter((f) => f.measure !== 'event-date')).toEqual([]);
  });
});

describe('several figures in one sentence', () => {
  it('carries the measure over "including" and the subject over a bare count', () => {
    expect(
      read(
        'The events resulted in the death of 238 people, including 19 police officers and military personnel.',
      ),
    ).toEqual([
      { measure: 'killed', value: 238, qualifier: 'exact', quote: 'death of 238 people' },
      {
        measure: 'killed',
        value: 19,
        qualifier: 'exact',
        subject: 'security-forces',
        quote: 'including 19 police officers and military personnel',
      },
    ]);
    expect(
      read(
        'Reportedly 353 members of the law enforcement were injured in the clashes, 12 were killed, the TV said.',
      ),
    ).toMatchObject([
      { measure: 'injured', value: 353, subject: 'security-forces' },
      {
        measure: 'killed',
        value: 12,
        subject: 'security-forces',
        quote: '353 members of the law enforcement were injured in the clashes, 12 were killed',
      },
    ]);
  });

  it('reads coordinated counts and a converted sum as separate figures', () => {
    expect(
      read(
        'More than 160 people were killed and 5,000 arrested after the riots. Damage was put at about 175 million euros ($198m).',
      ),
    ).toMatchObject([
      {
        measure: 'killed',
        value: 160,
        qualifier: 'more-than',
        quote: 'More than 160 people were killed',
      },
      { measure: 'detained', value: 5000, qualifier: 'exact', quote: '5,000 arrested' },
      { measure: 'money', value: 175e6, unit: 'EUR', qualifier: 'about' },
      { measure: 'money', value: 198e6, unit: 'USD', qualifier: 'exact' },
    ]);
  });
});

describe('dates of events', () => {
  it('reads a date attached to an event noun, and only that', () => {
    const found = figuresInPassage(
      passage(
        'It started as peaceful protests on January 2, 2022 in the region. He spoke on March 7, 2022.',
      ),
      null,
    );
    expect(found.map((f) => [f.figure.measure, f.figure.eventDate, f.figure.quote])).toEqual([
      ['event-date', '2022-01-02', 'protests on January 2, 2022'],
    ]);
  });

  it('keeps month precision', () => {
    const [f] = figuresInPassage(
      passage('The tragic unrest of January 2022 shook the country.'),
      null,
    );
    expect(f?.figure).toMatchObject({
      measure: 'event-date',
      eventDate: '2022-01',
      value: 20220100,
    });
  });
});

describe('invariants', () => {
  const pieces = fc.constantFrom(
    'more than',
    'about',
    '160',
    '5,000',
    '3.5',
    '300.000',
    'million',
    'people',
    'were killed',
    'arrested',
    '$',
    '€',
    '%',
    'percent',
    'euros',
    '-',
    'to',
    'between',
    'and',
    'January',
    '2',
    '2022',
    ',',
    '.',
    '“',
    '”',
    'dozens',
    'of',
    'including',
    'police',
    'twenty',
    '-five',
    'criminal cases',
    'protests on',
    '09.01.2022',
    '11:40',
    'G7',
    '30th',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(pieces, { maxLength: 40 }).map((words) => words.join(' ')),
    fc.array(pieces, { maxLength: 40 }).map((words) => words.join('')),
  );

  it('never throws, and every quote is a substring of its passage', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const { figure } of figuresInPassage(passage(text), null)) {
          expect(text.includes(figure.quote)).toBe(true);
          expect(figure.quote.length).toBeGreaterThan(0);
          expect(Number.isFinite(figure.value)).toBe(true);
          if (figure.valueMax !== undefined) expect(figure.valueMax).toBeGreaterThan(figure.value);
        }
      }),
      { numRuns: 500 },
    );
  });
});
