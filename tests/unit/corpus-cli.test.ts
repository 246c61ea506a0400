/**
 * The real `npm run corpus` entry point on a bad seed: non-zero exit, a
 * message naming the file and line, and the previous output left in place.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let seedsDir: string;
let outDir: string;

function runCli() {
  return spawnSync('npx', ['tsx', 'tools/corpus-cli.ts'], {
    cwd: ROOT,
    env: { ...process.env, SOURCELIGHT_SEEDS: seedsDir, SOURCELIGHT_OUT: outDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

beforeAll(async () => {
  seedsDir = await mkdtemp(join(tmpdir(), 'sl-cli-seeds-'));
  outDir = await mkdtemp(join(tmpdir(), 'sl-cli-out-'));
});
afterAll(async () => {
  await rm(seedsDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('corpus CLI', () => {
  it(
    'exits non-zero on a bad seed, names file and line, and keeps the previous output',
    { timeout: 240_000 },
    async () => {
      await writeFile(
        join(seedsDir, 'good.txt'),
        'Good\n\nBrussels 21.11.2022 The European Union said that Kazakhstan is an important partner and welcomed the reforms.\n',
      );
      const ok = runCli();
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/Compiled 1 articles/u);
      const before = await readFile(join(outDir, 'sourcelight-corpus.json'), 'utf8');

      await writeFile(
        join(seedsDir, 'broken.md'),
        '---\ntitle: Broken\ndate: yesterday\n---\nText.\n',
      );
      const failed = runCli();
      expect(failed.status).not.toBe(0);
      expect(failed.stderr).toMatch(
        /Source error: .*broken\.md:3: front matter date "yesterday" is not a valid date/u,
      );
      expect(await readFile(join(outDir, 'sourcelight-corpus.json'), 'utf8')).toBe(before);
    },
  );
});
