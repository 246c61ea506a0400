import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeedFile, parseSeedFiles } from './parse-seed';
import { SeedError } from './seed-error';
import { errorOf } from './seed-error-of';

const enc = new TextEncoder();
const seed = (name: string, text: string) => ({ name, bytes: enc.encode(text) });
const LONG =
  'The minister said the reforms would continue this year, and that the government would report on them in detail before the end of the session.';

describe('parseSeedFile: one article', () => {
  it('takes the title from the first line and never guesses a date', () => {
    const [article] = parseSeedFile(
      seed('a.txt', `A title\n\n${LONG}\n\nOn March 7, 2022 it met. ${LONG}`),
    );
    expect(article).toMatchObject({
      id: 'a',
      file: 'a.txt',
      title: 'A title',
      publisher: null,
      author: null,
      url: null,
      date: null,
      dateText: null,
      mentionsUntil: '2022-03-07',
    });
    expect(article!.passages.map((p) => p.line)).toEqual([3, 5]);
  });

  it('uses front matter over what the text says, and does not repeat the title as a passage', () => {
    const text = [
      '---',
      'title: Front title',
      'publisher: Example Post',
      'author: Jane Doe',
      'url: https://example.org/story',
      'date: 2022-03-08',
      '---',
      '# Front title',
      '',
      LONG,
      '',
      'Read more with Euractiv',
    ].join('\n');
    const [article] = parseSeedFile(seed('b.md', text));
    expect(article).toMatchObject({
      id: 'b',
      title: 'Front title',
      publisher: 'Example Post',
      author: 'Jane Doe',
      url: 'https://example.org/story',
      date: '2022-03-08',
      dateText: '2022-03-08',
    });
    expect(article!.passages).toEqual([
      { id: 'b:0', articleId: 'b', ordinal: 0, text: LONG, line: 10 },
    ]);
  });

  it('reads a dateline and a "Published:" line as the date', () => {
    expect(parseSeedFile(seed('c.txt', `T\n\nBrussels 21.11.2022 ${LONG}`))[0]).toMatchObject({
      date: '2022-11-21',
      dateText: '21.11.2022',
    });
    const [published] = parseSeedFile(seed('d.txt', `T\n\nPublished: 7 March 2022\n\n${LONG}`));
    expect(published).toMatchObject({ date: '2022-03-07', dateText: '7 March 2022' });
    expect(published!.passages.map((p) => p.text)).toEqual([LONG]);
  });

  it('strips simple Markdown in .md files', () => {
    const text = `# The **title**\n\n## A [linked](https://x.org) heading\n\nSome *emphasis*, __strong__ and a [link](https://x.org/a) in \`code\`. ${LONG}\n\n- first item\n- second item`;
    const [article] = parseSeedFile(seed('m.md', text));
    expect(article!.title).toBe('The title');
    expect(article!.passages.map((p) => p.text)).toEqual([
      `Some emphasis, strong and a link in code. ${LONG} first item second item`,
    ]);
  });

  it('leaves Markdown-looking text alone in .txt files', () => {
    const [article] = parseSeedFile(seed('t.txt', `Title\n\nA *star* stays. ${LONG}`));
    expect(article!.passages[0]!.text).toContain('*star*');
  });

  it('drops headings and captions from passages but keeps their dates as hints', () => {
    const text = `Title\n\nSection heading of June 2023\n\n${LONG}\n\nH.E. Some Caption`;
    const [article] = parseSeedFile(seed('h.txt', text));
    expect(article!.passages.map((p) => p.text)).toEqual([LONG]);
    expect(article!.mentionsUntil).toBe('2023-06');
  });
});

describe('parseSeedFile: archive pages', () => {
  const archive = [
    'Tag Archives: Kazakhstan',
    '',
    'First post title',
    '',
    `Brussels 21.11.2022 Anna van Densky “${LONG}”`,
    '',
    LONG,
    '',
    'Second post title',
    '',
    `Brussels 20.11.2022 ${LONG}`,
    '',
    'Undated post title',
    '',
    LONG.replace('this year', 'in June 2019'),
    '',
    '« Older Entries',
  ].join('\n');

  it('makes one article per post, each with its own title, date and lines', () => {
    const articles = parseSeedFile(seed('arch.txt', archive));
    expect(articles.map(({ id, title, date, author }) => ({ id, title, date, author }))).toEqual([
      { id: 'arch~1', title: 'First post title', date: '2022-11-21', author: 'Anna van Densky' },
      { id: 'arch~2', title: 'Second post title', date: '2022-11-20', author: null },
      { id: 'arch~3', title: 'Undated post title', date: null, author: null },
    ]);
    expect(articles[0]!.passages.map((p) => [p.id, p.line, p.text])).toEqual([
      ['arch~1:0', 5, `“${LONG}”`],
      ['arch~1:1', 7, LONG],
    ]);
    expect(articles[2]!.mentionsUntil).toBe('2019-06');
    expect(
      articles.flatMap((a) => a.passages).some((p) => /Older Entries|Tag Archives/u.test(p.text)),
    ).toBe(false);
  });

  it('recognises an archive without the marker by its dated posts', () => {
    const unmarked = archive.split('\n').slice(2).join('\n');
    expect(parseSeedFile(seed('u.txt', unmarked)).map((a) => a.date)).toEqual([
      '2022-11-21',
      '2022-11-20',
      null,
    ]);
  });
});

describe('parseSeedFile: bad input', () => {
  it.each([
    ['empty', new Uint8Array(0), /file is empty/u, undefined],
    ['whitespace only', enc.encode('  \n\n\t\n'), /only whitespace/u, undefined],
    ['not UTF-8', new Uint8Array([...enc.encode('Title\n\n'), 0xff, 0xfe]), /not valid UTF-8/u, 3],
    ['binary', new Uint8Array([0x54, 0x0a, 0x00, 0x00, 0x10]), /binary/u, 2],
    [
      'front matter only',
      enc.encode('---\ntitle: T\n---\n\n'),
      /no text after the front matter/u,
      4,
    ],
    ['title only', enc.encode('Just a title\n'), /has a title but no text/u, 1],
    [
      'only boilerplate',
      enc.encode('Subscribe\n\nRelated Posts\n'),
      /no text left once boilerplate is removed/u,
      1,
    ],
    ['unclosed front matter', enc.encode('---\ntitle: T\n'), /never closed/u, 1],
    ['front matter without key', enc.encode('---\ntitle T\n---\nText.'), /not "key: value"/u, 2],
    [
      'unknown front matter key',
      enc.encode('---\nsource: x\n---\nText.'),
      /unknown front matter key "source"/u,
      2,
    ],
    [
      'bad front matter date',
      enc.encode('---\ndate: March 2022\n---\nText.'),
      /not a valid date/u,
      2,
    ],
  ])('%s fails with file and line', (_label, bytes, message, line) => {
    const error = errorOf(() => parseSeedFile({ name: 'bad.md', bytes }));
    expect(error.file).toBe('bad.md');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

describe('parseSeedFiles', () => {
  it('rejects two files with the same id, naming both', () => {
    const error = errorOf(() =>
      parseSeedFiles([
        seed('a.txt', `T\n\n${LONG}`),
        seed('a.md', `Other\n\nDifferent text. ${LONG}`),
      ]),
    );
    expect(error.file).toBe('a.md');
    expect(error.message).toMatch(/^a\.md: has the same id "a" as a\.txt/u);
  });

  it('rejects the same article text twice, naming both files', () => {
    const error = errorOf(() =>
      parseSeedFiles([
        seed('one.txt', `Title one\n\n${LONG}`),
        seed('two.md', `Title two\n\n${LONG}`),
      ]),
    );
    expect(error.message).toMatch(/^two\.md: article "Title two" has the same text as one\.txt/u);
  });

  it('parses distinct files in order', () => {
    const articles = parseSeedFiles([
      seed('x.txt', `X\n\n${LONG}`),
      seed('y.txt', `Y\n\nAnother. ${LONG}`),
    ]);
    expect(articles.map((a) => a.id)).toEqual(['x', 'y']);
  });

  it('property: arbitrary text either parses or fails with a SeedError, never another error', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '---',
        '\n',
        '\n\n',
        'title: x',
        'date: 2022-02-30',
        '# ',
        '**',
        '[a](b)',
        'Brussels 21.11.2022 ',
        'Tag Archives: x',
        '« Older Entries',
        'Subscribe',
        'U.N. ',
        'Mr. ',
        '“',
        '\r\n',
        '\ufeff',
        '\u0000',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, markdown) => {
        const file = seed(markdown ? 'f.md' : 'f.txt', pieces.join(''));
        let articles;
        try {
          articles = parseSeedFiles([file]);
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
          return;
        }
        for (const a of articles) {
          expect(a.title.trim()).not.toBe('');
          expect(a.passages.length).toBeGreaterThan(0);
          for (const p of a.passages) expect(p.text.trim()).not.toBe('');
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('parseSeedFile: encodings', () => {
  it('reads a BOM + CRLF file with front matter, keeping line numbers', () => {
    const text = `\ufeff---\r\ntitle: T\r\n---\r\n\r\n${LONG}\r\n`;
    const [article] = parseSeedFile(seed('w.txt', text));
    expect(article!.title).toBe('T');
    expect(article!.passages.map((p) => [p.line, p.text])).toEqual([[5, LONG]]);
  });

  it('property: arbitrary bytes either parse or fail with a SeedError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          parseSeedFiles([{ name: 'b.txt', bytes }]);
        } catch (error) {
          expect(error).toBeInstanceOf(SeedError);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('parseSeedFile: titles', () => {
  it('skips a bare "#" line when choosing the title', () => {
    const [article] = parseSeedFile(seed('e.txt', `#\n\n# Real title\n\n${LONG}`));
    expect(article!.title).toBe('Real title');
  });
  it('fails when no line has words for a title', () => {
    const error = errorOf(() => parseSeedFile(seed('e.txt', '#\n\n##\n')));
    expect(error.message).toMatch(/^e\.txt:1: no line with words/u);
  });
});
