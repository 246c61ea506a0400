// No import cycles in the code we write (#15). A cycle, even through `import type`, means a type
// or function lives in the wrong file: the three this test was written for (`LoadedCorpus`
// declared by the search service but used by the card and search code it calls; `Settings`
// imported by `sites.ts` whose parser `settings.ts` imports) were fixed by moving the shared type
// to the module that owns it. ESLint's import plugin (`import/no-cycle`) is not installed; this
// walks every import, type-only ones included, with TypeScript's own pre-processor.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['core', 'lib', 'components', 'entrypoints', 'modules', 'tools'];

/**
 * Cycles known and owned elsewhere, as their sorted file lists. A cycle listed here that no
 * longer exists is fine; any cycle not listed fails the test.
 */
const KNOWN_CYCLES: string[][] = [];

function sourceFiles(folder: string): string[] {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/u.test(e.name) && !/\.d\.ts$/u.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/u.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // A package, JSON, CSS: not part of a cycle of ours.
}

/** Every relative import of a file: static, `import type`, `export ... from` and `import()`. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolveRelative(file, spec))
    .filter((target): target is string => target !== null);
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node))
      cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap(sourceFiles)) {
    graph.set(
      relative(ROOT, file),
      importsOf(file).map((target) => relative(ROOT, target)),
    );
  }
  return graph;
}

describe('import cycles', () => {
  it('finds a cycle, a self-import and a type-only cycle (the walk is not blind)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    const dir = join(ROOT, 'core/search');
    // `import type` is walked: term-card.ts imports types only from core/messages.ts.
    expect(importsOf(join(dir, 'term-card.ts'))).toContain(join(ROOT, 'core/messages.ts'));
  });

  it('there is none in core/, lib/, components/, entrypoints/, modules/ or tools/', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    const known = new Set(KNOWN_CYCLES.map((c) => c.join(' ')));
    const cycles = findCycles(graph).filter((c) => !known.has(c.join(' ')));
    expect(cycles).toEqual([]);
  });
});
