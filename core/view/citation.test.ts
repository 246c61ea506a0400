import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatCitation, type CitedExcerpt } from './citation';
import { ENGLISH as labels } from './fixtures/english-labels';

const FSI = '\u2068';
const PDI = '\u2069';

function excerpt(text: string, article: Partial<CitedExcerpt['article']> = {}): CitedExcerpt {
  return {
    text,
    article: {
      title: 'Unrest in Kazakhstan',
      publisher: 'EU Reporter',
      author: 'Jane Roe',
      url: 'https://example.org/a',
      date: '2022-01-10',
      ...article,
    },
  };
}

const text = (e: CitedExcerpt) => formatCitation(e, { format: 'text', labels });
const markdown = (e: CitedExcerpt) => formatCitation(e, { format: 'markdown', labels });

/** What a CommonMark renderer shows for a backslash-escaped string (escapes of ASCII punctuation removed). */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/gu, '$1');

describe('formatCitation, plain text', () => {
  it('quote, title, publisher, author, date and address', () => {
    expect(text(excerpt('Protests began on 2 January.'))).toBe(
      '“Protests began on 2 January.” — Unrest in Kazakhstan, EU Reporter, Jane Roe, 10 Jan 2022. https://example.org/a',
    );
  });

  it('says what the source does not state, in the views’ words; leaves out an unknown author and address', () => {
    expect(
      text(excerpt('A quote.', { publisher: null, author: null, url: null, date: null })),
    ).toBe('“A quote.” — Unrest in Kazakhstan, publisher not stated, date not stated.');
    expect(
      text(excerpt('A quote.', { publisher: '  ', date: null, mentionsUntil: '2022-01-09' })),
    ).toBe(
      '“A quote.” — Unrest in Kazakhstan, publisher not stated, Jane Roe, undated; mentions events up to 9 Jan 2022. https://example.org/a',
    );
    expect(text(excerpt('A quote.', { date: '2022-01' }))).toContain(', Jan 2022.');
  });

  it('marks what the curator set, not the source', () => {
    const e = excerpt('A quote.', { curatedFields: ['date', 'publisher', 'url'] });
    expect(text(e)).toBe(
      '“A quote.” — Unrest in Kazakhstan, EU Reporter (curated), Jane Roe, 10 Jan 2022 (curated). https://example.org/a (curated)',
    );
    expect(markdown(e)).toContain(
      '— [Unrest in Kazakhstan](https://example.org/a) (curated), EU Reporter (curated), Jane Roe, 10 Jan 2022 (curated)',
    );
  });

  it('cites only addresses a reader can open', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'seeds/a.txt', '', '   ']) {
      expect(text(excerpt('A.', { url }))).toBe(
        '“A.” — Unrest in Kazakhstan, EU Reporter, Jane Roe, 10 Jan 2022.',
      );
      expect(markdown(excerpt('A.', { url }))).not.toContain('](');
    }
  });

  it('puts newlines, tabs and control characters of quotes and titles on one line', () => {
    const e = excerpt('First line\n\nsecond\tline\u0000.\r\n', { title: 'A\ntitle\u0007 ' });
    expect(text(e)).toBe(
      '“First line second line.” — A title, EU Reporter, Jane Roe, 10 Jan 2022. https://example.org/a',
    );
    expect(markdown(e).split('\n')).toHaveLength(3);
  });

  it('keeps a very long quote whole (the excerpt builder bounds it; the formatter never cuts a quote)', () => {
    const long = 'word '.repeat(20_000).trim() + '.';
    expect(text(excerpt(long))).toContain(`“${long}”`);
    expect(unescape(markdown(excerpt(long)))).toContain(`> ${long}\n`);
  });

  it('isolates right-to-left text so it cannot reorder the rest of the line', () => {
    const arabic = 'بدأت الاحتجاجات في الثاني من يناير.';
    const hebrew = 'מחאות בקזחסטן';
    const e = excerpt(arabic, { title: hebrew, publisher: 'BBC' });
    expect(text(e)).toBe(
      `“${FSI}${arabic}${PDI}” — ${FSI}${hebrew}${PDI}, BBC, Jane Roe, 10 Jan 2022. https://example.org/a`,
    );
    // A right-to-left override in a title ends inside its isolate, before the address.
    const spoof = text(excerpt('A.', { title: 'Title\u202eevil' }));
    expect(spoof).toContain(`${FSI}Title\u202eevil${PDI},`);
    expect(spoof.indexOf(PDI)).toBeLessThan(spoof.indexOf('https://'));
    // Left-to-right text gets no invisible characters.
    expect(text(excerpt('Plain.'))).not.toMatch(/[\u2066-\u2069]/u);
  });
});

describe('formatCitation, Markdown', () => {
  it('a block quote, then the source with its title linked', () => {
    expect(markdown(excerpt('Protests began on 2 January.'))).toBe(
      '> Protests began on 2 January.\n>\n> — [Unrest in Kazakhstan](https://example.org/a), EU Reporter, Jane Roe, 10 Jan 2022',
    );
    expect(markdown(excerpt('No address.', { url: null, author: null }))).toBe(
      '> No address.\n>\n> — *Unrest in Kazakhstan*, EU Reporter, 10 Jan 2022',
    );
  });

  it('escapes brackets, asterisks, underscores, backticks, HTML and entities in titles and quotes', () => {
    const e = excerpt(
      'He said *not* `rm -rf` <script>alert(1)</script> & [link](http://x) ~~no~~ | $5',
      {
        title: 'Kazakhstan [updated] **live**_ `code` <b>bold</b> &amp;',
        publisher: 'A_B *Media*',
      },
    );
    const md = markdown(e);
    // Apart from the link itself, no unescaped markup character is left: every *, _, `, [, ], <, >, &, ~, |, $ is preceded by a backslash.
    const body = md
      .replace(/^> ?/gmu, '')
      .replace('— [', '— ')
      .replace('](https://example.org/a)', '');
    expect(body.replace(/\\[\\`*_[\]<>&~|$]/gu, '')).not.toMatch(/[`*_[\]<>&~|$]/u);
    expect(md).not.toMatch(/(^|[^\\])<[a-z/]/imu);
    // And what a renderer shows is the source's own text.
    expect(unescape(md)).toContain(
      '> He said *not* `rm -rf` <script>alert(1)</script> & [link](http://x) ~~no~~ | $5\n',
    );
    expect(unescape(md)).toContain(
      '— [Kazakhstan [updated] **live**_ `code` <b>bold</b> &amp;](https://example.org/a), A_B *Media*,',
    );
  });

  it('escapes line-start markers that would make the quote a heading, a list or a nested quote', () => {
    expect(markdown(excerpt('# Not a heading'))).toMatch(/^> \\# Not/u);
    expect(markdown(excerpt('- not a list'))).toMatch(/^> \\- not/u);
    expect(markdown(excerpt('+ not a list'))).toMatch(/^> \\\+ not/u);
    expect(markdown(excerpt('2022. A year'))).toMatch(/^> 2022\\\. A year/u);
    expect(markdown(excerpt('3) three'))).toMatch(/^> 3\\\) three/u);
    expect(markdown(excerpt('> nested'))).toMatch(/^> \\> nested/u);
    // In the middle of a sentence they are left as written.
    expect(markdown(excerpt('On 5 January - a Wednesday.'))).toMatch(
      /^> On 5 January - a Wednesday\./u,
    );
  });

  it('percent-encodes what would break the link’s address', () => {
    const md = markdown(excerpt('A.', { url: 'https://example.org/a_(b)<c>' }));
    expect(md).toContain('](https://example.org/a_%28b%29%3Cc%3E)');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['*a* _b_', '\\*a\\* \\_b\\_'],
    ['back\\slash', 'back\\\\slash'],
    ['#1 hit', '\\#1 hit'],
    ['issue #1', 'issue #1'],
  ])('%s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    expect(unescape(escapeMarkdown(input))).toBe(input);
  });
});
