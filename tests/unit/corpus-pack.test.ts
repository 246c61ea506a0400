/**
 * Packs from the command line (#13): `npm run corpus -- --pack FILE` writes seeds/ as one
 * pack, and a seeds folder holding only that pack compiles to the same corpus.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePackText } from '../../core/sources/pack';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string;

function runCli(args: string[], env: { seeds: string; out?: string }) {
  return spawnSync('npx', ['tsx', 'tools/corpus-cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, SOURCELIGHT_SEEDS: env.seeds, SOURCELIGHT_OUT: env.out ?? work },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sl-pack-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('packs from the command line', () => {
  it(
    'writes seeds/ as a pack; seeds/ holding only the pack compiles to the same corpus',
    { timeout: 400_000 },
    async () => {
      const packPath = join(work, 'kazakhstan.pack.json');
      const written = runCli(['--pack', packPath], { seeds: join(ROOT, 'seeds') });
      expect(written.status, written.stderr).toBe(0);
      expect(written.stdout).toMatch(/Wrote 5 sources to .*kazakhstan\.pack\.json/u);
      const pack = parsePackText('kazakhstan.pack.json', await readFile(packPath, 'utf8'));
      expect(pack.name).toBe('kazakhstan');
      expect(pack.sources.map((s) => s.file)).toEqual((await readdir(join(ROOT, 'seeds'))).sort());

      const fromSeeds = join(work, 'from-seeds');
      const fromPack = join(work, 'from-pack');
      const packOnly = join(work, 'pack-only');
      expect(runCli([], { seeds: join(ROOT, 'seeds'), out: fromSeeds }).status).toBe(0);
      await rm(packOnly, { recursive: true, force: true });
      await mkdir(packOnly);
      await copyFile(packPath, join(packOnly, 'kazakhstan.pack.json'));
      const compiled = runCli([], { seeds: packOnly, out: fromPack });
      expect(compiled.status, compiled.stderr).toBe(0);
      const corpus = async (dir: string) =>
        JSON.parse(await readFile(join(dir, 'sourcelight-corpus.json'), 'utf8')) as {
          articles: Array<{ file: string }>;
        };
      const a = await corpus(fromSeeds);
      const b = await corpus(fromPack);
      // Only where each article came from differs: `x.txt` against `kazakhstan.pack.json/x.txt`.
      expect(b.articles.map((x) => x.file)).toEqual(
        a.articles.map((x) => `kazakhstan.pack.json/${x.file}`),
      );
      const withoutFiles = (c: { articles: Array<{ file: string }> }) => ({
        ...c,
        articles: c.articles.map((x) => ({ ...x, file: '' })),
      });
      expect(withoutFiles(b)).toEqual(withoutFiles(a));
    },
  );

  it(
    'refuses a malformed pack in seeds/ with its name and reason, and a pack name without .pack.json',
    { timeout: 240_000 },
    async () => {
      const seeds = join(work, 'bad-pack');
      await mkdir(seeds, { recursive: true });
      await writeFile(
        join(seeds, 'other.pack.json'),
        JSON.stringify({ format: 'sourcelight-pack', version: 9, sources: [] }),
      );
      const refused = runCli([], { seeds, out: join(work, 'bad-out') });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr.trim()).toMatch(
        /^Source error: .*other\.pack\.json: made by a newer Sourcelight \(pack version 9/u,
      );
      const badName = runCli(['--pack', join(work, 'kz.json')], { seeds: join(ROOT, 'seeds') });
      expect(badName.status).not.toBe(0);
      expect(badName.stderr.trim()).toMatch(/kz\.json: a pack's file name ends in \.pack\.json$/u);
    },
  );
});
