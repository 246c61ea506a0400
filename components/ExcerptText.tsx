/**
 * Renders an excerpt with its emphasised ranges. Every piece is a text node
 * or a `<mark>` holding a text node: source text is never parsed as HTML.
 */
import type { JSX } from 'preact';

export interface ExcerptTextProps {
  text: string;
  /** Half-open `[start, end)` character ranges of `text` to emphasise. */
  marks: ReadonlyArray<readonly [number, number]>;
  /** Class for the `<mark>` elements (the card and the popup style them differently). */
  markClass?: string;
}

/** Splits `text` into plain and marked pieces; bad, overlapping or out-of-range marks are clamped or dropped. */
export function splitMarked(
  text: string,
  marks: ReadonlyArray<readonly [number, number]>,
): Array<{ text: string; marked: boolean }> {
  const ranges = marks
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b! > a!)
    .sort((x, y) => x[0]! - y[0]!) as Array<[number, number]>;
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [a, b] of ranges) {
    const start = Math.max(a, at);
    if (b <= start) continue;
    const last = pieces[pieces.length - 1];
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    // Overlapping or touching marks read as one emphasised run.
    else if (last?.marked) {
      last.text += text.slice(start, b);
      at = b;
      continue;
    }
    pieces.push({ text: text.slice(start, b), marked: true });
    at = b;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

export function ExcerptText({ text, marks, markClass }: ExcerptTextProps): JSX.Element {
  return (
    <>
      {splitMarked(text, marks).map((p, i) =>
        p.marked ? (
          <mark key={i} class={markClass}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
