/**
 * Deterministic synthetic corpus for the benchmark: `count` articles made from
 * the seeds, to measure build time, cold start and lookup/search latency at
 * the scale of a real source set (10,000 articles).
 *
 * Article i follows the layout of seed i mod S: its structure (title,
 * byline, date, headings, archive posts) stays in place, and so does the lead
 * paragraph of each part, tagged "Synthetic copy i." so no two articles or
 * posts have the same text (the parser rejects duplicates). The title gets the
 * number too. Every other paragraph is, with probability 1/4, replaced by a
 * deterministic pick from all seeds' paragraphs, or else dropped, so an article
 * is a few KB, the size of a news article. The vocabulary is the seeds'
 * vocabulary: a real corpus of this size has a larger one, so its index would
 * be somewhat larger than this one.
 *
 *   npx tsx tools/generate-corpus.ts <out-dir> [count=10000] [seeds-dir=seeds]
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSeedFile } from '../core/sources/parse-seed';
import { createRandom } from './seeded-random';

export interface TextFile {
  name: string;
  text: string;
}

/** A paragraph of prose (not a heading, byline or metadata line). */
const isProse = (block: string) => {
  const b = block.trim();
  return b.length >= 60 && /[.!?\u201d"\u2019)]$/u.test(b);
};

const splitBlocks = (text: string) => text.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n/u);

/**
 * @example generateCorpus([{ name: 'a.txt', text: 'Title\n\nBody...' }], 3).length // 3 files, one article each
 */
export function generateCorpus(
  seeds: readonly TextFile[],
  count: number,
  options: { seed?: number; articlesPerSeed?: readonly number[] } = {},
): TextFile[] {
  if (seeds.length === 0) throw new Error('no seeds to generate from');
  const perSeed = options.articlesPerSeed ?? seeds.map(() => 1);
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  // Only long one-line paragraphs: anything shorter might read as a heading and start a new post.
  const pool = seeds.flatMap((s) =>
    splitBlocks(s.text).filter(
      (b) => isProse(b) && b.trim().length >= 200 && !b.trim().includes('\n'),
    ),
  );
  const width = String(count - 1).length;
  const out: TextFile[] = [];
  // `count` is articles, not files: a tag-archive seed yields one article per post.
  let articles = 0;
  for (let i = 0, t = 0; articles < count; i++, t++) {
    // Near the end, skip templates that would overshoot (a one-article seed always fits).
    while ((perSeed[t % seeds.length] ?? 1) > count - articles && perSeed.includes(1)) t++;
    const template = seeds[t % seeds.length]!;
    articles += perSeed[t % seeds.length] ?? 1;
    const text: string[] = [];
    let titled = false;
    let previousWasProse = false;
    for (const block of splitBlocks(template.text)) {
      const prose = isProse(block);
      if (!prose) {
        if (!titled && block.trim()) {
          const [first, ...rest] = block.split('\n');
          text.push([`${first!.trimEnd()} (${i + 1})`, ...rest].join('\n'));
          titled = true;
        } else text.push(block);
      } else if (!previousWasProse) {
        text.push(`${block.trimEnd()} Synthetic copy ${i + 1}.`);
      } else if (random() < 0.25) {
        text.push(pool[Math.floor(random() * pool.length)]!);
      }
      previousWasProse = prose;
    }
    const stem = template.name.replace(/\.(txt|md)$/u, '');
    const ext = template.name.endsWith('.md') ? '.md' : '.txt';
    out.push({
      name: `syn${String(i).padStart(width, '0')}_${stem}${ext}`,
      text: text.join('\n\n'),
    });
  }
  return out;
}

async function main() {
  const [outArg, countArg, seedsArg] = process.argv.slice(2);
  if (!outArg) {
    console.error('usage: tsx tools/generate-corpus.ts <out-dir> [count=10000] [seeds-dir=seeds]');
    process.exit(2);
  }
  const outDir = resolve(outArg);
  const count = Number(countArg ?? 10_000);
  const seedsDir = resolve(seedsArg ?? 'seeds');
  const names = (await readdir(seedsDir)).filter((n) => /\.(txt|md)$/u.test(n)).sort();
  const seeds = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(seedsDir, name), 'utf8') })),
  );
  const articlesPerSeed = seeds.map(
    (s) => parseSeedFile({ name: s.name, bytes: new TextEncoder().encode(s.text) }).length,
  );
  const files = generateCorpus(seeds, count, { articlesPerSeed });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  let bytes = 0;
  for (const f of files) {
    await writeFile(join(outDir, f.name), f.text);
    bytes += Buffer.byteLength(f.text);
  }
  console.log(
    `wrote ${files.length} files (${count} articles), ${(bytes / 1e6).toFixed(1)} MB, to ${outDir}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
