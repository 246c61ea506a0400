import { describe, expect, it } from 'vitest';
import { poolScores, scoreDensity } from './mention-density';

const at = (term: string, top: number) => ({ term, top });

describe('scoreDensity', () => {
  const all = [at('a', 10), at('a', 50), at('b', 90), at('a', 900), at('b', 1700)];

  it('counts underlines and repeats per screen when every mention is painted', () => {
    const s = scoreDensity(all, all, 800);
    expect(s.screens).toBe(3);
    expect(s.perScreen).toEqual({ mean: 5 / 3, median: 1, max: 3 });
    expect(s.repeatsPerScreen).toBeCloseTo(1 / 3);
    expect(s.reach).toBe(1);
  });

  it('loses reach on screens whose names are underlined only higher up', () => {
    const firstOnPage = [at('a', 10), at('b', 90)];
    const s = scoreDensity(all, firstOnPage, 800);
    expect(s.repeatsPerScreen).toBe(0);
    // Screen 0 has a and b (both reached), screen 1 has a (not), screen 2 has b (not).
    expect(s.reach).toBeCloseTo(2 / 4);
  });

  it('is a perfect score on a page with no names', () => {
    expect(scoreDensity([], [], 800)).toMatchObject({ screens: 1, reach: 1, repeatsPerScreen: 0 });
  });
});

describe('poolScores', () => {
  it('weights each page by its number of screens', () => {
    const long = scoreDensity([at('a', 0), at('a', 1000)], [at('a', 0)], 800);
    const short = scoreDensity([at('a', 0)], [at('a', 0)], 800);
    expect(poolScores([long, short]).reach).toBeCloseTo((0.5 * 2 + 1) / 3);
  });
});
