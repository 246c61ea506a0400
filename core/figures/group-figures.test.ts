import { describe, expect, it } from 'vitest';
import type { Figure } from '../types';
import { groupFigures, isDisagreement, statesSameNumber } from './group-figures';

let next = 0;
function fig(overrides: Partial<Figure> & Pick<Figure, 'value' | 'articleId'>): Figure {
  next += 1;
  return {
    id: `f${next}`,
    passageId: `${overrides.articleId}:0`,
    measure: 'killed',
    qualifier: 'exact',
    quote: String(overrides.value),
    termIds: [],
    eventId: 'january-events',
    ...overrides,
  };
}

describe('statesSameNumber', () => {
  it('treats "about 200" and "200" as the same number, 238 and 200 as different', () => {
    const about200 = fig({ articleId: 'a', value: 200, qualifier: 'about' });
    const exact200 = fig({ articleId: 'b', value: 200 });
    const exact238 = fig({ articleId: 'c', value: 238 });
    expect(statesSameNumber(about200, exact200)).toBe(true);
    expect(statesSameNumber(about200, exact238)).toBe(false);
  });

  it('allows rounding noise only', () => {
    expect(
      statesSameNumber(
        fig({ articleId: 'a', value: 175e6 }),
        fig({ articleId: 'b', value: 175.4e6 }),
      ),
    ).toBe(true);
    expect(
      statesSameNumber(
        fig({ articleId: 'a', value: 175e6 }),
        fig({ articleId: 'b', value: 180e6 }),
      ),
    ).toBe(false);
  });

  it('compares ranges by both ends, and event dates by precision', () => {
    expect(
      statesSameNumber(
        fig({ articleId: 'a', value: 150, valueMax: 200 }),
        fig({ articleId: 'b', value: 150 }),
      ),
    ).toBe(false);
    const day = fig({
      articleId: 'a',
      value: 20220102,
      measure: 'event-date',
      eventDate: '2022-01-02',
    });
    const month = fig({
      articleId: 'b',
      value: 20220100,
      measure: 'event-date',
      eventDate: '2022-01',
    });
    const other = fig({
      articleId: 'c',
      value: 20220105,
      measure: 'event-date',
      eventDate: '2022-01-05',
    });
    expect(statesSameNumber(day, month)).toBe(true);
    expect(statesSameNumber(day, other)).toBe(false);
  });
});

describe('groupFigures', () => {
  it('groups the same measure about the same event and flags 238 / about 200 / more than 160', () => {
    const figures = [
      fig({ articleId: 'vienna', value: 238, statedOn: '2022-03-07' }),
      fig({ articleId: 'euractiv', value: 200, qualifier: 'about', statedOn: '2024-01-02' }),
      fig({ articleId: 'brussels', value: 160, qualifier: 'more-than', statedOn: '2022-01-09' }),
    ];
    const groups = groupFigures(figures);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      measure: 'killed',
      termIds: ['january-events'],
      isDisagreement: true,
    });
    // Oldest statement first; no figure is singled out as the answer.
    expect(groups[0]!.figureIds).toEqual([figures[2]!.id, figures[0]!.id, figures[1]!.id]);
  });

  it('does not flag sources that restate one number', () => {
    const groups = groupFigures([
      fig({ articleId: 'a', value: 200 }),
      fig({ articleId: 'b', value: 200, qualifier: 'about' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.isDisagreement).toBe(false);
  });

  it('keeps different measures, subjects, currencies and events apart', () => {
    const groups = groupFigures([
      fig({ articleId: 'a', value: 238 }),
      fig({ articleId: 'a', value: 19, subject: 'security-forces' }),
      fig({ articleId: 'b', value: 5000, measure: 'detained' }),
      fig({ articleId: 'b', value: 175e6, measure: 'money', unit: 'EUR' }),
      fig({ articleId: 'b', value: 198e6, measure: 'money', unit: 'USD' }),
      fig({ articleId: 'c', value: 12, eventId: 'another-event' }),
    ]);
    expect(groups).toHaveLength(6);
    expect(groups.every((g) => !g.isDisagreement)).toBe(true);
  });

  it('never sets figures without an event against each other', () => {
    const groups = groupFigures([
      fig({ articleId: 'a', value: 15, measure: 'percent', unit: '%', eventId: undefined }),
      fig({ articleId: 'a', value: 35, measure: 'percent', unit: '%', eventId: undefined }),
      fig({ articleId: 'b', value: 15, measure: 'percent', unit: '%', eventId: undefined }),
    ]);
    expect(groups).toHaveLength(3);
    expect(groups.some((g) => g.isDisagreement)).toBe(false);
  });

  it('does not let one source disagree with itself, nor vague words raise the flag', () => {
    expect(
      isDisagreement([fig({ articleId: 'a', value: 238 }), fig({ articleId: 'a', value: 19 })]),
    ).toBe(false);
    expect(
      isDisagreement([
        fig({ articleId: 'a', value: 238 }),
        fig({ articleId: 'b', value: 200, valueMax: 999, qualifier: 'range', isVague: true }),
      ]),
    ).toBe(false);
  });
});
