/**
 * Just enough Markdown to read a `.md` seed as text: headings, emphasis,
 * links and list markers are removed, their words kept. Not a Markdown
 * renderer; anything it does not know stays as written.
 *
 * Linear in the line's length on any input (issue #16): the inline rules used
 * to be regular expressions such as `\[([^\]]+)\]\(`, which rescan to the end
 * of the line from every `[` that has no match, so a line of 240,000 `[` took
 * 58 s. Each rule is now one left-to-right pass whose searches for a closing
 * mark only ever move forward (see `forwardSearch`); the text they produce is
 * the text the old expressions produced (markdown.test.ts compares the two).
 */

export interface MarkdownLine {
  text: string;
  isHeading: boolean;
  /** Rules and fences: nothing to keep. */
  isEmpty: boolean;
}

/** `#` to `######` then whitespace; the heading text is the rest of the line. */
const ATX_OPENING = /^\s{0,3}#{1,6}\s+/u;
const RULE_OR_FENCE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|```.*|~~~.*)$/u;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/u;
/** Characters `.` does not match: an inline span never crosses one. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * @example stripMarkdownLine('## A [link](http://x) and **bold**') // { text: 'A link and bold', isHeading: true, isEmpty: false }
 */
export function stripMarkdownLine(line: string): MarkdownLine {
  if (RULE_OR_FENCE.test(line)) return { text: '', isHeading: false, isEmpty: true };
  const heading = atxHeadingText(line);
  const body = heading ?? line;
  const text = stripInline(
    body.replace(/^\s{0,3}>\s?/u, '').replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, ''),
  );
  return { text, isHeading: heading !== null, isEmpty: false };
}

export function isSetextUnderline(line: string): boolean {
  return SETEXT_UNDERLINE.test(line);
}

/**
 * The text of an ATX heading without its optional closing `#`s (`## Title ##` -> `Title`),
 * or null when the line is not one. Done by hand because the expression
 * `^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$` retries `\s+` at every position of
 * a whitespace run: quadratic on a heading holding a long run of spaces.
 */
function atxHeadingText(line: string): string | null {
  const opening = ATX_OPENING.exec(line);
  if (!opening) return null;
  const rest = line.slice(opening[0].length).trimEnd();
  let hashes = rest.length;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  const hasClosing = hashes > 0 && hashes < rest.length && /\s/u.test(rest[hashes - 1]!);
  const text = hasClosing ? rest.slice(0, hashes).trimEnd() : rest;
  return LINE_TERMINATOR.test(text) ? null : text;
}

function stripInline(text: string): string {
  let out = replaceLinks(text, { opener: '![', tail: '(', minLabel: 0, keepLabel: false });
  out = replaceLinks(out, { opener: '[', tail: '(', minLabel: 1, keepLabel: true });
  out = replaceLinks(out, { opener: '[', tail: '[', minLabel: 1, keepLabel: true });
  out = replaceAutolinks(out);
  out = replaceSpans(out, [CODE]);
  out = replaceSpans(out, [STRONG_STARS, STRONG_UNDERSCORES]);
  out = replaceSpans(out, [STRIKETHROUGH]);
  out = replaceSpans(out, [EMPHASIS_STAR]);
  return replaceSpans(out, [EMPHASIS_UNDERSCORE]);
}

/**
 * `find(from)`: the index of the first match of `pattern` at or after `from`, or -1.
 * Callers ask with `from` never decreasing, so an answer is reused until `from`
 * passes it and no character is searched twice: linear over all calls.
 */
function forwardSearch(text: string, pattern: RegExp): (from: number) => number {
  const re = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  let askedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from >= askedFrom && (found === -1 || found >= from)) return found;
    re.lastIndex = from;
    askedFrom = from;
    found = re.exec(text)?.index ?? -1;
    return found;
  };
}

interface LinkRule {
  /** `![` for images, `[` for links. */
  opener: string;
  /** What follows the label's `]`: `(` for an inline link or image, `[` for a reference link. */
  tail: '(' | '[';
  /** Shortest label: links need one character, images may have none. */
  minLabel: number;
  /** A link keeps its label; an image leaves nothing. */
  keepLabel: boolean;
}

/**
 * `![alt](url)` -> ``, `[label](url)` and `[label][ref]` -> `label`: the label runs to the first
 * `]`, the destination to the first `)` (or `]`), as `\[([^\]]+)\]\([^)]*\)` read them.
 */
function replaceLinks(text: string, rule: LinkRule): string {
  const labelEnd = forwardSearch(text, /\]/u);
  const tailEnd = forwardSearch(text, rule.tail === '(' ? /\)/u : /\]/u);
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(rule.opener); at !== -1;) {
    const labelStart = at + rule.opener.length;
    const close = labelEnd(labelStart);
    if (close === -1) break; // no `]` from here on: nothing later matches either
    const end = close - labelStart >= rule.minLabel && text[close + 1] === rule.tail;
    const destinationEnd = end ? tailEnd(close + 2) : -1;
    if (destinationEnd === -1) {
      at = text.indexOf(rule.opener, at + 1);
      continue;
    }
    out += text.slice(copied, at) + (rule.keepLabel ? text.slice(labelStart, close) : '');
    copied = destinationEnd + 1;
    at = text.indexOf(rule.opener, copied);
  }
  return out + text.slice(copied);
}

const AUTOLINK_SCHEMES = ['https://', 'http://'];

/** `<https://example.org>` -> `https://example.org`; the URL ends at the first `>` and has no space. */
function replaceAutolinks(text: string): string {
  const urlEnd = forwardSearch(text, /[>\s]/u);
  let out = '';
  let copied = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', Math.max(at + 1, copied))) {
    const scheme = AUTOLINK_SCHEMES.find((s) => text.startsWith(s, at + 1));
    if (!scheme) continue;
    const urlStart = at + 1 + scheme.length;
    const end = urlEnd(urlStart);
    if (end === -1 || end === urlStart || text[end] !== '>') continue;
    out += text.slice(copied, at) + text.slice(at + 1, end);
    copied = end + 1;
  }
  return out + text.slice(copied);
}

interface SpanRule {
  /** The mark on both sides: `**`, `_`, `` ` ``. */
  mark: string;
  /** The opening mark's neighbours allow it to open (`*` must not follow a letter). */
  canOpen: (text: string, at: number) => boolean;
  /** A mark at `at` can close a span (whatever opened it). */
  canClose: (text: string, at: number) => boolean;
  /** Emphasis (`.+?` in the expressions it replaced) ends at a line terminator; code does not. */
  staysInLine: boolean;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const isNotSpace = (c: string | undefined) => c !== undefined && !isSpace(c);
/** A letter, digit or `mark` beside an intraword `*` or `_`: not emphasis. */
const isWordOr = (c: string | undefined, mark: string) =>
  c !== undefined && (c === mark || /^[\p{L}\p{N}]/u.test(c));
/** The whole character (a surrogate pair too) that ends just before `at`, as `(?<!...)` reads it. */
function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const start = at >= 2 && /[\udc00-\udfff]/u.test(text[at - 1]!) ? at - 2 : at - 1;
  const c = String.fromCodePoint(text.codePointAt(start)!);
  return c.length === at - start ? c : text[at - 1];
}
/** The whole character that starts at `at`, as `(?!...)` reads it. */
function charAt(text: string, at: number): string | undefined {
  const code = text.codePointAt(at);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/** `` `code` ``: any non-empty text between backticks. */
const CODE: SpanRule = {
  mark: '`',
  canOpen: (text, at) => text[at + 1] !== undefined && text[at + 1] !== '`',
  canClose: () => true,
  staysInLine: false,
};

/** `**strong**`, `__strong__`, `~~struck~~`: no space just inside either mark. */
function flankedSpan(mark: string): SpanRule {
  return {
    mark,
    canOpen: (text, at) => isNotSpace(text[at + mark.length]),
    canClose: (text, at) => isNotSpace(text[at - 1]),
    staysInLine: true,
  };
}
const STRONG_STARS = flankedSpan('**');
const STRONG_UNDERSCORES = flankedSpan('__');
const STRIKETHROUGH = flankedSpan('~~');

/** `*em*` and `_em_`, but not inside a word (`snake_case_name`, `2*3*4`). */
function emphasis(mark: string): SpanRule {
  return {
    mark,
    canOpen: (text, at) => !isWordOr(charBefore(text, at), mark) && isNotSpace(text[at + 1]),
    canClose: (text, at) => isNotSpace(text[at - 1]) && !isWordOr(charAt(text, at + 1), mark),
    staysInLine: true,
  };
}
const EMPHASIS_STAR = emphasis('*');
const EMPHASIS_UNDERSCORE = emphasis('_');

/**
 * Replaces each span `mark text mark` by its text, left to right, a span closing at
 * the first mark that can close it: what `(\*\*)(?=\S)(.+?)(?<=\S)\1` does, without
 * rescanning the rest of the line from every mark that never closes.
 */
function replaceSpans(text: string, rules: SpanRule[]): string {
  const closers = rules.map((rule) => closingMarkSearch(text, rule));
  const lineEnd = forwardSearch(text, LINE_TERMINATOR);
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    const r = rules.findIndex((rule) => text.startsWith(rule.mark, at));
    if (r === -1) continue;
    const { mark, canOpen, staysInLine } = rules[r]!;
    if (!canOpen(text, at)) continue;
    const contentStart = at + mark.length;
    const close = closers[r]!(contentStart + 1);
    if (close === -1) continue;
    const stop = staysInLine ? lineEnd(contentStart) : -1;
    if (stop !== -1 && stop < close) continue;
    out += text.slice(copied, at) + text.slice(contentStart, close);
    copied = close + mark.length;
    at = copied - 1;
  }
  return out + text.slice(copied);
}

/** The first mark at or after `from` that can close a span; `from` never decreases. */
function closingMarkSearch(text: string, rule: SpanRule): (from: number) => number {
  let askedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from >= askedFrom && (found === -1 || found >= from)) return found;
    askedFrom = from;
    found = text.indexOf(rule.mark, from);
    while (found !== -1 && !rule.canClose(text, found)) found = text.indexOf(rule.mark, found + 1);
    return found;
  };
}
