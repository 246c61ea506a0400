import { describe, expect, it } from 'vitest';
import { endsSentence, splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    [
      'It abstained at the U.N. General Assembly. Then it spoke.',
      ['It abstained at the U.N. General Assembly.', 'Then it spoke.'],
    ],
    ['Mr. Smith met Dr. Jones. They agreed.', ['Mr. Smith met Dr. Jones.', 'They agreed.']],
    ['He said so on Jan. 7. It held.', ['He said so on Jan. 7.', 'It held.']],
    [
      'John F. Kennedy spoke. H.E. Roman Vassilenko replied.',
      ['John F. Kennedy spoke.', 'H.E. Roman Vassilenko replied.'],
    ],
    [
      'What a stupid suggestion!.. We are dealing with bandits.',
      ['What a stupid suggestion!..', 'We are dealing with bandits.'],
    ],
    ['“Will he stand?” There were calls.', ['“Will he stand?”', 'There were calls.']],
    ['It fell in 1991. 5,500 cases were opened.', ['It fell in 1991.', '5,500 cases were opened.']],
    ['Romanians, etc. are present.', ['Romanians, etc. are present.']],
    ['No terminal punctuation', ['No terminal punctuation']],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
    expect(splitSentences(text).join(' ')).toBe(text);
  });
});

describe('endsSentence', () => {
  it.each([
    ['Done.', true],
    ['Done.”', true],
    ['Really?', true],
    ['(see above.)', true],
    ['“Tragic January” Events', false],
    ['He went on:', false],
  ])('%j -> %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});
