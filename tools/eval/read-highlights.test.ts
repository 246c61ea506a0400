import { describe, expect, it } from 'vitest';
import type { CompiledDictionary } from '../../core/types';
import { termNamer } from './read-highlights';

const DICTIONARY: CompiledDictionary = {
  formatVersion: 1,
  terms: [
    {
      id: 'tokayev',
      name: 'Kassym-Jomart Tokayev',
      kind: 'person',
      variants: ['Kassym-Jomart Tokayev', 'Tokayev'],
    },
    { id: 'astana', name: 'Astana', kind: 'place', variants: ['Astana', 'Nur-Sultan'] },
  ],
};

describe('termNamer', () => {
  const name = termNamer(DICTIONARY);
  const text = 'President Kassym-Jomart Tokayev renamed Nur-Sultan. Tokayev said so.';
  const span = (s: string, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(s, start + 1);
    return { text: s, block: 1, start, end: start + s.length };
  };

  it('names the term matched at the span’s offsets in the block', () => {
    expect(name(text, span('Kassym-Jomart Tokayev'))).toBe('Kassym-Jomart Tokayev');
    expect(name(text, span('Nur-Sultan'))).toBe('Astana');
    expect(name(text, span('Tokayev', 1))).toBe('Kassym-Jomart Tokayev');
  });

  it('falls back to the span’s own text, and gives null for what the matcher does not reproduce', () => {
    expect(name('other text', { text: 'Astana', block: 1, start: 3, end: 9 })).toBe('Astana');
    expect(name(text, { text: 'President', block: 1, start: 0, end: 9 })).toBeNull();
  });
});
