/**
 * The pages the bench loads, written to a fresh bench/out/pages-* folder so the same bytes can
 * be opened over http://127.0.0.1 (the content script runs) and over file://
 * (it does not: unpacked extensions get no file access unless the user grants
 * it), side by side in one browser.
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const OUT = resolve(import.meta.dirname, 'out');

/** A fixed sentence naming seed terms goes into the 1st and then every SPRINKLE_EVERY-th paragraph. */
export const SPRINKLE_EVERY = 25;
export const SPRINKLE_SENTENCES = [
  ' Kassym-Jomart Tokayev met Roman Vassilenko in Astana.',
  ' The CSTO and the European Union were named in a report from Almaty.',
  ' Tokayev’s January speech mentioned Nursultan Nazarbayev and the Collective Security Treaty Organization.',
  ' Reports from Nur-Sultan quoted Toqayev on Kazakhstan’s foreign policy.',
];

export interface PageSet {
  /** A folder of its own per run: a smoke run in CI must not rewrite a full run's pages. */
  dir: string;
  /** The book as committed. */
  book: string;
  /** The book with seed names added (see SPRINKLE_*). */
  sprinkled: string;
  dynamic: string;
  /** Paragraphs given a sentence. */
  sprinkledParagraphs: number;
}

/** Adds a sentence before the closing tag of every `every`-th `<p>`. Deterministic. */
export function sprinkle(html: string, every = SPRINKLE_EVERY): { html: string; count: number } {
  let index = 0;
  let count = 0;
  // Paragraphs of the book's <main> only (the page also has a hidden keyboard-help dialog).
  const mainAt = Math.max(0, html.indexOf('<main'));
  const out =
    html.slice(0, mainAt) +
    html.slice(mainAt).replace(/<\/p>/gu, (close) => {
      index += 1;
      // 1st, 26th, 51st, ...: the first one is in the first viewport, for the time-to-viewport metric.
      if (index % every !== 1 % every) return close;
      const sentence = SPRINKLE_SENTENCES[count % SPRINKLE_SENTENCES.length]!;
      count += 1;
      return `${sentence}${close}`;
    });
  return { html: out, count };
}

/** Keeps roughly the first `fraction` of the book's content (smoke runs); the parser closes the open tags. */
export function truncateBook(html: string, fraction: number): string {
  const cut = Math.floor(html.length * fraction);
  const at = html.indexOf('<h1', cut);
  return at < 0 ? html : `${html.slice(0, at)}</main></div></div></div></body></html>`;
}

export async function writePages(options: { smoke: boolean }): Promise<PageSet> {
  await mkdir(OUT, { recursive: true });
  const dir = await mkdtemp(join(OUT, options.smoke ? 'pages-smoke-' : 'pages-'));
  let book = await readFile(join(FIXTURES, 'rust-book.html'), 'utf8');
  if (options.smoke) book = truncateBook(book, 0.1);
  const { html: sprinkled, count } = sprinkle(book);
  await writeFile(join(dir, 'book.html'), book);
  await writeFile(join(dir, 'book-sprinkled.html'), sprinkled);
  await copyFile(join(FIXTURES, 'dynamic.html'), join(dir, 'dynamic.html'));
  return {
    dir,
    book: 'book.html',
    sprinkled: 'book-sprinkled.html',
    dynamic: 'dynamic.html',
    sprinkledParagraphs: count,
  };
}
