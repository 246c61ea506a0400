/**
 * Seed files made from real published text, for tests and the bench that import
 * many sources through the Sources page: the 50 articles of eval/compiler/articles
 * and the 48 pages of eval/pages/pages (98 articles, 1-5 KB each). File i is
 * article i mod 98 with its paragraphs rotated by its round (round 2 starts at the
 * second paragraph, ...) under a title of its own, so every file's text differs.
 * Whole articles: a short run of a page's paragraphs can be captions only, which
 * the compiler refuses as it should.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './chromium';

export interface RealArticle {
  /** Where it came from, e.g. `euro-2024/01` or `pages/01-latimes-shoot-to-kill`. */
  id: string;
  title: string;
  publisher: string;
  url: string;
  date: string | null;
  paragraphs: string[];
}

export interface SourceFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const SUBJECT_TITLES: Record<string, string> = {
  'chandrayaan-3': 'Chandrayaan-3 on the Moon',
  'crowdstrike-outage': 'The CrowdStrike outage',
  'derna-floods': 'Floods in Derna',
  'euro-2024': 'Euro 2024',
  'kenya-protests': 'Kenya’s Finance Bill protests',
};

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const field = (front: string, key: string) =>
  new RegExp(`^${key}: (.+)$`, 'm').exec(front)?.[1]?.trim() ?? '';
const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The 50 compiler-evaluation articles (body after the front matter; the excerpt's date line read). */
async function compilerArticles(): Promise<RealArticle[]> {
  const dir = join(ROOT, 'eval/compiler/articles');
  const out: RealArticle[] = [];
  for (const subject of (await readdir(dir)).sort())
    for (const file of (await readdir(join(dir, subject))).sort()) {
      const raw = await readFile(join(dir, subject, file), 'utf8');
      const front = FRONT_MATTER.exec(raw)?.[1] ?? '';
      let body = raw.replace(FRONT_MATTER, '').trim();
      const date = /^date (\d{4}-\d{2}-\d{2}) /.exec(body)?.[1] ?? null;
      if (date) body = body.slice(`date ${date} `.length);
      const n = file.replace('.txt', '');
      const url = field(front, 'url');
      out.push({
        id: `${subject}/${n}`,
        title: `${SUBJECT_TITLES[subject] ?? subject}, report ${n}`,
        publisher: hostOf(url),
        url,
        date,
        paragraphs: paragraphsOf(body),
      });
    }
  return out;
}

/** The 48 highlighting-evaluation pages (their own title and publisher; the title line dropped). */
async function evalPages(): Promise<RealArticle[]> {
  const dir = join(ROOT, 'eval/pages/pages');
  const out: RealArticle[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = await readFile(join(dir, file), 'utf8');
    const front = FRONT_MATTER.exec(raw)?.[1] ?? '';
    const title = field(front, 'title');
    const paragraphs = paragraphsOf(raw.replace(FRONT_MATTER, ''));
    if (paragraphs[0] === title) paragraphs.shift();
    const url = field(front, 'url');
    out.push({
      id: `pages/${file.replace('.txt', '')}`,
      title,
      publisher: field(front, 'publisher') || hostOf(url),
      url,
      date: null,
      paragraphs,
    });
  }
  return out;
}

/** Every real article available, in a fixed order: the compiler set, then the pages. */
export async function readRealArticles(
  sets: ReadonlyArray<'compiler' | 'pages'> = ['compiler', 'pages'],
): Promise<RealArticle[]> {
  return [
    ...(sets.includes('compiler') ? await compilerArticles() : []),
    ...(sets.includes('pages') ? await evalPages() : []),
  ];
}

/** A word no article contains, unique to file `i`, for finding that file's passage in search. */
export const fileMarker = (i: number) => `ref${String(i).padStart(5, '0')}`;

/**
 * `count` seed files. With `markers`, each paragraph of 120 characters or more in file i ends
 * with the sentence `Filed as refNNNNN.` (`fileMarker(i)`, a word that finds that file, and near
 * numbers by fuzzy search, only; a parenthesised marker reads as a caption credit).
 */
export function makeSourceFiles(
  articles: readonly RealArticle[],
  count: number,
  options: { prefix?: string; markers?: boolean } = {},
): SourceFile[] {
  const files: SourceFile[] = [];
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    const round = Math.floor(i / articles.length);
    const start = round % Math.max(1, a.paragraphs.length);
    const paragraphs = [...a.paragraphs.slice(start), ...a.paragraphs.slice(0, start)];
    if (options.markers) {
      // In every long paragraph: the parser may read a first block as a lead and drop a tail.
      const long = paragraphs.map((p, at) => ({ p, at })).filter(({ p }) => p.length >= 120);
      for (const { at } of long) paragraphs[at] = `${paragraphs[at]} Filed as ${fileMarker(i)}.`;
    }
    const front = [
      '---',
      `title: ${a.title}, part ${round + 1}`,
      `publisher: ${a.publisher}`,
      `url: ${a.url}`,
      ...(a.date ? [`date: ${a.date}`] : []),
      '---',
    ];
    const stem = a.id.replace(/[^a-z0-9]+/gi, '-');
    files.push({
      name: `${options.prefix ?? ''}${stem}-part${round + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${front.join('\n')}\n${paragraphs.join('\n\n')}\n`),
    });
  }
  return files;
}
