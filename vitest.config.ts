import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic: core/ and tools/, no browser APIs.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['core/**/*.test.ts', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Browser glue with WXT's fakeBrowser (storage, messaging handlers) and Preact components in happy-dom.
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'glue',
          environment: 'happy-dom',
          // fakeBrowser has no i18n.getMessage: one over the real messages.json.
          setupFiles: ['tests/support/i18n-setup.ts'],
          include: [
            'lib/**/*.test.ts',
            'lib/**/*.test.tsx',
            'components/**/*.test.tsx',
            'entrypoints/**/*.test.ts',
          ],
        },
      },
      {
        // The built extension in Debian's Chromium / Firefox ESR. Run `npm run build:all` first (npm test does).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
          // One worker for every e2e file, its modules imported once: each file starts its own
          // browser and server, and no test relies on a module's state from another file. With a
          // fresh worker per file, importing took about 100 s of a CI run.
          isolate: false,
          // Finds (or, on Debian as root, installs) Chromium and Firefox ESR before any e2e test,
          // and hands the tests a browser found away from its default path.
          globalSetup: ['tools/ensure-browsers.ts'],
        },
      },
    ],
  },
});
