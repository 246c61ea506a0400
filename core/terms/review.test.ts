import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import type { CuratedTerms } from './curated';
import { reviewTerms, sentenceAround, termConfidence } from './review';
import { article, term } from './test-article';

const NO_CURATION: CuratedTerms = { aliases: [], exclude: [] };

describe('termConfidence', () => {
  const cases: Array<[string, number, number, number]> = [
    // name, passages, sources, expected
    ['Constitution', 1, 1, 0.4], // one ordinary English word, once
    ['Security Council', 1, 1, 0.4], // ordinary words
    ['Akorda', 1, 1, 0.5], // no evidence either way
    ['NATO', 1, 1, 0.5], // an acronym is not an ordinary word
    ['Reading', 1, 1, 0.6], // an English word, but also a town
    ['Narok', 1, 1, 0.7], // a gazetteer town
    ['Planning Committee of the National Assembly Kimani Kuria', 1, 1, 0.3], // a run too long
    ['Akorda', 2, 1, 0.7],
    ['Akorda', 3, 2, 0.9],
    ['Kazakhstan', 93, 5, 1],
  ];
  it.each(cases)('%s in %i passages of %i sources: %f', (name, passages, sources, expected) => {
    expect(termConfidence({ name, passages, sources }).confidence).toBe(expected);
  });

  it('says why in words', () => {
    expect(termConfidence({ name: 'Constitution', passages: 2, sources: 1 }).reasons).toEqual([
      '1 source',
      '2 passages',
      'an ordinary English word',
    ]);
    expect(
      termConfidence({
        name: 'National Preventive Mechanism against Torture',
        passages: 1,
        sources: 1,
      }).reasons,
    ).toEqual(['1 source', '1 passage', 'ordinary English words', '5 words']);
  });
});

describe('sentenceAround', () => {
  const cases: Array<[string, string, string, string]> = [
    ['the sentence only', 'One. Two Tokayev three. Four.', 'Tokayev', 'Two Tokayev three.'],
    [
      'a title is not a sentence end',
      'Before. Mr. Tokayev spoke. After.',
      'Tokayev',
      'Mr. Tokayev spoke.',
    ],
    [
      'an initial is not a sentence end',
      'Said J. Smith today. Next.',
      'Smith',
      'Said J. Smith today.',
    ],
    ['no full stop at all', 'Tokayev in a caption', 'Tokayev', 'Tokayev in a caption'],
    ['a question', 'Who? Is it Tokayev? Yes.', 'Tokayev', 'Is it Tokayev?'],
  ];
  it.each(cases)('%s', (_label, text, mention, expected) => {
    const start = text.indexOf(mention);
    const got = sentenceAround(text, start, start + mention.length);
    expect(got.text).toBe(expected);
    expect(got.text.slice(got.start, got.end)).toBe(mention);
  });

  it('cuts a long sentence around the mention at word boundaries', () => {
    const text = `${'word '.repeat(60)}Tokayev ${'more '.repeat(60)}end.`;
    const start = text.indexOf('Tokayev');
    const got = sentenceAround(text, start, start + 7, 80);
    expect(got.text.length).toBeLessThanOrEqual(82);
    expect(got.text.startsWith('…word')).toBe(true);
    expect(got.text.endsWith('more…')).toBe(true);
    expect(got.text.slice(got.start, got.end)).toBe('Tokayev');
  });
});

describe('reviewTerms', () => {
  const articles: Article[] = [
    article('a', 'The Constitution was changed. Akorda said so.', 'Akorda again. NATO too.'),
    article('b', 'Akorda met NATO.', 'Then Akorda left.'),
    article('c', 'Akorda, the office, spoke.'),
  ];
  const terms = [
    term('Constitution', 'concept', ['a:0']),
    term('Akorda', 'organisation', ['a:0', 'a:1', 'b:0', 'b:1', 'c:0']),
    term('NATO', 'organisation', ['a:1', 'b:0'], ['North Atlantic Treaty Organization']),
  ];

  it('lists the weakest first, with counts and sources', () => {
    const items = reviewTerms({ articles, terms, curated: NO_CURATION });
    expect(items.map((i) => [i.name, i.confidence, i.passages, i.sources])).toEqual([
      ['Constitution', 0.4, 1, ['a.txt']],
      ['NATO', 0.8, 2, ['a.txt', 'b.txt']],
      ['Akorda', 0.9, 5, ['a.txt', 'b.txt', 'c.txt']],
    ]);
  });

  it('gives up to three sentences, one per source first, each marking the mention', () => {
    const akorda = reviewTerms({ articles, terms, curated: NO_CURATION }).find(
      (i) => i.name === 'Akorda',
    )!;
    expect(akorda.contexts.map((c) => [c.file, c.text])).toEqual([
      ['a.txt', 'Akorda said so.'],
      ['b.txt', 'Akorda met NATO.'],
      ['c.txt', 'Akorda, the office, spoke.'],
    ]);
    for (const c of akorda.contexts) expect(c.text.slice(c.start, c.end)).toBe('Akorda');
  });

  it('knows what the curator already decided, by any name of the term', () => {
    const items = reviewTerms({
      articles,
      terms,
      curated: {
        aliases: [{ name: 'NATO', kind: 'organisation', variants: ['North Atlantic Alliance'] }],
        exclude: [],
        kinds: { constitution: 'concept' },
        accepted: ['North Atlantic Treaty Organization'],
      },
    });
    const by = new Map(items.map((i) => [i.name, i]));
    expect(by.get('NATO')).toMatchObject({ isAccepted: true, curatedBy: 'alias' });
    expect(by.get('Constitution')).toMatchObject({ isAccepted: false, curatedBy: 'kind' });
    expect(by.get('Akorda')).toMatchObject({ isAccepted: false, curatedBy: null });
  });
});
