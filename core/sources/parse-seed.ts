/**
 * Seed file -> Article(s). The pipeline, in order:
 * decode (strict UTF-8) -> front matter -> lines (Markdown stripped for .md)
 * -> blocks (paragraphs) -> stated metadata and boilerplate removal
 * -> one article, or one per post for a tag-archive page -> passages.
 *
 * Headings and captions (short blocks that do not end like a sentence, e.g.
 * "“Tragic January” Events", "H.E. Roman Vassilenko") are not passages: they
 * are dropped, so every passage is prose that ends a sentence. They still count
 * for `mentionsUntil`, and in an archive page they start the next post.
 */
import type { Article, SeedFile } from '../types';
import { latestMentionedDate, parseDateline, parseDateStatement } from './dates';
import { decodeSeed } from './decode';
import { splitFrontMatter, type FrontMatter } from './front-matter';
import { isSetextUnderline, stripMarkdownLine } from './markdown';
import {
  ARCHIVE_MARKER,
  isBoilerplateLine,
  readDatelineByline,
  readStatedMetadata,
  stripInlineBoilerplate,
} from './metadata';
import { buildPassages, normalizeParagraph, type SourceLine } from './passages';
import { SeedError } from './seed-error';

interface Block {
  lines: SourceLine[];
  /** A Markdown heading (`#`, setext). */
  isMarkdownHeading: boolean;
  /** Every line was a Markdown list item: prose even without a full stop. */
  isList: boolean;
}

interface Section {
  title: string;
  titleLine: number;
  blocks: Block[];
}

/** A block this short that does not end like a sentence is a heading or caption. */
const MAX_HEADING_CHARS = 300;

/**
 * Parses every seed and checks the set: ids (file stems) and article texts must be unique.
 *
 * @example parseSeedFiles([{ name: 'a.txt', bytes: new TextEncoder().encode('Title\n\nSome text.') }])
 */
export function parseSeedFiles(files: SeedFile[]): Article[] {
  const byId = new Map<string, string>();
  const byText = new Map<string, string>();
  const articles: Article[] = [];
  for (const file of files) {
    const stem = fileStem(file.name);
    const other = byId.get(stem.toLowerCase());
    if (other !== undefined) {
      throw new SeedError(
        file.name,
        `has the same id "${stem}" as ${other} (ids come from file names without the extension); rename one of them`,
      );
    }
    byId.set(stem.toLowerCase(), file.name);
    for (const article of parseSeedFile(file)) {
      const key = article.passages.map((p) => p.text).join('\n');
      const first = byText.get(key);
      if (first !== undefined) {
        throw new SeedError(
          file.name,
          `article "${article.title}" has the same text as ${first}; remove the duplicate`,
        );
      }
      byText.set(key, article.file === file.name ? `${file.name} (${article.id})` : file.name);
      articles.push(article);
    }
  }
  return articles;
}

/**
 * Parses one seed into one article, or one per post for an archive page.
 * Throws `SeedError` naming the file (and line) for anything it cannot read.
 */
export function parseSeedFile(file: SeedFile): Article[] {
  const text = decodeSeed(file);
  const { frontMatter, body, bodyLine } = splitFrontMatter(text, file.name);
  if (!body.trim()) throw new SeedError(file.name, 'no text after the front matter', bodyLine);

  const isMarkdown = /\.(?:md|markdown)$/iu.test(file.name);
  const blocks = toBlocks(body, bodyLine, isMarkdown);
  const allLines = blocks.flatMap((b) => b.lines);
  const stated = readStatedMetadata(allLines);

  let statedDate: { date: string; dateText: string } | null = null;
  const bylines = new Set(stated.bylineLines);
  let isArchive = false;
  const content: Block[] = [];
  for (const block of blocks) {
    const lines: SourceLine[] = [];
    for (const l of block.lines) {
      if (content.length === 0 && lines.length === 0 && ARCHIVE_MARKER.test(l.text.trim()))
        isArchive = true;
      const dateStatement = parseDateStatement(l.text);
      if (dateStatement) {
        statedDate ??= dateStatement;
        continue;
      }
      if (bylines.has(l.line) || isBoilerplateLine(l.text)) continue;
      const cleaned = stripInlineBoilerplate(l.text);
      if (cleaned.trim()) lines.push({ line: l.line, text: cleaned });
    }
    if (lines.length) content.push({ ...block, lines });
  }
  if (content.length === 0) {
    throw new SeedError(file.name, 'no text left once boilerplate is removed', bodyLine);
  }

  const sections = isArchive || looksLikeArchive(content) ? splitPosts(content) : [];
  const stem = fileStem(file.name);
  if (sections.length > 0) {
    return sections.map((section, i) =>
      toArticle({ file, id: `${stem}~${i + 1}`, section, frontMatter, stated, statedDate: null }),
    );
  }
  return [
    toArticle({
      file,
      id: stem,
      section: singleSection(content, frontMatter, file.name),
      frontMatter,
      stated,
      statedDate,
    }),
  ];
}

function fileStem(name: string): string {
  const base = name.replace(/^.*[\\/]/u, '');
  return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
}

function toBlocks(body: string, firstLine: number, isMarkdown: boolean): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const rawLines = body.split('\n');
  const flush = () => {
    if (current && current.lines.length) blocks.push(current);
    current = null;
  };
  rawLines.forEach((raw, i) => {
    const line = firstLine + i;
    if (!raw.trim()) return flush();
    if (!isMarkdown) {
      current ??= { lines: [], isMarkdownHeading: false, isList: false };
      current.lines.push({ line, text: raw });
      return;
    }
    // Setext heading: the underline turns the block's last line into a heading.
    const open = current as Block | null;
    if (open && open.lines.length && isSetextUnderline(raw)) {
      const heading = open.lines.pop()!;
      flush();
      blocks.push({ lines: [heading], isMarkdownHeading: true, isList: false });
      return;
    }
    const md = stripMarkdownLine(raw);
    if (md.isEmpty) return flush();
    if (md.isHeading) {
      flush();
      if (md.text.trim())
        blocks.push({ lines: [{ line, text: md.text }], isMarkdownHeading: true, isList: false });
      return;
    }
    const isListItem = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/u.test(raw);
    current ??= { lines: [], isMarkdownHeading: false, isList: true };
    current.isList &&= isListItem;
    if (md.text.trim()) current.lines.push({ line, text: md.text });
  });
  flush();
  return blocks;
}

function blockText(block: Block): string {
  return normalizeParagraph(block.lines);
}

function endsProse(text: string): boolean {
  return /[.!?\u2026:;][\u201d"\u2019'\u00bb)\]]*$/u.test(text);
}

function isHeadingLike(block: Block): boolean {
  if (block.isMarkdownHeading) return true;
  if (block.isList) return false;
  const text = blockText(block);
  return text.length <= MAX_HEADING_CHARS && !endsProse(text);
}

/** Without an "Archives:" marker: at least two headings each followed by a dateline. */
function looksLikeArchive(blocks: Block[]): boolean {
  let datedPosts = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (isHeadingLike(blocks[i]!) && parseDateline(blockText(blocks[i + 1]!))) datedPosts++;
  }
  return datedPosts >= 2;
}

/**
 * Archive page: every heading starts a post (archive posts are shown whole,
 * and their own subheadings would be indistinguishable from the next post's
 * title). Blocks before the first heading and headings with no text are chrome.
 */
function splitPosts(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const block of blocks) {
    if (isHeadingLike(block)) {
      current = { title: blockText(block), titleLine: block.lines[0]!.line, blocks: [] };
      sections.push(current);
    } else if (current) {
      current.blocks.push(block);
    }
  }
  return sections.filter((s) => s.blocks.length > 0);
}

function singleSection(content: Block[], frontMatter: FrontMatter, file: string): Section {
  // The title is the first line with words in it: a bare "#" line is not a title.
  const blocks = dropLeadingEmptyTitles(content);
  if (blocks.length === 0) {
    const line = content[0]!.lines[0]!.line;
    throw new SeedError(file, 'no line with words in it to use as the title', line);
  }
  const [first, ...rest] = blocks;
  const firstLine = first!.lines[0]!;
  const firstText = titleText(firstLine.text);
  if (frontMatter.title !== undefined) {
    // A body that repeats the front-matter title as its first line should not repeat it as a passage.
    const repeats = normalizeTitle(firstText) === normalizeTitle(frontMatter.title);
    const remaining = repeats ? withoutFirstLine(first!) : first!;
    return {
      title: frontMatter.title,
      titleLine: firstLine.line,
      blocks: remaining ? [remaining, ...rest] : rest,
    };
  }
  const remaining = withoutFirstLine(first!);
  return {
    title: firstText,
    titleLine: firstLine.line,
    blocks: remaining ? [remaining, ...rest] : rest,
  };
}

function titleText(line: string): string {
  return line
    .replace(/^#+\s*/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function dropLeadingEmptyTitles(blocks: Block[]): Block[] {
  const out = blocks.map((b) => ({ ...b, lines: [...b.lines] }));
  while (out.length && !titleText(out[0]!.lines[0]!.text)) {
    out[0]!.lines.shift();
    if (out[0]!.lines.length === 0) out.shift();
  }
  return out;
}

function normalizeTitle(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function withoutFirstLine(block: Block): Block | null {
  const lines = block.lines.slice(1);
  return lines.length ? { ...block, lines } : null;
}

function toArticle(options: {
  file: SeedFile;
  id: string;
  section: Section;
  frontMatter: FrontMatter;
  stated: { publisher: string | null; author: string | null };
  statedDate: { date: string; dateText: string } | null;
}): Article {
  const { file, id, section, frontMatter, stated } = options;
  const blocks = section.blocks.map((b) => ({ ...b, lines: [...b.lines] }));

  // A dateline is the first thing after the title (a caption or heading may sit in between).
  let dateline: ReturnType<typeof parseDateline> = null;
  let bylineAuthor: string | null = null;
  for (const block of blocks.slice(0, 3)) {
    if (isHeadingLike(block)) continue;
    const first = block.lines[0]!;
    const text = first.text.trimStart();
    dateline = parseDateline(text);
    if (dateline) {
      let rest = text.slice(dateline.length).trimStart();
      const byline = readDatelineByline(rest);
      if (byline) {
        bylineAuthor = byline.author;
        rest = rest.slice(byline.length);
      }
      block.lines[0] = { line: first.line, text: rest };
    }
    break;
  }

  const date = frontMatter.date ?? options.statedDate?.date ?? dateline?.date ?? null;
  const dateText = frontMatter.date ?? options.statedDate?.dateText ?? dateline?.dateText ?? null;
  const title = section.title.replace(/^#+\s*/u, '').trim();
  const passages = buildPassages({
    articleId: id,
    paragraphs: blocks.filter((b) => !isHeadingLike(b)).map((b) => b.lines),
  });
  if (passages.length === 0) {
    throw new SeedError(
      file.name,
      `"${title}" has a title but no text (only headings, captions or boilerplate)`,
      section.titleLine,
    );
  }
  return {
    id,
    file: file.name,
    title,
    publisher: frontMatter.publisher ?? stated.publisher,
    author: frontMatter.author ?? bylineAuthor ?? stated.author,
    url: frontMatter.url ?? null,
    date,
    dateText,
    mentionsUntil: latestMentionedDate([title, ...section.blocks.map(blockText)]),
    passages,
  };
}
