import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit and glue files run first, two at a time (Vitest's default on a 2-core machine is one
 * worker for everything, which ran them one after another); the browser tests run after them,
 * one file at a time, so no browser shares the machine with another test.
 */
const PURE_AND_GLUE_FIRST = { maxWorkers: 2, sequence: { groupOrder: 0 } };

/**
 * Tests that time how work grows with its input. They keep a module graph and a heap of their
 * own: in the shared unit worker, a compile at 16 KB once took 16x the one at 4 KB (best of five
 * calls; 4x when run alone), as collecting the garbage of a heap that other files had filled
 * costs more the more a call allocates.
 */
const TIMED = [
  'tests/unit/compiler-linear-time.test.ts',
  'tests/unit/time-growth.test.ts',
  'core/terms/extract-terms.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic: core/ and tools/, no browser APIs.
        test: {
          name: 'unit',
          environment: 'node',
          // Pure modules with no global state between files: one worker imports them once. With a
          // fresh module graph per file, importing took twice as long as the tests themselves.
          isolate: false,
          ...PURE_AND_GLUE_FIRST,
          include: ['core/**/*.test.ts', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: TIMED,
        },
      },
      {
        test: { name: 'unit-timed', environment: 'node', ...PURE_AND_GLUE_FIRST, include: TIMED },
      },
      {
        // Browser glue with WXT's fakeBrowser (storage, messaging handlers) and Preact components in happy-dom.
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'glue',
          environment: 'happy-dom',
          // fakeBrowser has no i18n.getMessage: one over the real messages.json.
          setupFiles: ['tests/support/i18n-setup.ts'],
          ...PURE_AND_GLUE_FIRST,
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
          sequence: { groupOrder: 1 },
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
