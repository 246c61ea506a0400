import { describe, expect, it } from 'vitest';
import type { Passage } from '../types';
import type { LoadedCorpus } from './loaded-corpus';
import { excerptAround } from './excerpt';
import { samplePassages } from './term-card';

function corpusOf(passages: Passage[]): LoadedCorpus {
  return { passageById: new Map(passages.map((p) => [p.id, p])) } as unknown as LoadedCorpus;
}

const passage = (articleId: string, ordinal: number): Passage => ({
  id: `${articleId}:${ordinal}`,
  articleId,
  ordinal,
  text: 'x',
  line: 1,
});

describe('samplePassages', () => {
  it('returns every passage when under the cap', () => {
    const ps = [passage('a', 0), passage('b', 0)];
    expect(samplePassages(corpusOf(ps), ['a:0', 'b:0', 'missing'], 10)).toEqual(ps);
  });

  it('caps a busy term and keeps every source represented, in corpus order', () => {
    const ps = [
      ...Array.from({ length: 300 }, (_, i) => passage('big', i)),
      passage('small-1', 0),
      passage('small-2', 0),
    ];
    const sample = samplePassages(
      corpusOf(ps),
      ps.map((p) => p.id),
      50,
    );
    expect(sample).toHaveLength(50);
    expect(new Set(sample.map((p) => p.articleId))).toEqual(new Set(['big', 'small-1', 'small-2']));
    const order = sample.map((p) => ps.indexOf(p));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('excerptAround with mentions found by the matcher', () => {
  it('marks exactly the given ranges, not other case forms', () => {
    const passage = 'The EU met the eu delegation.';
    expect(excerptAround(passage, { mentions: [[4, 6]] }).marks).toEqual([[4, 6]]);
    expect(excerptAround(passage, ['EU']).marks).toEqual([
      [4, 6],
      [15, 17],
    ]);
  });
});
