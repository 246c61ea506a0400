/** Builds what the bench loads: the extension (timed), the synthetic corpus, the matcher bundle. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '..');

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0
        ? ok()
        : fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** `wxt build` into `outDir` with the given seeds; returns the wall time in ms. */
export async function buildExtension(options: {
  outDir: string;
  seedsDir?: string;
  /** Where the build writes its copy of the compiled assets (keeps data/ for the seeds). */
  dataOut?: string;
}): Promise<number> {
  const started = performance.now();
  await run('npx', ['wxt', 'build'], {
    WXT_OUT_DIR: options.outDir,
    ...(options.seedsDir ? { SOURCELIGHT_SEEDS: options.seedsDir } : {}),
    ...(options.dataOut ? { SOURCELIGHT_OUT: options.dataOut } : {}),
  });
  return performance.now() - started;
}

export async function generateSyntheticSeeds(outDir: string, articles: number): Promise<void> {
  await run('npx', ['tsx', 'tools/generate-corpus.ts', outDir, String(articles)], {});
}

/** The pure matcher as a script for a page: `window.SourcelightMatcher.{compileMatcher, matchTerms}`. */
export async function bundleMatcher(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'core/terms/match-terms.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SourcelightMatcher',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every script under content-scripts/ (the entry, plus any chunk it loads later). */
export async function contentScriptSizes(extensionDir: string): Promise<BundleSize[]> {
  const dir = join(extensionDir, 'content-scripts');
  if (!existsSync(dir)) return [];
  const out: BundleSize[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    out.push({
      file: `content-scripts/${name}`,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes).length,
    });
  }
  return out;
}

export async function fileSize(path: string): Promise<number> {
  return existsSync(path) ? (await stat(path)).size : Number.NaN;
}
