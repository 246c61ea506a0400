/**
 * The real `npm run corpus` entry point on a bad seed: non-zero exit, a
 * message naming the file and line, and the previous output left in place.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let seedsDir: string;
let outDir: string;

function runCli(env: { seeds?: string; out?: string } = {}) {
  return spawnSync('npx', ['tsx', 'tools/corpus-cli.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SOURCELIGHT_SEEDS: env.seeds ?? seedsDir,
      SOURCELIGHT_OUT: env.out ?? outDir,
    },
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

  it(
    'prints folder faults as one Source error line, no Node error or stack trace (#16)',
    { timeout: 240_000 },
    async () => {
      await rm(join(seedsDir, 'broken.md'), { force: true });
      const before = await readFile(join(outDir, 'sourcelight-corpus.json'), 'utf8');
      const onlyLine = (stderr: string) => stderr.trim().split('\n');

      await symlink('/etc/passwd', join(seedsDir, 'passwd.txt'));
      const linked = runCli();
      expect(linked.status).not.toBe(0);
      expect(onlyLine(linked.stderr)).toEqual([
        expect.stringMatching(
          /^Source error: .*passwd\.txt: is a symbolic link \(to \/etc\/passwd\); links are not followed/u,
        ),
      ]);
      await rm(join(seedsDir, 'passwd.txt'));

      const outFile = join(outDir, 'sourcelight-corpus.json');
      const toFile = runCli({ out: outFile });
      expect(toFile.status).not.toBe(0);
      expect(onlyLine(toFile.stderr)).toEqual([
        `Source error: ${outFile}: the output path is a file, not a folder; remove or rename it, or set SOURCELIGHT_OUT to a folder`,
      ]);
      expect(await readFile(join(outDir, 'sourcelight-corpus.json'), 'utf8')).toBe(before);
    },
  );
});
