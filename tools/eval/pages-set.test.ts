import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPageSet, pageHtml, parsePageFile } from './pages-set';

const FILE = `---
url: https://example.org/a
title: A <page> & more
publisher: Example
licence: quoted for evaluation
topic: on
split: dev
title_from: page
---
A <page> & "more"

Broken windows
The windows of a kiosk in Almaty.

Tokayev said: x < y.
`;

describe('parsePageFile', () => {
  it('reads front matter, the title line and paragraphs (line breaks kept inside one)', () => {
    const page = parsePageFile('01-a', FILE);
    expect(page).toMatchObject({
      id: '01-a',
      url: 'https://example.org/a',
      publisher: 'Example',
      topic: 'on',
      split: 'dev',
      title: 'A <page> & "more"',
      paragraphs: ['Broken windows\nThe windows of a kiosk in Almaty.', 'Tokayev said: x < y.'],
    });
  });

  it.each([
    ['no front matter', 'Title\n\nText'],
    ['unclosed front matter', '---\ntopic: on\nTitle'],
    ['a bad topic', '---\ntopic: maybe\nsplit: dev\n---\nT'],
    ['a bad split', '---\ntopic: off\nsplit: test\n---\nT'],
  ])('rejects %s', (_, text) => expect(() => parsePageFile('x', text)).toThrow());

  it('accepts Windows line ends', () => {
    expect(parsePageFile('x', FILE.replace(/\n/gu, '\r\n')).paragraphs).toHaveLength(2);
  });
});

describe('pageHtml', () => {
  it('escapes the text and numbers the blocks; a line break becomes <br> with its newline kept', () => {
    const html = pageHtml(parsePageFile('01-a', FILE));
    expect(html).toContain('<title>A &lt;page&gt; &amp; &quot;more&quot;</title>');
    expect(html).toContain('<h1 data-block="0">A &lt;page&gt; &amp; &quot;more&quot;</h1>');
    expect(html).toContain(
      '<p data-block="1">Broken windows\n<br>The windows of a kiosk in Almaty.</p>',
    );
    expect(html).toContain('<p data-block="2">Tokayev said: x &lt; y.</p>');
    expect(html).not.toMatch(/<page>/u);
  });
});

describe('loadPageSet', () => {
  const makeSet = (labels: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-pages-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', '01-a.txt'), FILE);
    writeFileSync(join(dir, 'pages', '02-b.txt'), FILE.replace('topic: on', 'topic: off'));
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
    return dir;
  };

  it('joins pages and labels; a page without labels is listed, not scored', () => {
    const set = loadPageSet(
      makeSet({ pages: { '01-a': { mentions: [{ text: 'Almaty', term: 'Almaty', count: 1 }] } } }),
    );
    expect(set.pages.map((p) => p.id)).toEqual(['01-a']);
    expect(set.pages[0]!.labels).toEqual({
      mentions: [{ text: 'Almaty', term: 'Almaty', count: 1 }],
      optional: [],
    });
    expect(set.unlabelled).toEqual(['02-b']);
  });

  it.each([
    ['a label without a count', { '01-a': { mentions: [{ text: 'Almaty', term: 'Almaty' }] } }],
    ['a zero count', { '01-a': { mentions: [{ text: 'A', term: 'A', count: 0 }] } }],
    ['labels for a missing page', { '09-z': { mentions: [] } }],
  ])('rejects %s', (_, pages) => expect(() => loadPageSet(makeSet({ pages }))).toThrow());
});
