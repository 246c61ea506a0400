import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureParagraphs, captureToSeedText, type PageCapture } from './capture-seed';
import { parseSeedFile } from './parse-seed';

const enc = new TextEncoder();

/** What the project's compiler makes of a capture saved as a seed file. */
function compile(capture: PageCapture) {
  const articles = parseSeedFile({
    name: 'captured.txt',
    bytes: enc.encode(captureToSeedText(capture)),
  });
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

/** Passages cut and merge paragraphs but never change the words: compare the running text. */
const runningText = (texts: string[]) => texts.join(' ');

const PROSE = [
  'The committee met on Tuesday and agreed to publish its findings in full, with every dissenting opinion attached.',
  'Officials said the report would be sent to parliament before the summer recess.',
  'Critics of the plan, including two former ministers, called it "a step in the right direction: but only a step."',
];

function capture(patch: Partial<PageCapture>): PageCapture {
  return {
    title: 'A plain title',
    publisher: 'The Example Times',
    author: 'Jane Doe',
    date: '2022-03-07',
    dateText: '2022-03-07T10:00:00Z',
    url: 'https://news.example.org/2022/03/07/story',
    text: PROSE.join('\n\n'),
    ...patch,
  };
}

describe('captureToSeedText -> parseSeedFile round trip', () => {
  it.each([
    { name: 'plain values', patch: {} },
    {
      name: 'a title with colons',
      patch: { title: 'Kazakhstan: what we know: and what we do not' },
    },
    { name: 'a title in quotes', patch: { title: '"Tragic January": a year on' } },
    { name: 'a title quoted whole', patch: { title: '"Every word of it"' } },
    { name: 'single quotes around the title', patch: { title: "'Single' and 'quoted'" } },
    { name: 'a title over several lines', patch: { title: 'Line one\nline two\r\n  line three' } },
    { name: 'a title that is front-matter syntax', patch: { title: '---\ndate: 1999-01-01\n---' } },
    {
      name: 'publisher and author with colons and quotes',
      patch: { publisher: 'BBC News: "World"', author: 'O\'Brien, D: "Jr"' },
    },
    {
      name: 'no publisher, author, date or address',
      patch: { publisher: null, author: null, date: null, dateText: null, url: null },
    },
  ])('$name', ({ patch }) => {
    const c = capture(patch);
    const article = compile(c);
    const flat = (v: string | null) => (v === null ? null : v.replace(/\s+/gu, ' ').trim());
    expect(article).toMatchObject({
      title: flat(c.title),
      publisher: c.publisher === null ? null : flat(c.publisher),
      author: c.author === null ? null : flat(c.author),
      date: c.date,
      url: c.url,
    });
    expect(runningText(article.passages.map((p) => p.text))).toBe(runningText(PROSE));
  });

  it('`---` lines and a repeated title in the text are not read as front matter or kept as passages', () => {
    const text = ['---', PROSE[0], '---', 'title: not the title', PROSE[1], '---'].join('\n\n');
    const article = compile(capture({ text }));
    expect(article.title).toBe('A plain title');
    expect(runningText(article.passages.map((p) => p.text))).toBe(
      runningText([PROSE[0]!, PROSE[1]!]),
    );
  });

  it('a title starting with "#" is not written again as the first line (it would stay as a passage)', () => {
    const article = compile(capture({ title: '#1 in the charts: the song that stayed.' }));
    expect(runningText(article.passages.map((p) => p.text))).toBe(runningText(PROSE));
  });

  it('lines inside a paragraph stay one paragraph; blank lines (with spaces) separate them', () => {
    expect(captureParagraphs('One\nstill one.\n  \nTwo.\n\n\n\nThree.')).toEqual([
      'One still one.',
      'Two.',
      'Three.',
    ]);
  });

  it('characters the seed reader refuses as binary are replaced, not fatal', () => {
    const article = compile(
      capture({
        title: 'Bell\u0007 and NUL\u0000 here',
        text: `${PROSE[0]}\u0008\n\n${PROSE[1]!.replace('said', 'said \ud800')}`,
      }),
    );
    expect(article.title).toBe('Bell and NUL here');
    expect(article.passages.map((p) => p.text).join(' ')).toContain('\ufffd');
  });

  it("a date the front matter would refuse is left out; the page's text stays as a comment", () => {
    const seed = captureToSeedText(capture({ date: '2022-02-30', dateText: '30 February 2022' }));
    expect(seed).toContain('# date as the page wrote it: 30 February 2022');
    expect(compile(capture({ date: '2022-02-30', dateText: '30 February 2022' })).date).toBeNull();
  });

  it('an address that is not http(s) is left out', () => {
    expect(compile(capture({ url: 'file:///home/me/page.html' })).url).toBeNull();
  });

  const WORDS =
    'alpha beta gamma delta river city council budget winter report minister plan vote school'.split(
      ' ',
    );
  const sentence = fc
    .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 30 })
    .map((w) => `${w[0]!.charAt(0).toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
  const value = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1 }),
    fc.constantFrom('a: b', '"q"', "'q'", '---', '#', 'x\ny', ' padded ', 'key: value: more'),
  );
  const flat = (v: string | null) => {
    if (v === null) return null;
    const t = v
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/gu, ' ')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd')
      .replace(/\s+/gu, ' ')
      .trim();
    return t || null;
  };

  it('any metadata and prose: the compiler gives back the same fields and text', () => {
    fc.assert(
      fc.property(
        value.filter((t) => flat(t) !== null && !flat(t)!.startsWith('#')),
        fc.option(value, { nil: null }),
        fc.option(value, { nil: null }),
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        (title, publisher, author, paragraphs) => {
          const article = compile(
            capture({ title, publisher, author, text: paragraphs.join('\n\n') }),
          );
          expect(article.title).toBe(flat(title));
          expect(article.publisher).toBe(flat(publisher));
          expect(article.author).toBe(flat(author));
          expect(runningText(article.passages.map((p) => p.text))).toBe(runningText(paragraphs));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
