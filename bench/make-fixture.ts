/**
 * One-off: turns the Rust book's single-page edition (from a `rustup doc` tree)
 * into a self-contained fixture: the book's own CSS inlined, every script and
 * every other external reference (fonts, icons) removed, text and DOM kept.
 * The bench never reads the toolchain at run time; it reads the committed copy.
 *
 *   npx tsx bench/make-fixture.ts [path/to/book/print.html]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const source = resolve(
  process.argv[2] ??
    '/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/book/print.html',
);
const bookDir = dirname(source);
let html = readFileSync(source, 'utf8');

// Scripts would 404 (external) or call functions that are not there (inline):
// the fixture is a static page, so the only script that runs is the one measured.
html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/giu, '');
html = html.replace(/<link\b[^>]*>/giu, (tag) => {
  const href = /href="([^"]+)"/u.exec(tag)?.[1];
  const isStylesheet = /rel="stylesheet"/u.test(tag);
  if (!href || !isStylesheet || /^https?:/u.test(href) || /fonts\//u.test(href)) return '';
  if (/media="print"/u.test(tag)) return '';
  try {
    const css = readFileSync(join(bookDir, href), 'utf8').replace(/url\([^)]*\)/gu, 'none');
    return `<style data-from="${href}">\n${css}\n</style>`;
  } catch {
    return '';
  }
});
// Images and the sidebar frame point at files the fixture does not ship.
html = html.replace(/<img\b[^>]*>/giu, '');
html = html.replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>/giu, '');

const out = resolve(import.meta.dirname, 'fixtures/rust-book.html');
writeFileSync(out, html);
console.log(`wrote ${out}: ${html.length} chars`);
