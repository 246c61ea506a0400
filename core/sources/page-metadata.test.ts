import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from './dates';
import { PAGE_SHAPES } from './fixtures/page-metadata-shapes';
import {
  choosePageMetadata,
  cleanAuthor,
  readPageDate,
  type PageData,
  type TimeElement,
} from './page-metadata';

const TODAY = '2026-12-01';

function page(patch: Partial<PageData>): PageData {
  return {
    url: 'https://news.example.org/2022/03/07/story',
    documentTitle: '',
    canonicalUrl: null,
    meta: [],
    jsonLd: [],
    times: [],
    readability: null,
    ...patch,
  };
}

function time(patch: Partial<TimeElement>): TimeElement {
  return {
    datetime: null,
    text: '',
    itemprop: null,
    className: '',
    pubdate: false,
    inHeader: false,
    ...patch,
  };
}

const choose = (data: PageData) => choosePageMetadata(data, { today: TODAY });

describe('choosePageMetadata on real pages', () => {
  it.each(PAGE_SHAPES)('$name', ({ data, expected }) => {
    const got = choose(data);
    expect({
      title: got.title,
      publisher: got.publisher,
      author: got.author,
      date: got.date,
      url: got.url,
    }).toEqual(expected);
  });
});

describe('JSON-LD shapes', () => {
  it.each([
    {
      name: 'a broken block does not hide the next one',
      jsonLd: [
        '{ "@type": "NewsArticle", "headline": "Broken", }',
        '{"@type":"NewsArticle","headline":"Good"}',
      ],
      title: 'Good',
    },
    {
      name: 'CDATA and comment wrappers',
      jsonLd: [
        '<![CDATA[{"@type":"Article","headline":"Wrapped"}]]>',
        '<!--{"@type":"Article"}-->',
      ],
      title: 'Wrapped',
    },
    {
      name: 'raw line breaks inside strings',
      jsonLd: ['{"@type":"NewsArticle","headline":"Line one\nline two"}'],
      title: 'Line one line two',
    },
    {
      name: '@type as an array and with a prefix',
      jsonLd: ['{"@type":["schema:NewsArticle","CreativeWork"],"headline":"Typed"}'],
      title: 'Typed',
    },
    {
      name: 'the article nested as a WebPage mainEntity',
      jsonLd: [
        '{"@type":"WebPage","name":"Page","mainEntity":{"@type":"BlogPosting","headline":"Nested"}}',
      ],
      title: 'Nested',
    },
    {
      name: 'HTML entities written into the JSON',
      jsonLd: ['{"@type":"NewsArticle","headline":"Q&amp;A: what&#8217;s next"}'],
      title: 'Q&A: what’s next',
    },
    {
      name: 'a top-level array of blocks, the article not first',
      jsonLd: [
        '[{"@type":"BreadcrumbList","name":"Crumbs"},{"@type":"ReportageNewsArticle","headline":"Second"}]',
      ],
      title: 'Second',
    },
  ])('$name', ({ jsonLd, title }) => {
    expect(choose(page({ jsonLd })).title).toBe(title);
  });

  it('authors: arrays of objects and strings, names as arrays, duplicates once', () => {
    const jsonLd = [
      JSON.stringify({
        '@type': 'NewsArticle',
        author: [
          { '@type': 'Person', name: 'Jane Doe' },
          'John Roe',
          { '@type': 'Person', name: ['Ana Lima'] },
          { '@type': 'Person', name: 'Jane Doe' },
          { '@type': 'Person', url: 'https://x.example/no-name' },
        ],
      }),
    ];
    const got = choose(page({ jsonLd }));
    expect(got.author).toBe('Jane Doe, John Roe, Ana Lima');
    expect(got.from.author).toBe('JSON-LD author');
  });

  it('junk of every kind never throws and never invents values', () => {
    const junk = [
      '',
      'null',
      '42',
      '"text"',
      '[]',
      '{',
      '{"@type":5}',
      '{"@type":"NewsArticle","author":{"@id":"#nobody"}}',
      '['.repeat(5000),
    ];
    const got = choose(page({ jsonLd: junk }));
    expect(got.author).toBeNull();
    expect(got.date).toBeNull();
  });

  it('a deeply nested block is cut off, not followed to the end', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'Too deep' };
    for (let i = 0; i < 50; i++) deep = { '@type': 'Thing', child: deep };
    expect(choose(page({ jsonLd: [JSON.stringify(deep)], documentTitle: 'Doc' })).title).toBe(
      'Doc',
    );
  });
});

describe('authors', () => {
  it.each([
    ['By Corey Kilgannon', 'Corey Kilgannon'],
    ['Text by \n    NEWS WIRES', 'NEWS WIRES'],
    ['by: Jane Doe', 'Jane Doe'],
    ['https://www.facebook.com/janedoe', null],
    ['www.example.com/staff/jane', null],
    ['jane@example.com', null],
    ['Bygone Era Society', 'Bygone Era Society'],
    ['   ', null],
    ['x'.repeat(200), null],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanAuthor(raw)).toBe(expected);
  });

  it('a Facebook profile in article:author falls through to the byline Readability found', () => {
    const got = choose(
      page({
        meta: [{ property: 'article:author', content: 'https://www.facebook.com/someone' }],
        readability: { byline: 'By Ana Lima' },
      }),
    );
    expect(got.author).toBe('Ana Lima');
    expect(got.from.author).toBe('Readability byline');
  });
});

describe('dates', () => {
  it.each([
    ['2019-02-21T08:00:08.000Z', '2019-02-21'],
    // As written, in the publisher's zone: in UTC this would be 4 February.
    ['2015-02-05T01:00:00+08:00', '2015-02-05'],
    ['2022-03-07 10:00:00 GMT', '2022-03-07'],
    ['2022-03', '2022-03'],
    ['29 October, 2016', '2016-10-29'],
    ['March 7, 2022', '2022-03-07'],
    ['Wed, 23 Sep 2020 10:00:00 GMT', '2020-09-23'],
    ['Published March 7, 2022 at 5:00 pm EST', '2022-03-07'],
    ['21.11.2022', '2022-11-21'],
    ['2026-12-02', '2026-12-02'],
  ])('%j -> %j', (raw, expected) => {
    expect(readPageDate(raw, TODAY)).toEqual({ date: expected, problem: null });
  });

  it.each([
    ['03/07/2022', 'day and month could be either way round'],
    ['2027-01-15T00:00:00Z', 'in the future'],
    ['2026-12-03', 'in the future'],
    ['1899-12-31', 'before 1900'],
    ['0001-01-01T00:00:00Z', 'before 1900'],
    ['2022-02-30', 'not a date Sourcelight can read'],
    ['yesterday', 'not a date Sourcelight can read'],
    ['7 March 2022 or 8 March 2022', 'not a date Sourcelight can read'],
  ])('%j is rejected: %s', (raw, problem) => {
    expect(readPageDate(raw, TODAY)).toEqual({ date: null, problem });
  });

  it('dateModified and article:modified_time never stand in for the publication date', () => {
    const got = choose(
      page({
        jsonLd: ['{"@type":"NewsArticle","dateModified":"2022-03-08T10:00:00Z"}'],
        meta: [{ property: 'article:modified_time', content: '2022-03-08T10:00:00Z' }],
        times: [time({ datetime: '2022-03-08', text: 'Updated 8 March 2022', inHeader: true })],
      }),
    );
    expect(got.date).toBeNull();
    expect(got.dateText).toBeNull();
  });

  it('"Updated" and "Published" times side by side: the published one', () => {
    const got = choose(
      page({
        times: [
          time({
            datetime: '2022-03-08T09:00',
            text: 'Updated March 8',
            className: 'updated',
            inHeader: true,
          }),
          time({ datetime: '2022-03-07T10:00', text: 'March 7', itemprop: 'datePublished' }),
        ],
      }),
    );
    expect(got.date).toBe('2022-03-07');
    expect(got.from.date).toBe('<time> element');
  });

  it("WordPress's `entry-date published updated` is a publication time", () => {
    const got = choose(
      page({
        times: [
          time({
            datetime: '2021-05-04T12:00:00+00:00',
            className: 'entry-date published updated',
          }),
        ],
      }),
    );
    expect(got.date).toBe('2021-05-04');
  });

  it('a date in the running text is a date the article mentions, not its own', () => {
    const got = choose(
      page({ times: [time({ datetime: '2022-01-05', text: '5 January', inHeader: false })] }),
    );
    expect(got.date).toBeNull();
  });

  it('a future date is skipped for the next candidate; when none is left, the text is kept with the reason', () => {
    const future = [{ property: 'article:published_time', content: '2031-01-01T00:00:00Z' }];
    expect(choose(page({ meta: [...future, { name: 'date', content: '2022-03-07' }] })).date).toBe(
      '2022-03-07',
    );
    const got = choose(page({ meta: future }));
    expect(got).toMatchObject({
      date: null,
      dateText: '2031-01-01T00:00:00Z',
      dateProblem: 'in the future',
    });
  });

  it('JSON-LD datePublished wins over meta tags, which win over <time>', () => {
    const got = choose(
      page({
        jsonLd: ['{"@type":"NewsArticle","datePublished":"2022-03-07"}'],
        meta: [{ property: 'article:published_time', content: '2022-03-06' }],
        times: [time({ datetime: '2022-03-05', itemprop: 'datePublished' })],
      }),
    );
    expect(got).toMatchObject({ date: '2022-03-07', from: { date: 'JSON-LD datePublished' } });
  });
});

describe('address, title, publisher fallbacks', () => {
  it('canonical link, resolved against the page, without its fragment', () => {
    expect(choose(page({ canonicalUrl: '/2022/03/07/story#top' })).url).toBe(
      'https://news.example.org/2022/03/07/story',
    );
  });

  it('a canonical link to the home page from an article is skipped for og:url', () => {
    const got = choose(
      page({
        canonicalUrl: 'https://news.example.org/',
        meta: [{ property: 'og:url', content: 'https://news.example.org/story-7' }],
      }),
    );
    expect(got).toMatchObject({ url: 'https://news.example.org/story-7', from: { url: 'og:url' } });
  });

  it('not http(s): skipped; the page address loses its campaign parameters', () => {
    const got = choose(
      page({
        url: 'https://news.example.org/a?id=3&utm_source=x&fbclid=y',
        canonicalUrl: 'javascript:void(0)',
      }),
    );
    expect(got.url).toBe('https://news.example.org/a?id=3');
  });

  it('space-separated properties count for each name', () => {
    const got = choose(page({ meta: [{ property: 'og:title twitter:title', content: 'Both' }] }));
    expect(got).toMatchObject({ title: 'Both', from: { title: 'og:title' } });
  });

  it('with nothing else: the document title, then the address; the host as publisher', () => {
    expect(choose(page({ documentTitle: '  A  page ' }))).toMatchObject({
      title: 'A page',
      publisher: 'news.example.org',
      from: { title: 'document title', publisher: 'host name' },
    });
    expect(choose(page({})).title).toBe('https://news.example.org/2022/03/07/story');
  });

  it("the site's name is dropped from either end of the title, never the whole title", () => {
    const site = { property: 'og:site_name', content: 'The Daily (Test)' };
    expect(choose(page({ meta: [site], documentTitle: 'The Daily (Test) | Story' })).title).toBe(
      'Story',
    );
    expect(choose(page({ meta: [site], documentTitle: 'The Daily (Test)' })).title).toBe(
      'The Daily (Test)',
    );
  });
});

describe('properties', () => {
  const metaTag = fc.record({
    name: fc.option(
      fc.oneof(fc.constantFrom('author', 'date', 'description', 'byl'), fc.string()),
      {
        nil: null,
      },
    ),
    property: fc.option(
      fc.constantFrom('og:title', 'og:site_name', 'article:published_time', 'og:url'),
      { nil: null },
    ),
    content: fc.string(),
  });
  const data = fc.record({
    url: fc.constantFrom('https://a.example/x', 'http://127.0.0.1:8080/p?q=1'),
    documentTitle: fc.string(),
    canonicalUrl: fc.option(fc.string(), { nil: null }),
    meta: fc.array(metaTag, { maxLength: 8 }),
    jsonLd: fc.array(fc.oneof(fc.string(), fc.json()), { maxLength: 4 }),
    times: fc.array(
      fc.record({
        datetime: fc.option(fc.string(), { nil: null }),
        text: fc.string(),
        itemprop: fc.option(fc.constantFrom('datePublished', 'dateModified'), { nil: null }),
        className: fc.string(),
        pubdate: fc.boolean(),
        inHeader: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    readability: fc.constant(null),
  });

  it('any input: no throw, a title and an http(s) address, a date that is real and in range', () => {
    fc.assert(
      fc.property(data, (d) => {
        const got = choose(d);
        expect(got.title.length).toBeGreaterThan(0);
        expect(new URL(got.url).protocol).toMatch(/^https?:$/);
        if (got.date !== null) {
          expect(isValidIsoDate(got.date)).toBe(true);
          expect(got.date >= '1900' && got.date <= '2026-12-02').toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
