/**
 * Who published and wrote an article, read from what the text itself says
 * (sign-up prompts, "The author is ...", editor credits, contact addresses),
 * and the boilerplate lines that are not content. General patterns only: a
 * new source from the same kind of site should work without a code change.
 */

/**
 * Lines that are site chrome, not content: newsletter and social prompts,
 * "related" blocks, image credits, sponsorship labels, content warnings,
 * archive navigation. Kept short; each pattern is anchored to the whole line
 * so prose that merely contains "subscribe" is left alone.
 */
export const BOILERPLATE_LINE: readonly RegExp[] = [
  /^subscribe\b(?:\s+(?:to|for)\b.{0,60})?[.!]?$/iu,
  /^(?:read|see) more (?:with|from|on|at)\b.{0,60}$/iu,
  /^related (?:posts|articles|stories|news|content|reading)\b.{0,20}$/iu,
  /^get .{1,80}? (?:stories|news|headlines|updates|newsletters?) (?:sent|delivered)\b/iu,
  /^(?:sign up|follow us|share this|share on)\b.{0,120}$/iu,
  /^(?:title |featured |cover |header |top )?(?:image|photo|picture|illustration)s?(?: credits?)?\s*:/iu,
  /^content[- ]type\s*:/iu,
  /^(?:underwritten|sponsored|advertisement|paid (?:content|post)|partner content)\b/iu,
  /^[!\s]*warning\b/iu,
  /^(?:tag|category|author|date|monthly|yearly) archives?\s*:/iu,
  /^[«‹]?\s*(?:older|newer|previous|next) (?:entries|posts)\s*[»›]?$/iu,
  /^for (?:further|more) information\b.*\bcontact us\b/iu,
  // Copyright lines: `© 2024 Example. All Rights Reserved.`, `Copyright 2023 Example Ltd`.
  /^(?:©|\(c\)|copyright\b)/iu,
  /\ball rights reserved\.?$/iu,
  // Links to other stories: `READ: ...`, `ALSO READ | ...`, `Read more: ...`, `See also: ...`.
  /^(?:also read|read also|read more|read|see also|more|related|recommended|watch|listen|trending)\s*[:|>»-]/iu,
  /^(?:advertisement|hide ad|skip (?:ad|advertisement)|ad)\b.{0,40}$/iu,
  // Photo credits on a line of their own: `Photo by Jane Doe/Getty Images`, `AFP via Getty Images`.
  /^(?:photo(?:graph)?|picture|image|video|credit|file photo)s?\s+(?:by|credit|courtesy)\b.{0,120}$/iu,
  /(?:getty images|shutterstock|picture[- ]alliance|\bvia reuters|\bafp\b|associated press|\bap photo\b|\breuters\b|\bepa\b)[\s/)]*$/iu,
  // Share and comment prompts.
  /^(?:share|tweet|email|print|comments?|post a comment|leave a comment|whatsapp|facebook|twitter|linkedin)\b.{0,30}$/iu,
  /^(?:last updated|updated|published|posted)\s*:?\s.{0,60}$/iu,
];

/**
 * Parenthetical credits inside a paragraph: "(Image: social media)", "(pictured)".
 * The whitespace before a credit is taken from the start of its run only (`(?<!\s)`):
 * a plain `\s*` was retried from every space of a long run of spaces (quadratic, issue #16).
 */
const INLINE_BOILERPLATE =
  /(?:(?<!\s)\s+)?\((?:(?:image|photo|picture|credits?|source of image)\s*:[^()]*|pictured)\)|(?:(?<!\s)\s+)?\b(?:Ad)?Advertisement\s*(?:Hide Ad\b)?/giu;

/** Archive chrome that marks a page holding several posts. */
export const ARCHIVE_MARKER = /^(?:tag|category|author|date|monthly|yearly) archives?\s*:/iu;

export function isBoilerplateLine(text: string): boolean {
  const t = text.trim();
  return BOILERPLATE_LINE.some((re) => re.test(t));
}

export function stripInlineBoilerplate(text: string): string {
  return text.replace(INLINE_BOILERPLATE, '').replace(/([.!?])\s*\.(?!\.)/gu, '$1');
}

/** Two to four capitalised words, allowing particles ("Anna van Densky") and initials. */
const NAME =
  "(\\p{Lu}[\\p{L}'\u2019-]*\\.?(?:\\s+(?:(?:van|von|der|den|de|da|di|del|la|le|bin|al|ibn)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*\\.?){1,3})";

const AUTHOR_PATTERNS: ReadonlyArray<{ re: RegExp; role: 'author' | 'editor' }> = [
  { re: new RegExp(`^The (?:author|writer) is ${NAME}(?=[,.;(]|\\s*$)`, 'u'), role: 'author' },
  {
    re: new RegExp(`^(?:Author|Written by|Words by|Text|By)\\s*:?\\s+${NAME}\\s*\\.?$`, 'iu'),
    role: 'author',
  },
  { re: new RegExp(`^\\[?\\s*Edited by\\s+${NAME}\\s*\\.?\\s*\\]?$`, 'iu'), role: 'editor' },
];

const PUBLISHER_PATTERNS: readonly RegExp[] = [
  /^get (.{1,80}?) (?:stories|news|headlines|updates|newsletters?) (?:sent|delivered)\b/iu,
  /^(?:read|see) more (?:with|from|on|at) (.{1,60}?)[.!]?$/iu,
  /^publisher\s*:\s*(.{1,80}?)\.?$/iu,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.{1,80}?)\.?$/iu,
];
const CONTACT_EMAIL = /\bcontact us at [\w.+-]+@([\w-]+)\.[\w.]+/iu;

export interface StatedMetadata {
  publisher: string | null;
  author: string | null;
  /** 1-based lines that stated it (bylines are not content). */
  bylineLines: number[];
}

/**
 * Finds the publisher and author a text states about itself.
 * An editor credit ("[Edited by X]") is used as the author only when no author
 * is named, and says so: `X (editor)`.
 *
 * @example readStatedMetadata([{ line: 9, text: 'The author is Dmitry Babich, a journalist.' }]).author // 'Dmitry Babich'
 */
export function readStatedMetadata(lines: Array<{ line: number; text: string }>): StatedMetadata {
  let publisher: string | null = null;
  let author: string | null = null;
  let editor: string | null = null;
  const bylineLines: number[] = [];
  const fullText = lines.map((l) => l.text).join('\n');

  for (const { line, text } of lines) {
    const t = text.trim();
    for (const { re, role } of AUTHOR_PATTERNS) {
      const m = re.exec(t);
      if (!m) continue;
      bylineLines.push(line);
      if (role === 'author') author ??= m[1]!;
      else editor ??= m[1]!;
      break;
    }
    if (publisher === null) {
      for (const re of PUBLISHER_PATTERNS) {
        const m = re.exec(t);
        if (m) {
          publisher = m[1]!.trim();
          break;
        }
      }
    }
    if (publisher === null) {
      const m = CONTACT_EMAIL.exec(t);
      if (m) publisher = spellingInText(m[1]!, fullText);
    }
  }
  return { publisher, author: author ?? (editor ? `${editor} (editor)` : null), bylineLines };
}

/** "specialeurasia" -> "SpecialEurasia" as the text writes it (the most frequent spelling). */
function spellingInText(label: string, text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (m[0].toLowerCase() === label.toLowerCase() && m[0] !== m[0].toLowerCase())
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : label;
}

/**
 * A byline right after a dateline: "Brussels 09.01.2022 Anna van Densky “We are ..." or
 * "... Anna van Densky The Collective ...". Only taken when the name is followed by an
 * opening quote or "The"/"A", so the sentence's own subject is not mistaken for an author.
 */
const DATELINE_BYLINE = new RegExp(`^${NAME}\\s+(?=[\u201c"\u00ab\u2018]|(?:The|A|An)\\s)`, 'u');
const NOT_A_NAME_START = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'Given', 'After']);

export function readDatelineByline(rest: string): { author: string; length: number } | null {
  const m = DATELINE_BYLINE.exec(rest);
  if (!m) return null;
  const name = m[1]!;
  const words = name.split(/\s+/u);
  if (NOT_A_NAME_START.has(words[0]!) || words.some((w) => /[\u2019']s$/u.test(w))) return null;
  return { author: name, length: m[0].length };
}
