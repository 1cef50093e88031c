import { describe, expect, it } from 'vitest';
import { treeResidentKb } from '../../scripts/lib/process-tree-memory.ts';

// `ps -e -o pid=,ppid=,rss=` as printed: right-aligned columns. 100 is GNU time, 101 the build's Node,
// 102 Pagefind (a child of the build), 103 a grandchild; 200 and 201 belong to someone else.
const PS_OUTPUT = ['    1     0   1000', '  100     1    900', '  101   100 500000', '  102   101 300000', '  103   102   2000', '  200     1  70000', '  201   200   5000', ''].join('\n');

describe('treeResidentKb', () => {
  it('sums the resident size of a process and all its descendants', () => {
    expect(treeResidentKb(PS_OUTPUT, 100)).toBe(900 + 500000 + 300000 + 2000);
  });

  it('leaves out processes outside the tree, the parent included', () => {
    expect(treeResidentKb(PS_OUTPUT, 101)).toBe(500000 + 300000 + 2000);
  });

  it('gives 0 once the root process has ended', () => {
    expect(treeResidentKb(PS_OUTPUT, 999)).toBe(0);
  });
});
