/**
 * The Markdown stripper: a table of what each rule keeps, and a property test
 * that the linear scanner gives exactly what the regular expressions it
 * replaced gave (they were right, only quadratic: issue #16).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripMarkdownLine } from './markdown';

/** The expressions markdown.ts used before issue #16: the reference for the property below. */
function regexStripMarkdownLine(line: string): { text: string; isHeading: boolean } {
  if (/^\s{0,3}(?:(?:[-*_]\s*){3,}|```.*|~~~.*)$/u.test(line))
    return { text: '', isHeading: false };
  const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u.exec(line);
  const body = (heading ? heading[1]! : line)
    .replace(/^\s{0,3}>\s?/u, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, '');
  const text = body
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1');
  return { text, isHeading: heading !== null };
}

describe('stripMarkdownLine', () => {
  it.each([
    ['## A [link](http://x) and **bold**', 'A link and bold', true],
    ['Text ![a photo](p.jpg) here', 'Text  here', false],
    [
      'See [the report][1] and <https://example.org/a>',
      'See the report and https://example.org/a',
      false,
    ],
    ['`code`, *em*, _em_, __strong__, ~~gone~~', 'code, em, em, strong, gone', false],
    ['snake_case_name and 2*3*4 stay', 'snake_case_name and 2*3*4 stay', false],
    ['# Title ##', 'Title', true],
    ['# Title#', 'Title#', true],
    ['# ##', '##', true],
    ['> - quoted item', 'quoted item', false],
    ['[ unclosed ( and ** and _a and <http://a', '[ unclosed ( and ** and _a and <http://a', false],
  ])('%j -> %j', (line, text, isHeading) => {
    expect(stripMarkdownLine(line)).toEqual({ text, isHeading, isEmpty: false });
  });

  it('property: same text as the regular expressions it replaced', () => {
    const token = fc.constantFrom(
      ...['[', ']', '(', ')', '![', '<', '>', 'http://', 'https://', '`', '*', '**', '_', '__'],
      ...['~~', ' ', '  ', '\t', '#', '## ', 'a', 'B', '7', '-', '.', '>', '\u2028', '\u00a0'],
      ...['\u{1d400}', '\ud835', '\udc00', 'é'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
        const line = tokens.join('');
        const { text, isHeading } = stripMarkdownLine(line);
        expect({ text, isHeading }).toEqual(regexStripMarkdownLine(line));
      }),
      { numRuns: 3000 },
    );
  });
});
