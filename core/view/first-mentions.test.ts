import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstMentions, sectionIndex } from './first-mentions';

const byPosition = (a: number, b: number) => a < b;

describe('FirstMentions', () => {
  it('paints the first mention of a group and nothing for later ones', () => {
    const firsts = new FirstMentions(byPosition);
    expect(firsts.add('a', 5)).toEqual({ paint: [5], unpaint: [] });
    expect(firsts.add('a', 9)).toEqual({ paint: [], unpaint: [] });
    expect(firsts.add('b', 7)).toEqual({ paint: [7], unpaint: [] });
    expect(firsts.isPainted('a', 9)).toBe(false);
  });

  it('moves the paint to an earlier mention found later (content inserted above)', () => {
    const firsts = new FirstMentions(byPosition);
    firsts.add('a', 5);
    expect(firsts.add('a', 2)).toEqual({ paint: [2], unpaint: [5] });
    expect(firsts.firstOf('a')).toBe(2);
  });

  it('paints the next mention once the first is removed and the group settled', () => {
    const firsts = new FirstMentions(byPosition);
    for (const p of [4, 8, 6]) firsts.add('a', p);
    expect(firsts.remove('a', 4)).toEqual({ paint: [], unpaint: [4] });
    expect(firsts.remove('a', 8)).toEqual({ paint: [], unpaint: [] });
    expect(firsts.settle()).toEqual([6]);
    expect(firsts.firstOf('a')).toBe(6);
  });

  it('adds to an unsettled group without painting twice', () => {
    const firsts = new FirstMentions(byPosition);
    firsts.add('a', 4);
    firsts.add('a', 9);
    firsts.remove('a', 4);
    expect(firsts.add('a', 7)).toEqual({ paint: [], unpaint: [] });
    expect(firsts.settle()).toEqual([7]);
  });

  it('forgets a group whose last mention goes', () => {
    const firsts = new FirstMentions(byPosition);
    firsts.add('a', 1);
    firsts.remove('a', 1);
    expect(firsts.settle()).toEqual([]);
    expect(firsts.add('a', 3)).toEqual({ paint: [3], unpaint: [] });
  });

  it('ignores removing what was never added', () => {
    const firsts = new FirstMentions(byPosition);
    firsts.add('a', 1);
    expect(firsts.remove('a', 2)).toEqual({ paint: [], unpaint: [] });
    expect(firsts.remove('b', 1)).toEqual({ paint: [], unpaint: [] });
    expect(firsts.firstOf('a')).toBe(1);
  });

  it('after any sequence of adds and removes, each group paints exactly its earliest mention', () => {
    const op = fc.record({
      add: fc.boolean(),
      key: fc.constantFrom('a', 'b', 'c'),
      pos: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const firsts = new FirstMentions(byPosition);
        const painted = new Set<string>();
        const model = new Map<string, Set<number>>();
        const apply = (key: string, changes: { paint: number[]; unpaint: number[] }) => {
          for (const p of changes.unpaint) painted.delete(`${key}:${p}`);
          for (const p of changes.paint) painted.add(`${key}:${p}`);
        };
        for (const { add, key, pos } of ops) {
          const group = model.get(key) ?? new Set<number>();
          model.set(key, group);
          if (add) {
            if (group.has(pos)) continue; // One mention per position.
            group.add(pos);
            apply(key, firsts.add(key, pos));
          } else {
            group.delete(pos);
            apply(key, firsts.remove(key, pos));
          }
        }
        // Which key a settled paint belongs to is given by firstOf after settling.
        const settled = firsts.settle();
        for (const [key, group] of model) {
          const earliest = group.size > 0 ? Math.min(...group) : undefined;
          expect(firsts.firstOf(key)).toBe(earliest);
          if (earliest !== undefined && settled.includes(earliest))
            painted.add(`${key}:${earliest}`);
        }
        const expected = [...model]
          .filter(([, g]) => g.size > 0)
          .map(([key, g]) => `${key}:${Math.min(...g)}`)
          .sort();
        expect([...painted].sort()).toEqual(expected);
      }),
    );
  });
});

describe('sectionIndex', () => {
  const headings = [10, 20, 30];
  it.each([
    [5, 0],
    [10, 1],
    [15, 1],
    [29, 2],
    [30, 3],
    [99, 3],
  ])('position %i is in section %i', (pos, index) => {
    expect(sectionIndex(headings, (h) => h <= pos)).toBe(index);
  });

  it('is 0 on a page without headings', () => {
    expect(sectionIndex([], () => true)).toBe(0);
  });
});
