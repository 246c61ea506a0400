/**
 * An `.html` file the reader imports, as a document for the article reader
 * (lib/page-capture.ts). DOMParser gives an inert document: it is never attached
 * to a page, rendered, or allowed to run scripts or load anything, and only plain
 * text comes out of it. The only HTML parsing in the extension (see
 * tests/unit/no-html-injection.test.ts).
 */
export function parseHtmlFile(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/html');
}
