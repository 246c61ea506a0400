/** `npm run corpus`: compile seeds/ into data/ for inspection, without building the extension. */
import { resolve } from 'node:path';
import { SeedError } from '../core/sources/seed-error';
import { buildCorpusAssets, formatSourceError } from './compile-seeds';

const root = process.cwd();
const seedsDir = resolve(root, process.env.SOURCELIGHT_SEEDS ?? 'seeds');
try {
  const started = performance.now();
  const { result, changes, outDir } = await buildCorpusAssets({
    seedsDir,
    curatedPath: resolve(root, 'data/terms.json'),
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
} catch (error) {
  console.error(error instanceof SeedError ? formatSourceError(error, seedsDir) : error);
  process.exit(1);
}
