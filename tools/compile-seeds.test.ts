/**
 * Bad input through the Node side of the compiler: every case fails with the
 * file (and line) named, and the previous output stays as it was.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeedError } from '../core/sources/seed-error';
import { SourceLibrary } from '../core/sources/library';
import {
  CARDS_MANIFEST_ASSET,
  cardInShard,
  cardShardAsset,
  readCardsManifest,
  shardOf,
} from '../core/search/prebuilt-cards';
import { readCorpusAsset } from '../core/search/service';
import { buildTermCard } from '../core/search/term-card';
import { CORPUS_ASSET, SEARCH_INDEX_ASSET } from '../core/types';
import {
  MAX_SEED_BYTES,
  buildCorpusAssets,
  buildFailure,
  compileSeedDir,
  formatSourceError,
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
  // The first build loads the lexicons: seconds on a loaded 2-core machine, past the 5 s default.
  it('compiles a good seed set into its assets', { timeout: 60_000 }, async () => {
    await writeFile(join(seedsDir, 'good.txt'), GOOD);
    await build();
    const files = await snapshot(outDir);
    expect(Object.keys(files)).toEqual([
      'sourcelight-cards-0.json',
      'sourcelight-cards.json',
      'sourcelight-corpus.json',
      'sourcelight-dictionary.json',
      'sourcelight-search.json',
    ]);
    const corpus = JSON.parse(files['sourcelight-corpus.json']!) as {
      articles: Array<{ date: string }>;
      search: unknown;
    };
    expect(corpus.articles.map((a) => a.date)).toEqual(['2022-11-21']);
    // The index is its own asset, read on the first search only.
    expect(corpus.search).toBeNull();
    expect(JSON.parse(files['sourcelight-search.json']!)).toMatchObject({ documentCount: 1 });
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

/**
 * Faults of the folders themselves (issue #16), through `buildCorpusAssets`, the entry
 * `wxt build` and `npm run corpus` share, and printed as both print them: one
 * `Source error:` line naming the path and the fix, no Node error or stack trace,
 * and the previous output untouched.
 */
describe('folder faults', () => {
  async function buildMessage(options: { seeds?: string; out?: string } = {}): Promise<string> {
    const dir = options.seeds ?? seedsDir;
    const error = await buildCorpusAssets({
      seedsDir: dir,
      curatedPath: CURATED,
      outDir: options.out ?? outDir,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    const line = formatSourceError(error as SeedError, dir);
    expect(line).not.toMatch(/\n|\bat .*\(|ENOENT|ENOTDIR|EEXIST|ELOOP/u);
    return line;
  }

  async function withPreviousOutput(check: () => Promise<void>): Promise<void> {
    await writeFile(join(seedsDir, 'good.txt'), GOOD);
    await build();
    const before = await snapshot(outDir);
    await check();
    expect(await snapshot(outDir)).toEqual(before);
  }

  it('refuses a link to a file outside seeds/, naming the link and its target', async () => {
    const outside = join(outDir, '..', `sl-secret-${process.pid}.txt`);
    await writeFile(
      outside,
      'Secret words\n\nAlice Example lives at Example Street in Brussels.\n',
    );
    try {
      await withPreviousOutput(async () => {
        await symlink(outside, join(seedsDir, 'passwd.txt'));
        expect(await buildMessage()).toMatch(
          new RegExp(
            `^Source error: .*passwd\\.txt: is a symbolic link \\(to ${outside.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\); .*Copy the file itself into seeds/`,
            'u',
          ),
        );
      });
    } finally {
      await rm(outside, { force: true });
    }
  });

  it('refuses a link that stays inside seeds/ too', async () => {
    await withPreviousOutput(async () => {
      await symlink('good.txt', join(seedsDir, 'alias.txt'));
      expect(await buildMessage()).toMatch(/alias\.txt: is a symbolic link \(to good\.txt\)/u);
    });
  });

  it('refuses a dangling link and a link loop without a Node error', async () => {
    await withPreviousOutput(async () => {
      await symlink('missing.txt', join(seedsDir, 'dangling.txt'));
      expect(await buildMessage()).toMatch(
        /dangling\.txt: is a symbolic link \(to missing\.txt\)/u,
      );
      await rm(join(seedsDir, 'dangling.txt'));
      await symlink('loop-b.txt', join(seedsDir, 'loop-a.txt'));
      await symlink('loop-a.txt', join(seedsDir, 'loop-b.txt'));
      expect(await buildMessage()).toMatch(/loop-a\.txt: is a symbolic link \(to loop-b\.txt\)/u);
    });
  });

  it('names a missing seeds folder and how to fix it', async () => {
    await withPreviousOutput(async () => {
      const missing = join(seedsDir, 'no-such-folder');
      expect(await buildMessage({ seeds: missing })).toBe(
        `Source error: ${missing}: the seeds folder does not exist; create it and put .txt or .md sources in it, or set SOURCELIGHT_SEEDS to the folder that holds them`,
      );
    });
  });

  it('names a seeds path that is a file', async () => {
    await withPreviousOutput(async () => {
      const file = join(seedsDir, 'good.txt');
      expect(await buildMessage({ seeds: file })).toMatch(
        new RegExp(
          `^Source error: ${file.replace(/[.]/gu, '\\.')}: is a file, not a folder; SOURCELIGHT_SEEDS must name`,
          'u',
        ),
      );
    });
  });

  it('names an output path that is a file and leaves that file alone', async () => {
    await writeFile(join(seedsDir, 'good.txt'), GOOD);
    const outFile = join(outDir, 'not-a-folder');
    await writeFile(outFile, 'previous contents');
    expect(await buildMessage({ out: outFile })).toBe(
      `Source error: ${outFile}: the output path is a file, not a folder; remove or rename it, or set SOURCELIGHT_OUT to a folder`,
    );
    expect(await readFile(outFile, 'utf8')).toBe('previous contents');
    expect((await readdir(outDir)).sort()).toEqual(['not-a-folder']);
  });

  it('says it skips a folder inside seeds/, and builds the rest', async () => {
    await writeFile(join(seedsDir, 'good.txt'), GOOD);
    await mkdir(join(seedsDir, 'drafts'));
    await writeFile(join(seedsDir, 'drafts', 'draft.txt'), 'Draft\n\nNot ready to ship.\n');
    const built = await buildCorpusAssets({ seedsDir, curatedPath: CURATED, outDir });
    expect(built.result.corpus.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(built.result.warnings).toContainEqual(
      expect.stringMatching(
        /drafts\/ is a folder: its files are not read .*move them up to include them/u,
      ),
    );
  });

  it('fails a wxt build with the Source error line and no stack trace under it', async () => {
    const missing = join(seedsDir, 'no-such-folder');
    const error = await buildCorpusAssets({ seedsDir: missing, curatedPath: CURATED, outDir }).then(
      () => null,
      (e: unknown) => e,
    );
    const failure = buildFailure(error as SeedError, missing);
    expect(failure.message).toMatch(
      /^Source error: .*no-such-folder: the seeds folder does not exist/u,
    );
    expect(failure.stack).toBe(failure.message);
  });
});

describe('the prebuilt cards as written', () => {
  it(
    'hold, for every seed term, the card the background builds from the written corpus asset',
    { timeout: 60_000 },
    async () => {
      const assets = serializeAssets(
        await compileSeedDir({
          seedsDir: resolve(import.meta.dirname, '../seeds'),
          curatedPath: CURATED,
        }),
      );
      // As the background reads them: the corpus asset without its index, the index apart.
      const library = new SourceLibrary(readCorpusAsset(assets[CORPUS_ASSET]!), {
        readSearchIndex: async () => JSON.parse(assets[SEARCH_INDEX_ASSET]!) as unknown,
      });
      const loaded = library.loaded();
      const manifest = readCardsManifest(assets[CARDS_MANIFEST_ASSET]!)!;
      expect(loaded.corpus.terms.length).toBeGreaterThan(50);
      for (const term of loaded.corpus.terms) {
        const shard = JSON.parse(assets[cardShardAsset(shardOf(term.id, manifest.shards))]!);
        expect(cardInShard(shard, term.id)).toEqual(
          JSON.parse(JSON.stringify(buildTermCard(loaded, term.id))),
        );
      }
    },
  );
});
