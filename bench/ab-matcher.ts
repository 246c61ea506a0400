/**
 * The page matcher against an earlier commit's, in one process, runs
 * interleaved (old, new, old, new, ...), so machine noise hits both alike:
 *
 *   npm run bench:ab -- [commit] [--terms=N]   (default 84f39e6, before issue 11's page forms)
 *
 * With `--terms=N` both also run with the dictionary padded to N entries (as the
 * main bench's section 3 pads it: `bench/synthetic-terms.ts`), and each prints its
 * own cost of the large dictionary (median of per-run ratios, N terms / seed terms).
 *
 * Both are bundled with esbuild (as the extension is, so no test-runner
 * wrappers are timed) and run over the Rust book's text with the built
 * dictionary; a seed sentence is added every 25th paragraph, as in the main
 * bench. Prints each run and the median of the per-run ratios (new / old).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median } from './stats';
import { dictionaryOfSize } from './synthetic-terms';
import type { DictionaryEntry } from '../core/types';

const ROOT = resolve(import.meta.dirname, '..');
const commit = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '84f39e6';
const paddedTo = Number(process.argv.find((a) => a.startsWith('--terms='))?.slice(8)) || 0;
const RUNS = 11;
const SPRINKLE = ' Kassym-Jomart Tokayev met the CSTO in Astana; Toqaev and the U.S. envoy spoke.';

interface Matcher {
  compileMatcher(terms: unknown[]): unknown;
  matchTerms(text: string, matcher: unknown): unknown[];
}

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-ab-'));
try {
  // The old commit's core/, as it was.
  execFileSync('sh', ['-c', `git archive ${commit} core | tar -x -C ${dir}`], { cwd: ROOT });
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export * as oldMatcher from ${JSON.stringify(join(dir, 'core/terms/match-terms.ts'))};\n` +
      `export * as newMatcher from ${JSON.stringify(join(ROOT, 'core/terms/match-terms.ts'))};\n`,
  );
  const outfile = join(dir, 'ab.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile });
  const { oldMatcher, newMatcher } = (await import(pathToFileURL(outfile).href)) as {
    oldMatcher: Matcher;
    newMatcher: Matcher;
  };

  const dictionary = JSON.parse(
    readFileSync(join(ROOT, 'data/sourcelight-dictionary.json'), 'utf8'),
  ) as { terms: DictionaryEntry[] };
  const html = readFileSync(join(ROOT, 'bench/fixtures/rust-book.html'), 'utf8');
  const paragraphs = html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&[a-z]+;/gu, ' ')
    .split(/\s{3,}/u)
    .map((p, i) => (i % 25 === 0 ? p + SPRINKLE : p));
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);

  const time = (lib: Matcher, matcher: unknown): [number, number] => {
    const started = performance.now();
    let matches = 0;
    for (const p of paragraphs) matches += lib.matchTerms(p, matcher).length;
    return [performance.now() - started, matches];
  };
  const oldCompiled = oldMatcher.compileMatcher(dictionary.terms);
  const newCompiled = newMatcher.compileMatcher(dictionary.terms);
  time(oldMatcher, oldCompiled); // Warm both up.
  time(newMatcher, newCompiled);
  const ratios: number[] = [];
  console.log(
    `Matcher A/B: ${commit} vs working tree, ${paragraphs.length} paragraphs, ${chars} chars`,
  );
  for (let run = 1; run <= RUNS; run++) {
    const [oldMs, oldMatches] = time(oldMatcher, oldCompiled);
    const [newMs, newMatches] = time(newMatcher, newCompiled);
    ratios.push(newMs / oldMs);
    console.log(
      `  run ${run}: old ${oldMs.toFixed(1)} ms (${oldMatches} matches), new ${newMs.toFixed(1)} ms (${newMatches} matches), ratio ${(newMs / oldMs).toFixed(2)}`,
    );
  }
  ratios.sort((a, b) => a - b);
  console.log(`median ratio new/old: ${ratios[Math.floor(RUNS / 2)]!.toFixed(2)}`);

  if (paddedTo > 0) {
    // What a large dictionary costs each version: seed and padded runs interleaved.
    const padded = dictionaryOfSize(dictionary.terms, paddedTo);
    const oldPadded = oldMatcher.compileMatcher(padded);
    const newPadded = newMatcher.compileMatcher(padded);
    time(oldMatcher, oldPadded);
    time(newMatcher, newPadded);
    const cost = { old: [] as number[], new: [] as number[] };
    for (let run = 1; run <= RUNS; run++) {
      const [oldSeed] = time(oldMatcher, oldCompiled);
      const [oldBig, oldBigMatches] = time(oldMatcher, oldPadded);
      const [newSeed] = time(newMatcher, newCompiled);
      const [newBig, newBigMatches] = time(newMatcher, newPadded);
      cost.old.push(oldBig / oldSeed);
      cost.new.push(newBig / newSeed);
      console.log(
        `  ${paddedTo} terms, run ${run}: old ${oldBig.toFixed(1)} ms (${oldBigMatches} matches; ${(oldBig / oldSeed).toFixed(2)}x its seed run), ` +
          `new ${newBig.toFixed(1)} ms (${newBigMatches} matches; ${(newBig / newSeed).toFixed(2)}x)`,
      );
    }
    console.log(
      `median cost of ${paddedTo} terms over the seed dictionary: old ${median(cost.old).toFixed(2)}x, new ${median(cost.new).toFixed(2)}x`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
