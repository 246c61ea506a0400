import { describe, expect, it } from 'vitest';
import {
  isBoilerplateLine,
  readDatelineByline,
  readStatedMetadata,
  stripInlineBoilerplate,
} from './metadata';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('readStatedMetadata', () => {
  it.each([
    [
      ['Get The Astana Times stories sent directly to you! Sign up via the website.'],
      'The Astana Times',
      null,
    ],
    [['Read more with Euractiv'], 'Euractiv', null],
    [
      [
        'We spoke to him.',
        'SpecialEurasia met the minister.',
        'Please contact us at info@specialeurasia.com.',
      ],
      'SpecialEurasia',
      null,
    ],
    [
      ['For further information, please contact us at desk@example-news.org.'],
      'example-news',
      null,
    ],
    [['© 2023 Example Media'], 'Example Media', null],
    [['The author is Dmitry Babich, a Moscow-based journalist.'], null, 'Dmitry Babich'],
    [['Author: Silvia Boltuc'], null, 'Silvia Boltuc'],
    [['By Anna van Densky'], null, 'Anna van Densky'],
    [['[Edited by Zoran Radosavljevic]'], null, 'Zoran Radosavljevic (editor)'],
    [['Author: Jane Doe', '[Edited by Zoran Radosavljevic]'], null, 'Jane Doe'],
    [['Nothing stated here.', 'By the way, this is prose.'], null, null],
  ])('%j -> publisher %s, author %s', (texts, publisher, author) => {
    const stated = readStatedMetadata(lines(...texts));
    expect(stated.publisher).toBe(publisher);
    expect(stated.author).toBe(author);
  });

  it('records the byline lines so they are not content', () => {
    expect(readStatedMetadata(lines('Text.', 'Author: Silvia Boltuc')).bylineLines).toEqual([2]);
  });
});

describe('boilerplate', () => {
  it.each([
    'Subscribe',
    'Subscribe to our newsletters',
    'Read more with Euractiv',
    'Related Posts',
    'Get The Astana Times stories sent directly to you! Sign up via the website',
    'Title image: Bayterek monument, Nur-Sultan, Kazakhstan/(c)unsplash',
    'Content-Type:',
    'Underwritten Produced with financial support from an organization or individual.',
    '!!! WARNING! DISTURBING GRAPHIC!!!',
    'Tag Archives: Kazakhstan',
    '« Older Entries',
    'For further information, analyses, and reports about Kazakhstan, please contact us at info@specialeurasia.com.',
  ])('%j is boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'We do not subscribe to this notion of zero-sum game.',
    'Subscribers of the channel said the warning came late.',
    'The warning was ignored.',
    'Related talks continued in Astana.',
  ])('%j is content', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('removes inline image credits and keeps the sentence end', () => {
    expect(stripInlineBoilerplate('on the situation Kazakhstan.(Image: social media).')).toBe(
      'on the situation Kazakhstan.',
    );
    expect(stripInlineBoilerplate('Tokayev (pictured) said today.')).toBe('Tokayev said today.');
  });
});

describe('readDatelineByline', () => {
  it.each([
    ['Anna van Densky “We are concerned', 'Anna van Densky'],
    ['Anna van Densky The Collective Security Council', 'Anna van Densky'],
  ])('%j -> %s', (rest, author) => {
    expect(readDatelineByline(rest)?.author).toBe(author);
  });
  it.each([
    'The EU top diplomat Josep Borrell will travel',
    'Given its geopolitical location, Kazakhstan',
    'Kazakhstan’s President Kassym-Jomart Tokayev in his televised address',
    '“Dozens” of protesters were killed',
  ])('no byline in %j', (rest) => {
    expect(readDatelineByline(rest)).toBeNull();
  });
});
