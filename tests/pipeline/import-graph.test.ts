/**
 * The pipeline's modules import one another without a cycle: the data contract (`src/pipeline/model/`)
 * depends on nothing of the stages, and every stage reads the contract, never the other way round.
 * The import graph is read from the source text by hand (no dependency): every `import … from`,
 * `export … from`, bare `import '…'` and `import('…')` of a relative `.ts` path, type-only imports
 * included, since `import type` is what tied `types.ts` and `provenance/types.ts` together.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/files/list-files.ts';

const PIPELINE = resolve(import.meta.dirname, '../../src/pipeline');

/** Module specifiers a TypeScript source imports or re-exports, in source order; comments are ignored. */
function readImportSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** The import graph of the `.ts` files under a folder: file (relative to the folder) → files it imports there. */
function readImportGraph(root: string): Map<string, string[]> {
  const files = listFiles(root).filter((name) => name.endsWith('.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = readImportSpecifiers(readFileSync(join(root, file), 'utf8'))
      .filter((specifier) => specifier.startsWith('.') && specifier.endsWith('.ts'))
      .map((specifier) => relative(root, resolve(root, dirname(file), specifier)));
    graph.set(file, targets);
  }
  return graph;
}

/**
 * Every cycle that a depth-first walk of the graph closes, each as the path from a module back to itself
 * (`a.ts → b.ts → a.ts`), in file order. Empty when the graph is acyclic.
 */
function findImportCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const done = new Set<string>();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    const open = path.indexOf(file);
    if (open !== -1) {
      cycles.push([...path.slice(open), file].join(' → '));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

describe('readImportSpecifiers', () => {
  it('reads value imports, type-only imports, re-exports, bare imports and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "export type * from './d.ts';",
      "import './e.ts';",
      "const f = await import('./f.ts');",
    ].join('\n');
    expect(readImportSpecifiers(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts', './f.ts']);
  });

  it('reads an import written over several lines', () => {
    expect(readImportSpecifiers("import {\n  a,\n  b,\n} from './a.ts';")).toEqual(['./a.ts']);
  });

  it('ignores imports that only a comment mentions', () => {
    expect(readImportSpecifiers("/** Like `import { a } from './a.ts'`. */\n// import './b.ts';\nconst c = 1;")).toEqual([]);
  });
});

describe('findImportCycles', () => {
  it('finds two modules that import each other', () => {
    const graph = new Map([
      ['types.ts', ['provenance/types.ts']],
      ['provenance/types.ts', ['types.ts']],
    ]);
    expect(findImportCycles(graph)).toEqual(['provenance/types.ts → types.ts → provenance/types.ts']);
  });

  it('finds a cycle through three modules', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findImportCycles(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });

  it('finds no cycle when two modules import a third', () => {
    const graph = new Map([
      ['a.ts', ['c.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', []],
    ]);
    expect(findImportCycles(graph)).toEqual([]);
  });
});

describe('src/pipeline', () => {
  it('reads the imports of the stage modules', () => {
    expect(readImportGraph(PIPELINE).get('run.ts')).toContain('types.ts');
  });

  it('has no import cycle', () => {
    expect(findImportCycles(readImportGraph(PIPELINE))).toEqual([]);
  });
});
