import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random';

describe('createRandom', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const first = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(1000);
  });

  it('is mulberry32, so corpora generated before it moved here are generated again', () => {
    const random = createRandom(42);
    expect([random(), random(), random()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
  });

  it('gives other numbers for another seed', () => {
    expect(createRandom(1)()).not.toBe(createRandom(2)());
  });
});
