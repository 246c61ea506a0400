/**
 * "Add this page", the reading half: the current document -> a capture (title,
 * publisher, author, date, address, paragraphs) for the reader to check before
 * saving. Thin on purpose: it gathers plain data from the page and runs Mozilla's
 * Readability; every choice is made in core/sources/page-metadata.ts.
 *
 * Never changes the page: the page's own document is only read (query selectors,
 * attributes, text), and Readability, which rewrites the tree it is given, runs on
 * a clone. Page HTML is never passed on: the capture holds plain text.
 *
 * Imports Readability, so only the on-demand bundle `page-capture.js`
 * (entrypoints/page-capture.ts) may import this file, never the content script.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { PageCapture } from '../core/sources/capture-seed';
import {
  choosePageMetadata,
  type MetadataField,
  type MetaTag,
  type PageData,
  type TimeElement,
} from '../core/sources/page-metadata';

export type CaptureFailureReason = 'not-html' | 'not-an-article' | 'no-text' | 'failed';

export type PageCaptureResult =
  | {
      ok: true;
      capture: PageCapture;
      /** Where each field came from, for the preview ("from og:site_name"). */
      from: Record<MetadataField, string | null>;
      /** Why `date` is empty although the page wrote one, or null. */
      dateProblem: string | null;
    }
  | { ok: false; reason: CaptureFailureReason; message: string };

const MESSAGES: Record<Exclude<CaptureFailureReason, 'failed'>, string> = {
  'not-html': 'This is not a web page Sourcelight can read (it is not an HTML document).',
  'not-an-article':
    'This page does not look like an article: there is not enough running text on it to save. Open the page of a single article and try again.',
  'no-text': 'Sourcelight could not find the text of an article on this page.',
};

/**
 * Reads the article on `doc`. `today` (`YYYY-MM-DD`, the reader's local date)
 * bounds the publication date; it is a parameter so tests can fix it.
 */
export function capturePage(doc: Document, today = localToday()): PageCaptureResult {
  if (!isHtmlDocument(doc)) return failure('not-html');
  try {
    const data = gatherPageData(doc);
    // Readability rewrites the tree it reads; the page's own document is never handed to it.
    const clone = doc.cloneNode(true) as Document;
    if (!isProbablyReaderable(clone)) return failure('not-an-article');
    const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
    if (!article?.content) return failure('no-text');

    const metadata = choosePageMetadata(
      {
        ...data,
        readability: {
          title: article.title,
          byline: article.byline,
          siteName: article.siteName,
          publishedTime: article.publishedTime,
          excerpt: article.excerpt,
        },
      },
      { today },
    );
    const paragraphs = blockParagraphs(article.content);
    // Readability often keeps the headline as the content's first block.
    if (paragraphs[0] && sameText(paragraphs[0], metadata.title)) paragraphs.shift();
    if (paragraphs.length === 0) return failure('no-text');

    return {
      ok: true,
      capture: {
        title: metadata.title,
        publisher: metadata.publisher,
        author: metadata.author,
        date: metadata.date,
        dateText: metadata.dateText,
        url: metadata.url,
        text: paragraphs.join('\n\n'),
      },
      from: metadata.from,
      dateProblem: metadata.dateProblem,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'failed', message: `Reading this page failed (${detail}).` };
  }
}

function failure(reason: Exclude<CaptureFailureReason, 'failed'>): PageCaptureResult {
  return { ok: false, reason, message: MESSAGES[reason] };
}

function isHtmlDocument(doc: Document): boolean {
  return (
    /^(?:text\/html|application\/xhtml\+xml)$/iu.test(doc.contentType) &&
    doc.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml'
  );
}

/** The reader's calendar date, not UTC's: "tomorrow" is judged where the reader is. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/gu, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

// ---- gathering plain data (read-only) ---------------------------------------------------

/** Caps against pages with absurd heads: enough for any real page's metadata. */
const MAX_META = 500;
const MAX_JSON_LD = 20;
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_TIMES = 100;

/** Everything page-metadata.ts needs, as plain data; reads the document, never writes to it. */
export function gatherPageData(doc: Document): Omit<PageData, 'readability'> {
  const meta: MetaTag[] = [...doc.querySelectorAll('meta[content]')]
    .slice(0, MAX_META)
    .map((m) => ({
      name: m.getAttribute('name'),
      property: m.getAttribute('property'),
      itemprop: m.getAttribute('itemprop'),
      content: m.getAttribute('content') ?? '',
    }));
  const jsonLd = [...doc.querySelectorAll('script[type]')]
    .filter((s) => s.getAttribute('type')!.trim().toLowerCase() === 'application/ld+json')
    .slice(0, MAX_JSON_LD)
    .map((s) => (s.textContent ?? '').slice(0, MAX_JSON_LD_CHARS));
  const times: TimeElement[] = [...doc.querySelectorAll('time')].slice(0, MAX_TIMES).map((t) => ({
    datetime: t.getAttribute('datetime'),
    text: (t.textContent ?? '').slice(0, 200),
    itemprop: t.getAttribute('itemprop'),
    className: t.getAttribute('class') ?? '',
    pubdate: t.hasAttribute('pubdate'),
    inHeader:
      t.closest(
        'header, address, [class*="byline" i], [class*="dateline" i], [class*="meta" i]',
      ) !== null,
  }));
  return {
    url: doc.URL,
    documentTitle: doc.title,
    canonicalUrl: doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null,
    meta,
    jsonLd,
    times,
  };
}

// ---- paragraphs --------------------------------------------------------------------------

/** Elements that end a paragraph of text (everything else is read inline). */
const BLOCK = new Set(
  (
    'address article aside blockquote caption dd details div dl dt figcaption figure footer ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'
  ).split(' '),
);
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
]);

/**
 * The text of Readability's content element, one string per block, whitespace collapsed.
 * One `<br>` is a line break inside a paragraph, two in a row end it. Iterative, so a
 * deeply nested page cannot overflow the stack.
 */
export function blockParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/gu, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const stack: Array<Node | null> = [root]; // null marks the end of a block
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === Node.TEXT_NODE) {
      current += (node as Text).data;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE) continue;
    const tag = (node as Element).localName ?? '';
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      if (/\n[^\S\n]*$/u.test(current)) flush();
      else current += '\n';
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      stack.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return paragraphs;
}
