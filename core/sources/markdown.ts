/**
 * Just enough Markdown to read a `.md` seed as text: headings, emphasis,
 * links and list markers are removed, their words kept. Not a Markdown
 * renderer; anything it does not know stays as written.
 */

export interface MarkdownLine {
  text: string;
  isHeading: boolean;
  /** Rules and fences: nothing to keep. */
  isEmpty: boolean;
}

const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u;
const RULE_OR_FENCE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|```.*|~~~.*)$/u;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/u;

/**
 * @example stripMarkdownLine('## A [link](http://x) and **bold**') // { text: 'A link and bold', isHeading: true, isEmpty: false }
 */
export function stripMarkdownLine(line: string): MarkdownLine {
  if (RULE_OR_FENCE.test(line)) return { text: '', isHeading: false, isEmpty: true };
  const heading = ATX_HEADING.exec(line);
  const body = heading ? heading[1]! : line;
  const text = stripInline(
    body.replace(/^\s{0,3}>\s?/u, '').replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, ''),
  );
  return { text, isHeading: heading !== null, isEmpty: false };
}

export function isSetextUnderline(line: string): boolean {
  return SETEXT_UNDERLINE.test(line);
}

function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1');
}
