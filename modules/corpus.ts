/**
 * Compiles seeds/ on every `wxt build` / `wxt dev` and ships the result as
 * extension assets. A bad source fails the build (non-zero exit) with the
 * file and line named; data/ keeps the previous good output.
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { CORPUS_ASSET, DICTIONARY_ASSET, SEARCH_INDEX_ASSET } from '../core/types';
import { SeedError } from '../core/sources/seed-error';
import { buildCorpusAssets, buildFailure, type BuiltCorpus } from '../tools/compile-seeds';

export default defineWxtModule({
  name: 'sourcelight-corpus',
  setup(wxt) {
    let assets: Record<string, string> | undefined;
    const root = wxt.config.root;
    wxt.hooks.hook('build:before', async () => {
      const seedsDir = resolve(root, process.env.SOURCELIGHT_SEEDS ?? 'seeds');
      let built: BuiltCorpus;
      try {
        built = await buildCorpusAssets({
          seedsDir,
          curatedPath: resolve(root, 'data/terms.json'),
          // SOURCELIGHT_OUT (as in `npm run corpus`) keeps a build of another seed set out of data/.
          outDir: resolve(root, process.env.SOURCELIGHT_OUT ?? 'data'),
        });
      } catch (error) {
        // A bad seed or folder is the user's to fix: say which path and why, not a stack trace into the compiler.
        if (error instanceof SeedError) throw buildFailure(error, seedsDir);
        throw error;
      }
      const { result, changes } = built;
      assets = built.assets;
      wxt.logger.info(
        `Sourcelight: compiled ${result.corpus.articles.length} articles, ${result.corpus.terms.length} terms`,
      );
      wxt.logger.info(changes);
      for (const warning of result.warnings) wxt.logger.warn(`Sourcelight: ${warning}`);
    });
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      if (!assets)
        throw new Error('Sourcelight: corpus was not compiled before assets were collected');
      for (const [relativeDest, contents] of Object.entries(assets))
        files.push({ relativeDest, contents });
    });
    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(`/${CORPUS_ASSET}`, `/${DICTIONARY_ASSET}`, `/${SEARCH_INDEX_ASSET}`);
    });
  },
});
