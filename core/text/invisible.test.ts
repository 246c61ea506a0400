import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasInvisibles, mapSpansToOriginal, stripInvisibles } from './invisible';

describe('stripInvisibles', () => {
  it.each([
    ['Toka\u00adyev', 'Tokayev', [4]],
    ['\ufeffKazakh\u200c\u200dstan\u2060', 'Kazakhstan', [0, 7, 8, 13]],
    // The zero-width space is a word break, not an invisible letter of a word.
    ['Toka\u200byev', 'Toka\u200byev', []],
    ['plain text', 'plain text', []],
  ])('%j', (text, visible, removed) => {
    expect(stripInvisibles(text)).toEqual({ text: visible, removed });
    expect(hasInvisibles(text)).toBe(removed.length > 0);
  });
});

describe('mapSpansToOriginal', () => {
  it('maps spans of the stripped text to the same visible characters, never ending on an invisible one', () => {
    const piece = fc.oneof(
      fc.constantFrom('\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (pieces, cuts) => {
          const text = pieces.join('');
          const { text: visible, removed } = stripInvisibles(text);
          fc.pre(visible.length > 0);
          // Sorted, non-overlapping, non-empty spans of the visible text.
          const points = [...new Set(cuts.map((c) => c % (visible.length + 1)))].sort(
            (a, b) => a - b,
          );
          const spans: Array<{ start: number; end: number }> = [];
          for (let i = 0; i + 1 < points.length; i += 2)
            if (points[i]! < points[i + 1]!) spans.push({ start: points[i]!, end: points[i + 1]! });
          const wanted = spans.map((s) => visible.slice(s.start, s.end));
          const mapped = mapSpansToOriginal(
            spans.map((s) => ({ ...s })),
            removed,
          );
          expect(mapped.map((s) => stripInvisibles(text.slice(s.start, s.end)).text)).toEqual(
            wanted,
          );
          for (const s of mapped) {
            expect(hasInvisibles(text[s.start]!)).toBe(false);
            expect(hasInvisibles(text[s.end - 1]!)).toBe(false);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
