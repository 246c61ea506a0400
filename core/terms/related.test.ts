import { describe, expect, it } from 'vitest';
import type { Term } from '../types';
import { computeRelated, RELATED_COUNT } from './related';

function term(id: string, passageIds: string[]): Term {
  return { id, name: id.toUpperCase(), kind: 'person', variants: [id], passageIds, related: [] };
}

const related = (terms: Term[], id: string) =>
  computeRelated(terms).find((t) => t.id === id)!.related;

describe('computeRelated', () => {
  it('ranks by shared passages and never lists the term itself', () => {
    const terms = [
      term('a', ['p1', 'p2', 'p3']),
      term('b', ['p1', 'p2']),
      term('c', ['p3']),
      term('d', ['p9']),
    ];
    expect(related(terms, 'a')).toEqual([
      { termId: 'b', sharedPassages: 2 },
      { termId: 'c', sharedPassages: 1 },
    ]);
    expect(related(terms, 'd')).toEqual([]);
  });

  it('keeps the top five only', () => {
    const others = Array.from({ length: 8 }, (_, i) =>
      term(
        `t${i}`,
        Array.from({ length: i + 1 }, (_, k) => `p${k}`),
      ),
    );
    const hub = term(
      'hub',
      Array.from({ length: 8 }, (_, k) => `p${k}`),
    );
    const list = related([hub, ...others], 'hub');
    expect(list).toHaveLength(RELATED_COUNT);
    expect(list.map((r) => r.termId)).toEqual(['t7', 't6', 't5', 't4', 't3']);
  });

  it('breaks ties by fewer passages overall, then by name, whatever the input order', () => {
    const everywhere = term('kazakhstan', ['p1', 'p2', 'p3', 'p4', 'p5']);
    const focused = term('zhanaozen', ['p1']);
    const alsoFocused = term('aktau', ['p1']);
    const subject = term('riots', ['p1']);
    const forward = related([subject, everywhere, focused, alsoFocused], 'riots');
    const backward = related([alsoFocused, focused, everywhere, subject], 'riots');
    expect(forward.map((r) => r.termId)).toEqual(['aktau', 'zhanaozen', 'kazakhstan']);
    expect(backward).toEqual(forward);
  });

  it('counts a passage once even if listed twice', () => {
    const terms = [term('a', ['p1', 'p1']), term('b', ['p1', 'p1'])];
    expect(related(terms, 'a')).toEqual([{ termId: 'b', sharedPassages: 1 }]);
  });

  it('leaves the input untouched', () => {
    const terms = [term('a', ['p1']), term('b', ['p1'])];
    computeRelated(terms);
    expect(terms[0]!.related).toEqual([]);
  });

  it('leaves out a term mentioned in more than half of the named passages, once the corpus is big enough', () => {
    const passages = Array.from({ length: 30 }, (_, k) => `p${k}`);
    const country = term('kazakhstan', passages.slice(0, 20)); // 20 of 30: ubiquitous
    const president = term('tokayev', passages.slice(0, 10));
    const city = term('almaty', ['p0', 'p1']);
    const filler = term('filler', passages.slice(20));
    const terms = [country, president, city, filler];
    expect(related(terms, 'tokayev').map((r) => r.termId)).toEqual(['almaty']);
    // It still has related names of its own.
    expect(related(terms, 'kazakhstan').map((r) => r.termId)).toEqual(['tokayev', 'almaty']);
    // In a small corpus nothing is left out.
    const small = [term('kazakhstan', ['p1', 'p2']), term('tokayev', ['p1'])];
    expect(related(small, 'tokayev').map((r) => r.termId)).toEqual(['kazakhstan']);
  });
});
