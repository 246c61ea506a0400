/**
 * Paragraphs -> passages: the unit the index stores and the card quotes.
 * Short paragraphs ("He went on:") are merged into the next one so no passage
 * is a fragment; long ones are split at sentence boundaries only.
 */
import type { Passage } from '../types';
import { splitSentences } from './sentences';

/** One source line of a paragraph. */
export interface SourceLine {
  line: number;
  text: string;
}

export interface PassageOptions {
  /** Paragraphs shorter than this (or ending in ":") are merged into the next (or, if last, the previous). */
  minChars: number;
  /** Paragraphs longer than this are split at sentence boundaries. */
  maxChars: number;
}

export const DEFAULT_PASSAGE_OPTIONS: PassageOptions = { minChars: 120, maxChars: 900 };

interface Flow {
  text: string;
  /** Where each source line starts in `text`, to give split passages their own line. */
  starts: Array<{ offset: number; line: number }>;
}

/** Whitespace collapsed, trimmed: the text a passage stores. */
export function normalizeParagraph(lines: SourceLine[]): string {
  return toFlow(lines).text;
}

function toFlow(lines: SourceLine[]): Flow {
  const flow = new FlowBuilder();
  for (const { line, text: raw } of lines) {
    const piece = collapseWhitespace(raw);
    if (piece) flow.add(piece, line);
  }
  return flow.build();
}

/**
 * Whitespace runs as one space, trimmed. Most lines have none to collapse: they are
 * returned as they are rather than rebuilt match by match, which on a 2 MB line of
 * short words was most of the parse (and its garbage collection).
 */
function collapseWhitespace(raw: string): string {
  return /[^\S ]| {2}/u.test(raw) ? raw.replace(/\s+/gu, ' ').trim() : raw.trim();
}

/**
 * Paragraphs joined with a space, appended in place: joining copy by copy was
 * quadratic when thousands of paragraphs each end in ":" and so all join the
 * next one (issue #16).
 */
class FlowBuilder {
  private readonly pieces: string[] = [];
  readonly starts: Flow['starts'] = [];
  length = 0;
  /** The last character added, read without joining the pieces. */
  lastChar = '';

  add(piece: string, line: number): void {
    if (this.length) this.length += 1;
    this.starts.push({ offset: this.length, line });
    this.pieces.push(piece);
    this.length += piece.length;
    this.lastChar = piece[piece.length - 1]!;
  }

  append(flow: Flow): void {
    const shift = this.length ? this.length + 1 : 0;
    for (const s of flow.starts) this.starts.push({ offset: s.offset + shift, line: s.line });
    if (this.length) this.length += 1;
    this.pieces.push(flow.text);
    this.length += flow.text.length;
    this.lastChar = flow.text[flow.text.length - 1] ?? this.lastChar;
  }

  /** `other`'s pieces after this one's (other is spent). */
  appendBuilder(other: FlowBuilder): void {
    this.append(other.build());
  }

  build(): Flow {
    return { text: this.pieces.join(' '), starts: this.starts };
  }
}

/** The line of the source line that holds `offset` (starts are in offset order). */
function lineAt(flow: Flow, offset: number): number {
  const { starts } = flow;
  if (starts.length === 0) return 1;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return starts[low]!.line;
}

/**
 * Builds passages for one article. `passages.map(p => p.text).join(' ')`
 * equals the normalised paragraphs joined with spaces: nothing lost, nothing reordered.
 *
 * @example buildPassages({ articleId: 'a', paragraphs: [[{ line: 3, text: 'One sentence.' }]] })
 */
export function buildPassages(options: {
  articleId: string;
  paragraphs: SourceLine[][];
  /**
   * Indices of paragraphs that open a new section (they followed a heading):
   * a short paragraph is not carried across that boundary but joins the one before it.
   */
  sectionStarts?: ReadonlySet<number>;
  passageOptions?: PassageOptions;
}): Passage[] {
  const { minChars, maxChars } = options.passageOptions ?? DEFAULT_PASSAGE_OPTIONS;
  const flows = options.paragraphs
    .map((lines, index) => ({ flow: toFlow(lines), index }))
    .filter(({ flow }) => flow.text);

  const builders: FlowBuilder[] = [];
  let pending: FlowBuilder | null = null;
  const closePending = (open: FlowBuilder) => {
    const previous = builders[builders.length - 1];
    if (previous) previous.appendBuilder(open);
    else builders.push(open);
  };
  for (const { flow, index } of flows) {
    if (pending && options.sectionStarts?.has(index)) {
      closePending(pending);
      pending = null;
    }
    const current: FlowBuilder = pending ?? new FlowBuilder();
    current.append(flow);
    // A paragraph ending in ":" introduces the next one ("He went on:", a list): keep them together.
    pending = current.length < minChars || current.lastChar === ':' ? current : null;
    if (!pending) builders.push(current);
  }
  if (pending) closePending(pending);
  const merged = builders.map((b) => b.build());

  const chunks: Array<{ text: string; line: number }> = [];
  for (const flow of merged) {
    if (flow.text.length <= maxChars) {
      chunks.push({ text: flow.text, line: lineAt(flow, 0) });
      continue;
    }
    const sentences = splitSentences(flow.text);
    // Aim for equal chunks rather than filling to the limit and leaving a stub.
    const target = flow.text.length / Math.ceil(flow.text.length / maxChars);
    let offset = 0;
    let chunk = '';
    let chunkStart = 0;
    for (const sentence of sentences) {
      const at = flow.text.indexOf(sentence, offset);
      offset = at + sentence.length;
      if (chunk && (chunk.length >= target || chunk.length + 1 + sentence.length > maxChars)) {
        chunks.push({ text: chunk, line: lineAt(flow, chunkStart) });
        chunk = '';
      }
      if (!chunk) chunkStart = at;
      chunk = chunk ? `${chunk} ${sentence}` : sentence;
    }
    if (chunk) chunks.push({ text: chunk, line: lineAt(flow, chunkStart) });
  }

  return chunks.map((c, ordinal) => ({
    id: `${options.articleId}:${ordinal}`,
    articleId: options.articleId,
    ordinal,
    text: c.text,
    line: c.line,
  }));
}
