/**
 * The optional front matter of a seed: a deliberately tiny, strict subset of
 * YAML (`key: value` lines between `---` fences). Strict because a typo such
 * as `dat: 2022-03-07` would otherwise silently leave an article undated.
 */
import { isValidIsoDate } from './dates';
import { SeedError } from './seed-error';

export const FRONT_MATTER_KEYS = ['title', 'publisher', 'author', 'url', 'date'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
export type FrontMatter = Partial<Record<FrontMatterKey, string>>;

export interface SplitFrontMatter {
  frontMatter: FrontMatter;
  /** The text after the closing fence (or the whole text). */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
}

const FENCE = /^---\s*$/u;
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$/u;

/**
 * Splits `text` (already decoded, LF line ends) into front matter and body.
 *
 * @example splitFrontMatter('---\ntitle: Hi\n---\nText.', 'a.md') // { frontMatter: { title: 'Hi' }, body: 'Text.', bodyLine: 4 }
 */
export function splitFrontMatter(text: string, file: string): SplitFrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { frontMatter: {}, body: text, bodyLine: 1 };

  const frontMatter: FrontMatter = {};
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (FENCE.test(raw)) {
      return { frontMatter, body: lines.slice(i + 1).join('\n'), bodyLine: lineNo + 1 };
    }
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const match = KEY_VALUE.exec(raw);
    if (!match) {
      if (!lines.slice(i + 1).some((l) => FENCE.test(l))) throw unclosed(file, lineNo);
      throw new SeedError(
        file,
        `front matter line is not "key: value" (got ${JSON.stringify(raw.slice(0, 60))})`,
        lineNo,
      );
    }
    const key = match[1]!.toLowerCase();
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      throw new SeedError(
        file,
        `unknown front matter key "${match[1]}"; allowed: ${FRONT_MATTER_KEYS.join(', ')}`,
        lineNo,
      );
    }
    const typedKey = key as FrontMatterKey;
    if (frontMatter[typedKey] !== undefined) {
      throw new SeedError(file, `front matter key "${key}" appears twice`, lineNo);
    }
    const value = unquote(match[2]!.trim());
    if (!value) throw new SeedError(file, `front matter key "${key}" has no value`, lineNo);
    checkValue(typedKey, value, file, lineNo);
    frontMatter[typedKey] = value;
  }
  throw unclosed(file);
}

function unclosed(file: string, strayLine?: number): SeedError {
  return new SeedError(
    file,
    'front matter opened with "---" on line 1 is never closed (add a line "---" after the last key' +
      (strayLine ? `; line ${strayLine} is the first that is not "key: value"` : '') +
      ')',
    1,
  );
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/u.exec(value);
  return (quoted ? quoted[2]! : value).trim();
}

function checkValue(key: FrontMatterKey, value: string, file: string, line: number): void {
  if (key === 'date' && !isValidIsoDate(value)) {
    throw new SeedError(
      file,
      `front matter date "${value}" is not a valid date; write YYYY-MM-DD (or YYYY-MM, YYYY)`,
      line,
    );
  }
  if (key === 'url' && !isHttpUrl(value)) {
    throw new SeedError(file, `front matter url "${value}" is not an http(s) URL`, line);
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
