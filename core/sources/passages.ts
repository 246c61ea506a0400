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
  let text = '';
  const starts: Flow['starts'] = [];
  for (const { line, text: raw } of lines) {
    const piece = raw.replace(/[\s\u00a0]+/gu, ' ').trim();
    if (!piece) continue;
    if (text) text += ' ';
    starts.push({ offset: text.length, line });
    text += piece;
  }
  return { text, starts };
}

function join(a: Flow, b: Flow): Flow {
  const shift = a.text.length + 1;
  return {
    text: `${a.text} ${b.text}`,
    starts: [...a.starts, ...b.starts.map((s) => ({ offset: s.offset + shift, line: s.line }))],
  };
}

function lineAt(flow: Flow, offset: number): number {
  let line = flow.starts[0]?.line ?? 1;
  for (const s of flow.starts) if (s.offset <= offset) line = s.line;
  return line;
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

  const merged: Flow[] = [];
  let pending: Flow | null = null;
  for (const { flow, index } of flows) {
    if (pending && options.sectionStarts?.has(index)) {
      const previous = merged.pop();
      merged.push(previous ? join(previous, pending) : pending);
      pending = null;
    }
    const current: Flow = pending ? join(pending, flow) : flow;
    // A paragraph ending in ":" introduces the next one ("He went on:", a list): keep them together.
    pending = current.text.length < minChars || /:$/u.test(current.text) ? current : null;
    if (!pending) merged.push(current);
  }
  if (pending) {
    const previous = merged.pop();
    merged.push(previous ? join(previous, pending) : pending);
  }

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
