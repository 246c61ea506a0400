/**
 * The page matcher against an earlier commit's, in one process, runs
 * interleaved (old, new, old, new, ...), so machine noise hits both alike:
 *
 *   npm run bench:ab -- [commit]     (default 84f39e6, before issue 11's page forms)
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

const ROOT = resolve(import.meta.dirname, '..');
const commit = process.argv[2] ?? '84f39e6';
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
  ) as { terms: unknown[] };
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
