/**
 * `npm run corpus`: compile seeds/ into data/ for inspection, without building the extension.
 * `npm run corpus -- --pack FILE.pack.json`: check that seeds/ compiles, then write its
 * sources as one pack (#13) that the extension imports and the build reads from seeds/.
 */
import { rename, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../core/compile';
import { decodeSeed } from '../core/sources/decode';
import { PACK_EXTENSION, writePack } from '../core/sources/pack';
import { SeedError } from '../core/sources/seed-error';
import { errorMessage } from '../core/guards';
import {
  buildCorpusAssets,
  FolderError,
  formatSourceError,
  readCurated,
  readSeedDir,
} from './compile-seeds';

const root = process.cwd();
const seedsDir = resolve(root, process.env.SOURCELIGHT_SEEDS ?? 'seeds');
const curatedPath = resolve(root, 'data/terms.json');
const { values } = parseArgs({ options: { pack: { type: 'string' } } });

/** Writes seeds/ as a pack, after compiling it: a pack that fails to compile is never written. */
async function writeSeedPack(packPath: string): Promise<void> {
  if (!packPath.toLowerCase().endsWith(PACK_EXTENSION))
    throw new FolderError(packPath, `a pack's file name ends in ${PACK_EXTENSION}`);
  const files = await readSeedDir(seedsDir, (w) => console.warn(`Warning: ${w}`));
  compileCorpus({ files, curated: await readCurated(curatedPath) });
  const text = writePack({
    name: basename(packPath).slice(0, -PACK_EXTENSION.length),
    // A pack in seeds/ reads as "kz.pack.json/a.txt": its sources keep their own names.
    sources: files.map((f) => ({ file: basename(f.name), text: decodeSeed(f) })),
    createdAt: new Date(),
  });
  const temp = `${packPath}.tmp-${process.pid}`;
  try {
    await writeFile(temp, text);
    await rename(temp, packPath);
  } catch (error) {
    throw new FolderError(packPath, `cannot be written (${errorMessage(error)})`);
  }
  console.log(
    `Wrote ${files.length} sources to ${packPath} (${Math.round(text.length / 1024)} KB)`,
  );
}

try {
  if (values.pack !== undefined) {
    await writeSeedPack(resolve(root, values.pack));
  } else {
    const started = performance.now();
    const { result, changes, outDir } = await buildCorpusAssets({
      seedsDir,
      curatedPath,
      outDir: resolve(root, process.env.SOURCELIGHT_OUT ?? 'data'),
    });
    const byKind = new Map<string, number>();
    for (const t of result.corpus.terms) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
    console.log(
      `Compiled ${result.corpus.articles.length} articles, ${result.corpus.passages.length} passages, ` +
        `${result.corpus.terms.length} terms (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
        `${result.corpus.figures.length} figures in ${Math.round(performance.now() - started)} ms -> ${outDir}`,
    );
    console.log(changes);
    for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
  }
} catch (error) {
  console.error(error instanceof SeedError ? formatSourceError(error, seedsDir) : error);
  process.exit(1);
}
