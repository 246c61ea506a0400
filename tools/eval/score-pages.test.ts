import { describe, expect, it } from 'vitest';
import {
  isWithinWords,
  sameText,
  scorePage,
  totalScore,
  type HighlightedSpan,
  type LabelledMention,
  type ScoredPage,
} from './score-pages';

const m = (text: string, count = 1, term = text): LabelledMention => ({ text, term, count });
const spans = (...texts: string[]): HighlightedSpan[] => texts.map((text) => ({ text }));

describe('sameText', () => {
  it.each([
    ['U.S', 'U.S.', true],
    [' Astana ', 'Astana', true],
    ['Kassym-Jomart\nTokayev', 'Kassym-Jomart Tokayev', true],
    ['Astana', 'astana', false],
    ['Nazarbáyev', 'Nazarbayev', false],
    ['Nazarba\u0301yev', 'Nazarbáyev', true],
    ['U.S..', 'U.S', false],
  ])('%j vs %j: %s', (a, b, same) => expect(sameText(a, b)).toBe(same));
});

describe('isWithinWords', () => {
  it.each([
    ['Tokayev', 'Kassym-Jomart Tokayev', true],
    ['Kassym-Jomart', 'Kassym-Jomart Tokayev', true],
    ['Kazakh', 'Kazakhstan', false],
    ['Astana', 'Astana', false],
    ['Union', 'Soviet Union.', true],
    ['', 'Astana', false],
    ['Asia', 'Central Asian nation', false],
  ])('%j in %j: %s', (inner, outer, within) => expect(isWithinWords(inner, outer)).toBe(within));
});

describe('scorePage', () => {
  it.each<{
    name: string;
    mentions: LabelledMention[];
    optional?: LabelledMention[];
    highlights: string[];
    correct: number;
    partial: number;
    neutral: number;
    wrong: string[];
    misses: Array<[string, number]>;
  }>([
    {
      name: 'exact matches up to each count',
      mentions: [m('Tokayev', 2), m('Astana')],
      highlights: ['Tokayev', 'Astana', 'Tokayev', 'Tokayev'],
      correct: 3,
      partial: 0,
      neutral: 0,
      wrong: ['Tokayev'],
      misses: [],
    },
    {
      name: 'a trailing full stop does not matter',
      mentions: [m('U.S.', 2)],
      highlights: ['U.S', 'U.S.'],
      correct: 2,
      partial: 0,
      neutral: 0,
      wrong: [],
      misses: [],
    },
    {
      name: 'misses are the occurrences left',
      mentions: [m('Almaty', 3), m('Soviet Union')],
      highlights: ['Almaty'],
      correct: 1,
      partial: 0,
      neutral: 0,
      wrong: [],
      misses: [
        ['Almaty', 2],
        ['Soviet Union', 1],
      ],
    },
    {
      name: 'a highlight inside a longer surface is a partial; exact ones are assigned first',
      mentions: [m('Kassym-Jomart Tokayev'), m('Tokayev', 2, 'Kassym-Jomart Tokayev')],
      highlights: ['Tokayev', 'Tokayev', 'Tokayev'],
      correct: 3,
      partial: 1,
      neutral: 0,
      wrong: [],
      misses: [],
    },
    {
      name: 'a name in two pieces earns one occurrence',
      mentions: [m('Collective Security Treaty Organization')],
      highlights: ['Collective Security', 'Treaty Organization'],
      correct: 1,
      partial: 1,
      neutral: 0,
      wrong: ['Treaty Organization'],
      misses: [],
    },
    {
      name: 'a highlight around a labelled surface is a partial',
      mentions: [m('Astana')],
      highlights: ['Astana International Financial Centre'],
      correct: 1,
      partial: 1,
      neutral: 0,
      wrong: [],
      misses: [],
    },
    {
      name: 'no partial inside a word',
      mentions: [m('Kazakhstan')],
      highlights: ['Kazakh'],
      correct: 0,
      partial: 0,
      neutral: 0,
      wrong: ['Kazakh'],
      misses: [['Kazakhstan', 1]],
    },
    {
      name: 'optional labels neither help nor hurt, however often',
      mentions: [m('Astana')],
      optional: [m('Europe'), m('Central Asia')],
      highlights: ['Europe', 'Europe', 'Asia', 'Astana'],
      correct: 1,
      partial: 0,
      neutral: 3,
      wrong: [],
      misses: [],
    },
    {
      name: 'a required label wins over an optional one of the same text',
      mentions: [m('Senate')],
      optional: [m('Senate')],
      highlights: ['Senate', 'Senate'],
      correct: 1,
      partial: 0,
      neutral: 1,
      wrong: [],
      misses: [],
    },
    {
      name: 'case must agree',
      mentions: [m('Turkey')],
      highlights: ['turkey'],
      correct: 0,
      partial: 0,
      neutral: 0,
      wrong: ['turkey'],
      misses: [['Turkey', 1]],
    },
    {
      name: 'an off-topic page: every highlight is a false positive',
      mentions: [],
      highlights: ['Jordan'],
      correct: 0,
      partial: 0,
      neutral: 0,
      wrong: ['Jordan'],
      misses: [],
    },
  ])('$name', (c) => {
    const s = scorePage(
      { mentions: c.mentions, optional: c.optional ?? [] },
      spans(...c.highlights),
    );
    expect(s.correct).toBe(c.correct);
    expect(s.partial).toBe(c.partial);
    expect(s.neutral).toBe(c.neutral);
    expect(s.falsePositives.map((f) => f.text)).toEqual(c.wrong);
    expect(s.misses.map((x) => [x.text, x.count])).toEqual(c.misses);
    expect(s.judged).toHaveLength(c.highlights.length);
    // Every highlight is judged once; every required occurrence is found or missed once.
    expect(s.correct + s.neutral + s.falsePositives.length).toBe(c.highlights.length);
    expect(s.correct + s.misses.reduce((n, x) => n + x.count, 0)).toBe(s.required);
  });

  it('gives precision and recall, null when there is nothing to divide by', () => {
    const s = scorePage({ mentions: [m('Astana', 4)], optional: [] }, spans('Astana', 'Kemp'));
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.25);
    const empty = scorePage({ mentions: [], optional: [m('Europe')] }, spans('Europe'));
    expect(empty.precision).toBeNull();
    expect(empty.recall).toBeNull();
  });

  it("uses up the label of the highlight's own term first, and lists a match to another term", () => {
    const labels = {
      mentions: [m('Georgia', 1, 'Georgia (country)'), m('Georgia', 1, 'Georgia (US state)')],
      optional: [],
    };
    const s = scorePage(labels, [{ text: 'Georgia', term: 'Georgia (US state)' }]);
    expect(s.judged[0]!.label!.term).toBe('Georgia (US state)');
    expect(s.wrongTerms).toEqual([]);
    expect(s.misses).toEqual([{ text: 'Georgia', term: 'Georgia (country)', count: 1 }]);

    const other = scorePage(
      { mentions: [m('Tokayev', 1, 'Kassym-Jomart Tokayev')], optional: [] },
      [{ text: 'Tokayev', term: 'Tokayev Foundation' }],
    );
    expect(other.correct).toBe(1);
    expect(other.wrongTerms.map((w) => w.term)).toEqual(['Tokayev Foundation']);
  });
});

describe('totalScore', () => {
  const page = (id: string, topic: 'on' | 'off', mentions: LabelledMention[], h: string[]) => ({
    id,
    topic,
    ...scorePage({ mentions, optional: [] }, spans(...h)),
  });

  it('micro-averages over pages and counts off-topic highlights with their texts', () => {
    const pages: ScoredPage[] = [
      page('01', 'on', [m('Astana', 3)], ['Astana', 'Astana', 'Kemp']),
      page('02', 'on', [m('CSTO')], ['CSTO']),
      page('35', 'off', [], ['Turkey', 'Turkey']),
      page('36', 'off', [], []),
    ];
    const t = totalScore(pages);
    expect(t.correct).toBe(3);
    expect(t.falsePositives).toBe(3);
    expect(t.required).toBe(4);
    expect(t.precision).toBe(0.5);
    expect(t.recall).toBe(0.75);
    expect(t.offTopic).toEqual({
      pages: 2,
      highlights: 2,
      pagesWithHighlights: 1,
      texts: ['Turkey', 'Turkey'],
    });
  });

  it('is empty-safe', () => {
    expect(totalScore([])).toMatchObject({ precision: null, recall: null, pages: 0 });
  });
});
