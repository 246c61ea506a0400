/**
 * Bad input through the Node side of the compiler: every case fails with the
 * file (and line) named, and the previous output stays as it was.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeedError } from '../core/sources/seed-error';
import {
  MAX_SEED_BYTES,
  compileSeedDir,
  serializeAssets,
  writeAssetsAtomically,
} from './compile-seeds';

const CURATED = resolve(import.meta.dirname, '../data/terms.json');
const GOOD =
  'A good source\n\nBrussels 21.11.2022 The European Union said that Kazakhstan is an important partner, and that it welcomes the reforms announced by President Tokayev.\n';

let seedsDir: string;
let outDir: string;

beforeEach(async () => {
  seedsDir = await mkdtemp(join(tmpdir(), 'sl-seeds-'));
  outDir = await mkdtemp(join(tmpdir(), 'sl-out-'));
});
afterEach(async () => {
  await rm(seedsDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function build(): Promise<void> {
  const result = await compileSeedDir({ seedsDir, curatedPath: CURATED });
  await writeAssetsAtomically(outDir, serializeAssets(result));
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

const enc = new TextEncoder();
// Files are read in name order, so the second of a duplicate pair is the later name.
const bad: Array<[string, string, Uint8Array, RegExp]> = [
  ['empty', 'bad.txt', new Uint8Array(0), /^bad\.txt: file is empty$/u],
  ['whitespace only', 'bad.txt', enc.encode('\n   \n\t\n'), /^bad\.txt: file has no text/u],
  [
    'not UTF-8',
    'bad.txt',
    new Uint8Array([...enc.encode('Title\n\nCaf'), 0xe9, 0x0a]),
    /^bad\.txt:3: not valid UTF-8/u,
  ],
  [
    'binary',
    'bad.md',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    /^bad\.md:1: not valid UTF-8/u,
  ],
  [
    'NUL bytes',
    'bad.txt',
    new Uint8Array([...enc.encode('Title\n\nText'), 0, 0, 0]),
    /^bad\.txt:3: contains NUL bytes/u,
  ],
  [
    'over the size limit',
    'big.txt',
    enc.encode(`Title\n\n${'Words here. '.repeat(Math.ceil(MAX_SEED_BYTES / 12) + 1)}`),
    /^big\.txt: file is \d+ bytes; the limit is \d+$/u,
  ],
  [
    'unclosed front matter',
    'fm.md',
    enc.encode('---\ntitle: T\ndate: 2022-01-01\n'),
    /^fm\.md:1: front matter opened with "---" on line 1 is never closed/u,
  ],
  [
    'front matter line without key',
    'fm.md',
    enc.encode('---\ntitle: T\nno colon here\n---\nText.'),
    /^fm\.md:3: front matter line is not "key: value"/u,
  ],
  [
    'unknown front matter key',
    'fm.md',
    enc.encode('---\ntitle: T\nsummary: x\n---\nText.'),
    /^fm\.md:3: unknown front matter key "summary"/u,
  ],
  [
    'bad front matter date',
    'fm.md',
    enc.encode('---\ntitle: T\ndate: 2022-13-01\n---\nText.'),
    /^fm\.md:3: front matter date "2022-13-01" is not a valid date/u,
  ],
  [
    'duplicate id',
    'good.md',
    enc.encode(`Another source\n\n${GOOD.split('\n')[2]!.replace('important', 'key')}\n`),
    /^good\.txt: has the same id "good" as good\.md/u,
  ],
  [
    'duplicate content',
    'copy.txt',
    enc.encode(GOOD),
    /^good\.txt: article "A good source" has the same text as copy\.txt/u,
  ],
  ['not a source file', 'notes.pdf', enc.encode('%PDF-1.4'), /^notes\.pdf: not a source file/u],
];

describe('compileSeedDir + writeAssetsAtomically', () => {
  it('compiles a good seed set into both assets', async () => {
    await writeFile(join(seedsDir, 'good.txt'), GOOD);
    await build();
    const files = await snapshot(outDir);
    expect(Object.keys(files)).toEqual(['sourcelight-corpus.json', 'sourcelight-dictionary.json']);
    const corpus = JSON.parse(files['sourcelight-corpus.json']!) as {
      articles: Array<{ date: string }>;
    };
    expect(corpus.articles.map((a) => a.date)).toEqual(['2022-11-21']);
  });

  it.each(bad)(
    '%s fails naming the file and leaves the previous output untouched',
    async (_label, name, bytes, message) => {
      await writeFile(join(seedsDir, 'good.txt'), GOOD);
      await build();
      const before = await snapshot(outDir);

      await writeFile(join(seedsDir, name), bytes);
      const error = await build().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).message).toMatch(message);
      // Same files, same bytes, and no temp files left behind.
      expect(await snapshot(outDir)).toEqual(before);
    },
  );

  it('fails on an empty seeds directory', async () => {
    await expect(compileSeedDir({ seedsDir, curatedPath: CURATED })).rejects.toThrow(
      /no \.txt or \.md sources found/u,
    );
  });
});
