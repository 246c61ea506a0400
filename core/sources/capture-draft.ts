/**
 * The preview of "Add this page": the reader's corrections to what the page
 * reader found (title, publisher, author, date), checked before the page is
 * compiled and stored. The address and the text are not editable: the address
 * is where the text was read, and the text is what Readability kept.
 */
import { captureParagraphs, type PageCapture } from './capture-seed';
import { isValidIsoDate } from './dates';

/** The preview's editable fields, as typed (empty string: none). */
export interface CaptureDraft {
  title: string;
  publisher: string;
  author: string;
  date: string;
}

export type DraftField = keyof CaptureDraft;

export type DraftCheck =
  { ok: true; capture: PageCapture } | { ok: false; problems: Partial<Record<DraftField, string>> };

/** The fields as the page gave them, for the form to start from. */
export function draftOfCapture(capture: PageCapture): CaptureDraft {
  return {
    title: capture.title,
    publisher: capture.publisher ?? '',
    author: capture.author ?? '',
    date: capture.date ?? '',
  };
}

/**
 * The capture with the reader's corrections, or what is wrong with them. A
 * title is required (sources are listed and cited by it); an empty publisher,
 * author or date means none ("undated"); a date must be `YYYY-MM-DD` (or
 * `YYYY-MM`, `YYYY`) and a real one, the forms seed front matter accepts.
 *
 * @example checkCaptureDraft(capture, { ...draftOfCapture(capture), date: '2024-02-30' })
 * // { ok: false, problems: { date: '“2024-02-30” is not a date: write it as YYYY-MM-DD …' } }
 */
export function checkCaptureDraft(capture: PageCapture, draft: CaptureDraft): DraftCheck {
  const title = collapse(draft.title);
  const date = draft.date.trim();
  const problems: Partial<Record<DraftField, string>> = {};
  if (!title) problems.title = 'A title is needed: the source is listed and cited by it.';
  if (date && !isValidIsoDate(date))
    problems.date = `“${date}” is not a date: write it as YYYY-MM-DD (or YYYY-MM, or YYYY), or leave it empty for undated.`;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    capture: {
      ...capture,
      title,
      publisher: collapse(draft.publisher) || null,
      author: collapse(draft.author) || null,
      date: date || null,
    },
  };
}

export interface CaptureTextSummary {
  /** The first paragraphs, each cut to `maxChars` with an ellipsis. */
  opening: string[];
  paragraphs: number;
  words: number;
  characters: number;
}

/**
 * What the preview shows of the text: its first paragraphs (split the way the
 * saved file will be, see capture-seed.ts) and its length.
 *
 * @example summarizeCaptureText('One two.\n\nThree.', { paragraphs: 1 })
 * // { opening: ['One two.'], paragraphs: 2, words: 3, characters: 16 }
 */
export function summarizeCaptureText(
  text: string,
  { paragraphs = 3, maxChars = 280 }: { paragraphs?: number; maxChars?: number } = {},
): CaptureTextSummary {
  const all = captureParagraphs(text);
  const joined = all.join(' ');
  return {
    opening: all.slice(0, paragraphs).map((p) => cut(p, maxChars)),
    paragraphs: all.length,
    words: joined ? joined.split(' ').length : 0,
    characters: [...all.join('\n\n')].length,
  };
}

function collapse(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

function cut(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  // End at a word boundary where one is near, so the preview does not stop mid-word.
  const head = chars.slice(0, maxChars).join('');
  const space = head.lastIndexOf(' ');
  return `${space > maxChars * 0.7 ? head.slice(0, space) : head}…`;
}
