/**
 * A quote with its citation, as text people paste into notes and drafts (issue 13): the
 * excerpt as shown, then title, publisher, author, date and address. Pure: the views copy
 * what this returns; nothing here touches the clipboard.
 *
 * Decisions:
 * - The quote is the excerpt as shown (a sentence or two around the name, with "…" where a
 *   long sentence was cut), not the whole passage: it is what the reader saw and chose, it is
 *   short enough to paste into a draft, and a longer passage is one click away in the reader,
 *   whose own copy control quotes the passage it shows.
 * - The quote is never shortened here and never emphasised: a cut or a bold name would
 *   change what the source said.
 * - Publisher and date use the views' own words (`describePublisher`, `describeArticleDate`),
 *   so a citation says "publisher not stated" or "date not stated" where the card does. An
 *   unknown author is left out, as citations do.
 * - A value the curator set rather than the source states is marked "(curated)", as in the
 *   views: someone checking the original would not find it there.
 * - In Markdown the title is the link, or in italics without an address: titles hold commas
 *   ("Austria visit of Deputy Minister of Foreign Affairs, Roman Vassilenko") and must not run
 *   into the publisher.
 * - Only http(s) addresses are cited; anything else in `url` is not an address a reader can open.
 * - Text right to left (or holding bidi controls) is wrapped in a first-strong isolate, so it
 *   cannot reorder the rest of the line, such as the address, once pasted.
 * - The words ("untitled", "(curated)", the quotation marks, dates) are the UI's messages,
 *   passed in as `labels` (#15); the punctuation between the parts and the Markdown are not.
 */
import type { CuratedArticleField } from '../types';
import { curatedNote, describeArticleDate, describePublisher, type FormatLabels } from './format';

export type CitationFormat = 'text' | 'markdown';

/** A citation's words: the views' format labels and three of its own. */
export interface CitationLabels extends FormatLabels {
  /** In place of an empty title. */
  untitled(): string;
  /** After a value the curator set: `(curated)`. */
  curatedMark(): string;
  /** The quote in quotation marks, in plain text: `“…”`. */
  quoted(quote: string): string;
}

/** What a citation needs: the excerpt's text and its article (an `Excerpt` or a `Passage` with its article). */
export interface CitedExcerpt {
  text: string;
  article: {
    title: string;
    publisher: string | null;
    author: string | null;
    url: string | null;
    date: string | null;
    mentionsUntil?: string | null;
    curatedFields?: readonly CuratedArticleField[];
  };
}

const FSI = '\u2068';
const PDI = '\u2069';
/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, ...) or a bidi control. */
const NEEDS_ISOLATE =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Control characters other than whitespace: invisible, and some editors choke on them. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

/** One line: runs of whitespace (newlines too) become one space; control characters go. */
function oneLine(value: string): string {
  return value.replace(CONTROL, '').replace(/\s+/gu, ' ').trim();
}

/** Isolates right-to-left text from its neighbours; other text is returned as it is. */
function isolate(value: string): string {
  return NEEDS_ISOLATE.test(value) ? `${FSI}${value}${PDI}` : value;
}

/**
 * Backslash-escapes what Markdown would read as markup: emphasis, code, links, HTML and
 * entities, strikethrough, tables, math; and block markers (heading, list, quote) at the start.
 *
 * @example escapeMarkdown('*Why* [this] <b>?') // '\\*Why\\* \\[this\\] \\<b\\>?'
 */
export function escapeMarkdown(value: string): string {
  return (
    value
      .replace(/[\\`*_[\]<>&~|$]/gu, '\\$&')
      // At the start of a line: `# h`, `+ item`, `- item`, `= underline`, `1. item`, `1) item`.
      .replace(/^([#+=-])/u, '\\$1')
      .replace(/^(\d+)([.)])/u, '$1\\$2')
  );
}

/** Percent-encodes what would end or break a Markdown link destination. */
function markdownUrl(url: string): string {
  return url.replace(
    /[\s()<>\\[\]`]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The article's address when it is one a reader can open (http or https), else null. */
function citableUrl(url: string | null): string | null {
  const trimmed = url?.trim();
  return trimmed && /^https?:\/\/[^\s]+$/iu.test(trimmed) ? trimmed : null;
}

interface CitationParts {
  quote: string;
  title: string;
  /** Publisher, author (when known) and date, each already marked if curated. */
  details: string[];
  url: string | null;
  /** " (curated)" for each of title and address the curator set, else empty. */
  titleMark: string;
  urlMark: string;
}

function citationParts(
  excerpt: CitedExcerpt,
  escape: (value: string) => string,
  labels: CitationLabels,
): CitationParts {
  const { article } = excerpt;
  const mark = (name: CuratedArticleField) =>
    curatedNote(article, name, labels) ? ` ${labels.curatedMark()}` : '';
  const text = (value: string) => isolate(escape(oneLine(value)));
  const author = article.author ? oneLine(article.author) : '';
  return {
    quote: text(excerpt.text),
    title: text(oneLine(article.title) || labels.untitled()),
    details: [
      text(describePublisher(article, labels).text) + mark('publisher'),
      ...(author ? [text(author) + mark('author')] : []),
      text(describeArticleDate(article, labels).text) + mark('date'),
    ],
    url: citableUrl(article.url),
    titleMark: mark('title'),
    urlMark: mark('url'),
  };
}

/**
 * The excerpt and where it comes from, ready to paste.
 *
 * @example
 * formatCitation(excerpt, { format: 'text', labels })
 * // '“Protests began on 2 January.” — Unrest in Kazakhstan, EU Reporter, Jane Roe, 10 Jan 2022. https://example.org/a'
 * @example
 * formatCitation(excerpt, { format: 'markdown', labels })
 * // '> Protests began on 2 January.\n>\n> — [Unrest in Kazakhstan](https://example.org/a), EU Reporter, Jane Roe, 10 Jan 2022'
 */
export function formatCitation(
  excerpt: CitedExcerpt,
  options: { format: CitationFormat; labels: CitationLabels },
): string {
  const { labels } = options;
  if (options.format === 'markdown') {
    const parts = citationParts(excerpt, escapeMarkdown, labels);
    const source = parts.url
      ? `[${parts.title}](${markdownUrl(parts.url)})${parts.titleMark}${parts.urlMark}`
      : `*${parts.title}*${parts.titleMark}`;
    return `> ${parts.quote}\n>\n> — ${[source, ...parts.details].join(', ')}`;
  }
  const parts = citationParts(excerpt, (value) => value, labels);
  const address = parts.url ? ` ${parts.url}${parts.urlMark}` : '';
  return `${labels.quoted(parts.quote)} — ${[parts.title + parts.titleMark, ...parts.details].join(', ')}.${address}`;
}
