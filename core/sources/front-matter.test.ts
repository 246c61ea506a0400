import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';
import { errorOf } from './seed-error-of';

describe('splitFrontMatter', () => {
  it('returns the text unchanged when there is no front matter', () => {
    expect(splitFrontMatter('Title\n\nText.', 'a.txt')).toEqual({
      frontMatter: {},
      body: 'Title\n\nText.',
      bodyLine: 1,
    });
  });

  it('reads every key, quoted or not, and says where the body starts', () => {
    const text = [
      '---',
      'title: "A title: with a colon"',
      'publisher: The Astana Times',
      "author: 'Dmitry Babich'",
      '# a comment',
      '',
      'url: https://example.org/a?b=1',
      'date: 2022-07-15',
      '---',
      'Body.',
    ].join('\n');
    expect(splitFrontMatter(text, 'a.md')).toEqual({
      frontMatter: {
        title: 'A title: with a colon',
        publisher: 'The Astana Times',
        author: 'Dmitry Babich',
        url: 'https://example.org/a?b=1',
        date: '2022-07-15',
      },
      body: 'Body.',
      bodyLine: 10,
    });
  });

  it('accepts month- and year-level dates', () => {
    expect(splitFrontMatter('---\ndate: 2022-07\n---\nx', 'a').frontMatter.date).toBe('2022-07');
    expect(splitFrontMatter('---\ndate: 2022\n---\nx', 'a').frontMatter.date).toBe('2022');
  });

  it('does not treat a later "---" (a Markdown rule) as front matter', () => {
    expect(splitFrontMatter('Title\n---\nText.', 'a.md').frontMatter).toEqual({});
  });

  it.each([
    [
      'unclosed block',
      '---\ntitle: T\n\nBody text.',
      1,
      /never closed .*line 4 is the first that is not/u,
    ],
    ['unclosed block at end of file', '---\ntitle: T\ndate: 2022-01-01', 1, /never closed/u],
    ['line without key', '---\ntitle: T\njust some words\n---\nBody.', 3, /not "key: value"/u],
    [
      'unknown key',
      '---\ntitle: T\ndat: 2022-01-01\n---\nBody.',
      3,
      /unknown front matter key "dat"; allowed: title, publisher, author, url, date/u,
    ],
    [
      'bad date format',
      '---\ndate: 21.11.2022\n---\nBody.',
      2,
      /date "21.11.2022" is not a valid date/u,
    ],
    ['impossible date', '---\ndate: 2022-02-30\n---\nBody.', 2, /not a valid date/u],
    ['bad url', '---\nurl: example.org/page\n---\nBody.', 2, /not an http\(s\) URL/u],
    ['empty value', '---\nauthor:\n---\nBody.', 2, /"author" has no value/u],
    ['duplicate key', '---\ntitle: A\ntitle: B\n---\nBody.', 3, /appears twice/u],
  ])('rejects %s with file and line', (_label, text, line, message) => {
    const error = errorOf(() => splitFrontMatter(text, 'seed.md'));
    expect(error.file).toBe('seed.md');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`seed.md:${line}: `)).toBe(true);
  });
});
