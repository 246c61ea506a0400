/**
 * Node side of the compiler: reads `seeds/` and `data/terms.json`, runs the
 * pure compiler, and writes the assets atomically (temp file + rename) so a
 * failed build leaves the previous output in place.
 */
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileCorpus, type CompileResult } from '../core/compile';
import { SeedError } from '../core/sources/seed-error';
import { errorMessage, isRecord } from '../core/guards';
import { validateCurated, type CuratedTerms } from '../core/terms/curated';
import { diffDictionaries, formatDictionaryDiff } from '../core/terms/dictionary-diff';
import {
  CORPUS_ASSET,
  DICTIONARY_ASSET,
  type CompiledDictionary,
  type DictionaryEntry,
  type SeedFile,
} from '../core/types';

export const SEED_EXTENSIONS = ['.txt', '.md'];
/** Larger than any plausible article; guards against a dropped binary or dump. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export interface CompileDirOptions {
  seedsDir: string;
  curatedPath: string;
}

export async function readSeedDir(seedsDir: string): Promise<SeedFile[]> {
  const names = (await readdir(seedsDir)).filter((n) => !n.startsWith('.')).sort();
  const files: SeedFile[] = [];
  for (const name of names) {
    const path = join(seedsDir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    if (!SEED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      if (name.toLowerCase() === 'readme') continue;
      throw new SeedError(
        name,
        `not a source file: only ${SEED_EXTENSIONS.join(' and ')} files go in seeds/`,
      );
    }
    if (info.size > MAX_SEED_BYTES) {
      throw new SeedError(name, `file is ${info.size} bytes; the limit is ${MAX_SEED_BYTES}`);
    }
    files.push({ name, bytes: new Uint8Array(await readFile(path)) });
  }
  if (files.length === 0)
    throw new SeedError(
      relative(process.cwd(), seedsDir) || seedsDir,
      'no .txt or .md sources found',
    );
  return files;
}

export async function readCurated(curatedPath: string): Promise<CuratedTerms> {
  const text = await readFile(curatedPath, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SeedError(
      curatedPath,
      `curated terms are not valid JSON: ${(error as Error).message}`,
    );
  }
  try {
    return validateCurated(parsed);
  } catch (error) {
    throw new SeedError(curatedPath, `curated terms: ${(error as Error).message}`);
  }
}

export async function compileSeedDir(options: CompileDirOptions): Promise<CompileResult> {
  const files = await readSeedDir(options.seedsDir);
  const curated = await readCurated(options.curatedPath);
  return compileCorpus({ files, curated });
}

/**
 * A source error as the build prints it, with the path from the project root:
 * `Source error: seeds/a.md:3: unknown front matter key "dat"; ...`.
 */
export function formatSourceError(error: SeedError, seedsDir: string): string {
  const rel = relative(process.cwd(), seedsDir);
  const dir = !rel ? '.' : rel.startsWith('..') ? seedsDir : rel;
  const where =
    /[\\/]/u.test(error.file) || error.file === dir ? error.file : join(dir, error.file);
  return `Source error: ${where}${error.line !== undefined ? `:${error.line}` : ''}: ${error.reason}`;
}

export function serializeAssets(result: CompileResult): Record<string, string> {
  return {
    [CORPUS_ASSET]: JSON.stringify(result.corpus),
    [DICTIONARY_ASSET]: JSON.stringify(result.dictionary),
  };
}

/** Writes every asset to a temp name first, then renames all: all or nothing. */
export async function writeAssetsAtomically(
  outDir: string,
  assets: Record<string, string>,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const entries = Object.entries(assets);
  for (const [name, contents] of entries) await writeFile(join(outDir, name + suffix), contents);
  for (const [name] of entries) await rename(join(outDir, name + suffix), join(outDir, name));
}

const DIFF_PREFIX = 'Sourcelight: dictionary vs previous build: ';

/**
 * The build log's line on what happened to the names since the last build,
 * read against the dictionary in `outDir` before it is overwritten:
 * `Sourcelight: dictionary vs previous build: +1 added (Narok), 1 merged (Tokayev → Kassym-Jomart Tokayev)`.
 * Never throws: the comparison is a courtesy to the curator, not a reason to fail a build.
 */
export async function describeDictionaryChanges(
  outDir: string,
  next: CompiledDictionary,
): Promise<string> {
  try {
    let text: string;
    try {
      text = await readFile(join(outDir, DICTIONARY_ASSET), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return `${DIFF_PREFIX}first build`;
      throw error;
    }
    const previous: unknown = JSON.parse(text);
    if (!isRecord(previous) || !Array.isArray(previous.terms) || !previous.terms.every(isEntry))
      return `${DIFF_PREFIX}not compared (the previous dictionary is not in the expected format)`;
    return DIFF_PREFIX + formatDictionaryDiff(diffDictionaries({ terms: previous.terms }, next));
  } catch (error) {
    return `${DIFF_PREFIX}not compared (${errorMessage(error)})`;
  }
}

function isEntry(x: unknown): x is DictionaryEntry {
  return (
    isRecord(x) &&
    typeof x.name === 'string' &&
    typeof x.kind === 'string' &&
    Array.isArray(x.variants) &&
    x.variants.every((v) => typeof v === 'string')
  );
}
