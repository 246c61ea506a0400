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
import { parseDateline, parseDateStatement } from './dates';
import { latestMentionedDate } from './mentioned-dates';
import { decodeSeed } from './decode';
import { splitFrontMatter, type FrontMatter } from './front-matter';
import {
  blockText,
  isHeadingLike,
  looksLikeArchive,
  splitPosts,
  toBlocks,
  type Block,
  type Section,
} from './blocks';
import {
  ARCHIVE_MARKER,
  isBoilerplateLine,
  readDatelineByline,
  readStatedMetadata,
  stripInlineBoilerplate,
} from './metadata';
import { buildPassages, type SourceLine } from './passages';
import { SeedError } from './seed-error';

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
  // A pasted article with no title line starts with running prose: keep the line as text
  // and title the article with its opening words.
  if (firstText.length > MAX_TITLE_LENGTH) {
    return { title: openingWords(firstText), titleLine: firstLine.line, blocks };
  }
  const remaining = withoutFirstLine(first!);
  return {
    title: firstText,
    titleLine: firstLine.line,
    blocks: remaining ? [remaining, ...rest] : rest,
  };
}

/** Longer than any headline: a first line this long is prose, not a title. */
const MAX_TITLE_LENGTH = 200;

/** `The first words of a long line …`, cut at a word boundary. */
function openingWords(text: string, max = 80): string {
  const sentence = /^.{20,}?[.!?](?=\s|\p{Lu}|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trimEnd()} …`;
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
    ...paragraphsAndSections(blocks),
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
    mentionsUntil: latestMentionedDate([title, ...section.blocks.map(blockText)], { date }),
    passages,
  };
}

/** Prose blocks as paragraphs, and which of them follow a dropped heading. */
function paragraphsAndSections(blocks: Block[]): {
  paragraphs: SourceLine[][];
  sectionStarts: Set<number>;
} {
  const paragraphs: SourceLine[][] = [];
  const sectionStarts = new Set<number>();
  let afterHeading = false;
  for (const block of blocks) {
    if (isHeadingLike(block)) {
      afterHeading = true;
      continue;
    }
    if (afterHeading) sectionStarts.add(paragraphs.length);
    afterHeading = false;
    paragraphs.push(block.lines);
  }
  return { paragraphs, sectionStarts };
}
