/**
 * A captured page -> the text of a seed file, so a page added in the browser is
 * compiled by the same parser as the sources in `seeds/` (parse-seed.ts): one
 * code path for build and browser. The file is plain text (`.txt`), never
 * Markdown: page text is full of `*`, `_`, `#` and `[...]` that a Markdown
 * reading would eat.
 *
 * Layout: front matter (title, publisher, author, date, url), the title line,
 * then one line per paragraph with a blank line between paragraphs.
 */
import { isValidIsoDate } from './dates';

/** What "Add this page" captured and the reader checked; `text` is paragraphs separated by blank lines. */
export interface PageCapture {
  title: string;
  publisher: string | null;
  author: string | null;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or null. */
  date: string | null;
  /** The date as the page wrote it (kept as a comment when `date` is null). */
  dateText: string | null;
  url: string | null;
  text: string;
}

/**
 * Seed text whose `parseSeedFile` gives back the capture's title, publisher,
 * author, date, url and paragraphs. Values are flattened to one line and quoted
 * (front matter strips one pair of surrounding quotes, so inner quotes and
 * colons survive); a date or address the front matter would refuse is left out
 * rather than making the whole file fail.
 *
 * @example captureToSeedText({ title: 'A: "B"', publisher: null, author: null, date: '2022-03-07', dateText: null, url: null, text: 'One.\n\nTwo.' })
 * // '---\ntitle: "A: "B""\ndate: 2022-03-07\n---\nA: "B"\n\nOne.\n\nTwo.\n'
 */
export function captureToSeedText(capture: PageCapture): string {
  const title = oneLine(capture.title);
  const front: string[] = [];
  if (title) front.push(`title: "${title}"`);
  const publisher = oneLine(capture.publisher);
  if (publisher) front.push(`publisher: "${publisher}"`);
  const author = oneLine(capture.author);
  if (author) front.push(`author: "${author}"`);
  const date = oneLine(capture.date);
  if (date && isValidIsoDate(date)) front.push(`date: ${date}`);
  else if (oneLine(capture.dateText))
    front.push(`# date as the page wrote it: ${oneLine(capture.dateText)}`);
  const url = httpUrl(capture.url);
  if (url) front.push(`url: ${url}`);

  const body = captureParagraphs(capture.text);
  // The parser drops a first line that repeats the front-matter title, but reads a leading
  // `#` as Markdown-style heading marks first; such a title line would stay as text.
  if (title && !title.startsWith('#')) body.unshift(title);
  return ['---', ...front, '---', body.join('\n\n'), ''].join('\n');
}

/** The capture's paragraphs: split at blank lines, each flattened to one clean line. */
export function captureParagraphs(text: string): string[] {
  return text
    .split(/\n[^\S\n]*\n/u)
    .map((p) => oneLine(p))
    .filter((p): p is string => p !== null);
}

/**
 * One line of seed text: whitespace (line and paragraph separators too) collapsed,
 * and the characters the seed decoder refuses as binary (C0 controls, DEL) and lone
 * surrogates (not encodable as UTF-8) replaced, so no page text makes the file unreadable.
 */
function oneLine(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/gu, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd')
    .replace(/\s+/gu, ' ')
    .trim();
  return text || null;
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
