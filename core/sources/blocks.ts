/**
 * Body text -> blocks (paragraphs separated by blank lines), with Markdown
 * stripped for `.md` files, and the block-level decisions the parser makes:
 * what is a heading or caption, and how an archive page splits into posts.
 */
import { parseDateline } from './dates';
import { isSetextUnderline, stripMarkdownLine } from './markdown';
import { normalizeParagraph, type SourceLine } from './passages';

export interface Block {
  lines: SourceLine[];
  /** A Markdown heading (`#`, setext). */
  isMarkdownHeading: boolean;
  /** Every line was a Markdown list item: prose even without a full stop. */
  isList: boolean;
}

export interface Section {
  title: string;
  titleLine: number;
  blocks: Block[];
}

/** A block this short that does not end like a sentence is a heading or caption. */
const MAX_HEADING_CHARS = 300;

export function toBlocks(body: string, firstLine: number, isMarkdown: boolean): Block[] {
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
    const open = current;
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

export function blockText(block: Block): string {
  return normalizeParagraph(block.lines);
}

function endsProse(text: string): boolean {
  return /[.!?\u2026:;][\u201d"\u2019'\u00bb)\]]*$/u.test(text);
}

export function isHeadingLike(block: Block): boolean {
  if (block.isMarkdownHeading) return true;
  if (block.isList) return false;
  const text = blockText(block);
  return text.length <= MAX_HEADING_CHARS && !endsProse(text);
}

/** Without an "Archives:" marker: at least two headings each followed by a dateline. */
export function looksLikeArchive(blocks: Block[]): boolean {
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
export function splitPosts(blocks: Block[]): Section[] {
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
