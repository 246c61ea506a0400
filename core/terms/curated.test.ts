import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCurated } from './curated';

describe('validateCurated', () => {
  it('accepts the committed curated file', () => {
    const file = JSON.parse(readFileSync('data/terms.json', 'utf8')) as unknown;
    expect(validateCurated(file).aliases.length).toBeGreaterThan(0);
  });

  it('names the path of the first problem', () => {
    expect(() => validateCurated({ aliases: [{ name: 'X', kind: 'persn' }], exclude: [] })).toThrow(
      /aliases\[0\]\.kind: "persn" is not a kind/,
    );
    expect(() => validateCurated({ aliases: [], exclude: [3] })).toThrow(/exclude\[0\]/);
    expect(() => validateCurated({ aliases: [], exclude: [], kinds: { X: 'town' } })).toThrow(
      /kinds\["X"\]/,
    );
    expect(() =>
      validateCurated({ aliases: [], exclude: [], articles: { a: { dat: '2022' } } }),
    ).toThrow(/articles\["a"\]\.dat: unknown field/);
    expect(() => validateCurated([])).toThrow(/top level/);
  });

  it('accepts the optional review and article fields', () => {
    const curated = validateCurated({
      aliases: [],
      exclude: [],
      accepted: ['Jane Doe'],
      articles: { '000_x': { date: '2024-01-02', publisher: 'Example News' } },
    });
    expect(curated.articles?.['000_x']?.publisher).toBe('Example News');
  });
});
