import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPassages, normalizeParagraph, type SourceLine } from './passages';
import { endsSentence } from './sentences';

const para = (line: number, ...texts: string[]): SourceLine[] =>
  texts.map((text, i) => ({ line: line + i, text }));

describe('buildPassages', () => {
  it('gives ids, ordinals and the start line of each passage', () => {
    const long = 'A sentence that is long enough to stand alone as a passage of its own here.';
    const passages = buildPassages({
      articleId: 'a',
      paragraphs: [para(3, `${long} ${long}`), para(5, long, long)],
    });
    expect(passages.map(({ id, ordinal, line }) => ({ id, ordinal, line }))).toEqual([
      { id: 'a:0', ordinal: 0, line: 3 },
      { id: 'a:1', ordinal: 1, line: 5 },
    ]);
    expect(passages[1]!.text).toBe(`${long} ${long}`);
  });

  it('merges a short paragraph into the next one, and a short last one into the previous', () => {
    const body =
      'Text that is long enough to count as a paragraph on its own, comfortably over the minimum.';
    const passages = buildPassages({
      articleId: 'a',
      paragraphs: [para(1, 'He went on:'), para(3, `“${body}”`), para(5, 'Short end.')],
      passageOptions: { minChars: 40, maxChars: 900 },
    });
    expect(passages.map((p) => p.text)).toEqual([`He went on: “${body}” Short end.`]);
    expect(passages[0]!.line).toBe(1);
  });

  it('does not carry a short paragraph across a section boundary (a dropped heading)', () => {
    const body =
      'Text that is long enough to count as a paragraph on its own, comfortably over the minimum.';
    const passages = buildPassages({
      articleId: 'a',
      paragraphs: [para(1, body), para(3, 'A short closing line.'), para(7, body)],
      sectionStarts: new Set([2]),
      passageOptions: { minChars: 40, maxChars: 900 },
    });
    expect(passages.map((p) => [p.line, p.text])).toEqual([
      [1, `${body} A short closing line.`],
      [7, body],
    ]);
  });

  it('splits a long paragraph at sentence boundaries, never inside a sentence, with each part on its own line', () => {
    const sentence = (n: number) =>
      `Sentence ${n} mentions the U.N. and Mr. Smith of the U.S. State Department again.`;
    const lines = Array.from({ length: 30 }, (_, i) => sentence(i));
    const passages = buildPassages({ articleId: 'a', paragraphs: [para(10, ...lines)] });
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(900);
      expect(p.text).toMatch(/^Sentence \d+ /u);
      expect(endsSentence(p.text)).toBe(true);
      const first = Number(/^Sentence (\d+)/u.exec(p.text)![1]);
      expect(p.line).toBe(10 + first);
    }
    expect(passages.map((p) => p.text).join(' ')).toBe(lines.join(' '));
  });

  it('keeps a single sentence longer than the limit whole', () => {
    const huge = `${'word '.repeat(400)}end.`;
    expect(
      buildPassages({ articleId: 'a', paragraphs: [para(1, huge)] }).map((p) => p.text),
    ).toEqual([huge]);
  });

  // Property: whatever the paragraphs, passages neither lose nor reorder text.
  const word = fc.oneof(
    fc.constantFrom(
      'Mr.',
      'U.N.',
      'Jan.',
      'F.',
      'the',
      'Kazakhstan',
      '“Quoted”',
      'etc.',
      '1991.',
      'Yes!',
      'Why?',
    ),
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/\s/u.test(s)),
  );
  const line = fc.array(word, { minLength: 0, maxLength: 60 }).map((ws) => ws.join(' '));
  const paragraph = fc.array(line, { minLength: 1, maxLength: 4 });

  it('property: concatenated passages equal the normalised paragraphs, in order', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 8 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 40, max: 900 }),
        fc.array(fc.nat(8)),
        (texts, minChars, maxChars, sections) => {
          const paragraphs = texts.map((ls, i) => para(i * 10 + 1, ...ls));
          const passages = buildPassages({
            articleId: 'p',
            paragraphs,
            sectionStarts: new Set(sections),
            passageOptions: { minChars, maxChars },
          });
          const expected = paragraphs.map(normalizeParagraph).filter(Boolean).join(' ');
          expect(passages.map((p) => p.text).join(' ')).toBe(expected);
          passages.forEach((p, i) => {
            expect(p.ordinal).toBe(i);
            expect(p.text).not.toBe('');
            expect(p.text).toBe(p.text.trim());
          });
          const lines = passages.map((p) => p.line);
          expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });
});
