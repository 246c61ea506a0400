/**
 * Node side of the compiler: reads `seeds/` and `data/terms.json`, runs the
 * pure compiler, and writes the assets atomically (temp file + rename) so a
 * failed build leaves the previous output in place.
 */
import type { Dirent } from 'node:fs';
import { mkdir, readFile, readdir, readlink, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileCorpus, type CompileResult } from '../core/compile';
import { CARDS_MANIFEST_ASSET, cardShardAsset, prebuildCards } from '../core/search/prebuilt-cards';
import { SourceLibrary } from '../core/sources/library';
import { SeedError } from '../core/sources/seed-error';
import { decodeSeed } from '../core/sources/decode';
import { PACK_EXTENSION, packSeedFiles, parsePackText } from '../core/sources/pack';
import { errorMessage, isRecord } from '../core/guards';
import { validateCurated, type CuratedTerms } from '../core/terms/curated';
import { diffDictionaries, formatDictionaryDiff } from '../core/terms/dictionary-diff';
import {
  CORPUS_ASSET,
  SEARCH_INDEX_ASSET,
  DICTIONARY_ASSET,
  type CompiledDictionary,
  type DictionaryEntry,
  type SeedFile,
} from '../core/types';

export const SEED_EXTENSIONS = ['.txt', '.md'];
/** Larger than any plausible article; guards against a dropped binary or dump. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;
/** A pack holds many sources (each still within MAX_PACK_SOURCE_CHARS). */
export const MAX_PACK_BYTES = 256 * 1024 * 1024;

export interface CompileDirOptions {
  seedsDir: string;
  curatedPath: string;
}

/**
 * The source files directly in `seedsDir`, in name order. Every fault of the folder is a
 * `SeedError` naming the path and the fix, never a raw Node error (issue #16):
 * - a symbolic link is refused, wherever it points. A curator builds other people's
 *   folders, and `passwd.txt -> /etc/passwd` was compiled and shipped; a link that stays
 *   inside seeds/ can only repeat another seed (refused as a duplicate anyway) or reach
 *   into a subfolder, so no link is worth the rule it would need;
 * - a folder inside seeds/ is not read (ids are file names, so two folders could hold the
 *   same id) and `onWarning` says so, naming it.
 */
export async function readSeedDir(
  seedsDir: string,
  onWarning: (message: string) => void = () => {},
): Promise<SeedFile[]> {
  const entries = (await listSeedDir(seedsDir)).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: SeedFile[] = [];
  for (const entry of entries) {
    const { name } = entry;
    const path = join(seedsDir, name);
    if (entry.isSymbolicLink()) throw await linkError(path, name);
    if (entry.isDirectory()) {
      onWarning(
        `${displayPath(path)}/ is a folder: its files are not read (only files directly in ${displayPath(seedsDir)}/ are); move them up to include them`,
      );
      continue;
    }
    if (!entry.isFile()) continue;
    if (name.toLowerCase().endsWith(PACK_EXTENSION)) {
      // A pack (#13): its sources are compiled as if each were a file here.
      const bytes = await readSeedFile(path, name);
      if (bytes.length > MAX_PACK_BYTES)
        throw new SeedError(name, `pack is ${bytes.length} bytes; the limit is ${MAX_PACK_BYTES}`);
      files.push(...packSeedFiles(name, parsePackText(name, decodeSeed({ name, bytes }))));
      continue;
    }
    if (!SEED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      if (name.toLowerCase() === 'readme') continue;
      throw new SeedError(
        name,
        `not a source file: only ${SEED_EXTENSIONS.join(' and ')} files and ${PACK_EXTENSION} packs go in seeds/`,
      );
    }
    const bytes = await readSeedFile(path, name);
    if (bytes.length > MAX_SEED_BYTES) {
      throw new SeedError(name, `file is ${bytes.length} bytes; the limit is ${MAX_SEED_BYTES}`);
    }
    files.push({ name, bytes });
  }
  if (files.length === 0)
    throw new SeedError(
      relative(process.cwd(), seedsDir) || seedsDir,
      'no .txt or .md sources found',
    );
  return files;
}

/**
 * A fault of a folder or file the build was pointed at (seeds/, data/terms.json, the
 * output folder), not of one source: its `file` is a path to print as it is.
 */
export class FolderError extends SeedError {}

/** A path as the build prints it: from the project root when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function listSeedDir(seedsDir: string): Promise<Dirent[]> {
  try {
    return await readdir(seedsDir, { withFileTypes: true });
  } catch (error) {
    const where = displayPath(seedsDir);
    const code = errorCode(error);
    if (code === 'ENOENT')
      throw new FolderError(
        where,
        'the seeds folder does not exist; create it and put .txt or .md sources in it, or set SOURCELIGHT_SEEDS to the folder that holds them',
      );
    if (code === 'ENOTDIR')
      throw new FolderError(
        where,
        'is a file, not a folder; SOURCELIGHT_SEEDS must name the folder that holds the .txt and .md sources',
      );
    throw new FolderError(where, `the seeds folder cannot be read (${errorMessage(error)})`);
  }
}

async function linkError(path: string, name: string): Promise<SeedError> {
  let target = 'an unreadable target';
  try {
    target = await readlink(path);
  } catch {
    // The link is refused all the same; only its description is poorer.
  }
  return new SeedError(
    name,
    `is a symbolic link (to ${target}); links are not followed, so a source folder cannot pull in files from elsewhere. Copy the file itself into seeds/ if it is meant to be a source, or remove the link`,
  );
}

async function readSeedFile(path: string, name: string): Promise<Uint8Array> {
  try {
    // The size is checked on the bytes read, not on an earlier stat: one read, no race.
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new SeedError(name, `cannot be read (${errorMessage(error)})`);
  }
}

export async function readCurated(curatedPath: string): Promise<CuratedTerms> {
  let text: string;
  try {
    text = await readFile(curatedPath, 'utf8');
  } catch (error) {
    throw new FolderError(
      displayPath(curatedPath),
      `curated terms cannot be read (${errorMessage(error)}); restore data/terms.json from the repository`,
    );
  }
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
  const folderWarnings: string[] = [];
  const files = await readSeedDir(options.seedsDir, (message) => folderWarnings.push(message));
  const curated = await readCurated(options.curatedPath);
  const result = compileCorpus({ files, curated });
  return { ...result, warnings: [...folderWarnings, ...result.warnings] };
}

export interface BuiltCorpus {
  result: CompileResult;
  assets: Record<string, string>;
  /** The log line on what the names did since the previous build. */
  changes: string;
  outDir: string;
}

/**
 * What `wxt build` (modules/corpus.ts) and `npm run corpus` both do: compile `seedsDir`,
 * compare with the dictionary in `outDir`, write both assets atomically. Throws `SeedError`
 * for every fault of the input and output folders; on any error `outDir` is as it was.
 */
export async function buildCorpusAssets(
  options: CompileDirOptions & { outDir: string },
): Promise<BuiltCorpus> {
  const result = await compileSeedDir(options);
  const assets = serializeAssets(result);
  // Read before the write below replaces the previous dictionary.
  const changes = await describeDictionaryChanges(options.outDir, result.dictionary);
  await writeAssetsAtomically(options.outDir, assets);
  return { result, assets, changes, outDir: options.outDir };
}

/**
 * A source error as the build prints it, with the path from the project root:
 * `Source error: seeds/a.md:3: unknown front matter key "dat"; ...`.
 */
export function formatSourceError(error: SeedError, seedsDir: string): string {
  if (error instanceof FolderError) return `Source error: ${error.file}: ${error.reason}`;
  const rel = relative(process.cwd(), seedsDir);
  const dir = !rel ? '.' : rel.startsWith('..') ? seedsDir : rel;
  const where =
    /[\\/]/u.test(error.file) || error.file === dir ? error.file : join(dir, error.file);
  return `Source error: ${where}${error.line !== undefined ? `:${error.line}` : ''}: ${error.reason}`;
}

/**
 * The error `wxt build` fails with for a bad input: the `Source error:` line and nothing
 * else. WXT prints an error's stack under its message, and a stack into the compiler only
 * hides the line the user has to act on.
 */
export function buildFailure(error: SeedError, seedsDir: string): Error {
  const failure = new Error(formatSourceError(error, seedsDir));
  failure.stack = failure.message;
  return failure;
}

export function serializeAssets(result: CompileResult): Record<string, string> {
  const cards = prebuildCards(new SourceLibrary(result.corpus).loaded());
  return {
    [CORPUS_ASSET]: JSON.stringify({ ...result.corpus, search: null }),
    [SEARCH_INDEX_ASSET]: JSON.stringify(result.corpus.search),
    [DICTIONARY_ASSET]: JSON.stringify(result.dictionary),
    [CARDS_MANIFEST_ASSET]: JSON.stringify(cards.manifest),
    ...Object.fromEntries(cards.shards.map((json, i) => [cardShardAsset(i), json])),
  };
}

/** Writes every asset to a temp name first, then renames all: all or nothing. */
export async function writeAssetsAtomically(
  outDir: string,
  assets: Record<string, string>,
): Promise<void> {
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const entries = Object.entries(assets);
  try {
    await mkdir(outDir, { recursive: true });
    for (const [name, contents] of entries) await writeFile(join(outDir, name + suffix), contents);
  } catch (error) {
    // Temp files already written go; there may be none (or no folder) to remove them from.
    await Promise.allSettled(
      entries.map(([name]) => rm(join(outDir, name + suffix), { force: true })),
    );
    throw outputError(outDir, error);
  }
  for (const [name] of entries) await rename(join(outDir, name + suffix), join(outDir, name));
}

function outputError(outDir: string, error: unknown): FolderError {
  const where = displayPath(outDir);
  const code = errorCode(error);
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new FolderError(
      where,
      'the output path is a file, not a folder; remove or rename it, or set SOURCELIGHT_OUT to a folder',
    );
  return new FolderError(
    where,
    `the output folder cannot be written (${errorMessage(error)}); set SOURCELIGHT_OUT to a writable folder`,
  );
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
