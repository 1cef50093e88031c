import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePathsByFolder, listFiles } from '../../src/files/list-files.ts';

/** A fresh folder holding the given files (relative paths), written in the order given. */
function folderWith(paths: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'parallax-list-files-'));
  for (const path of paths) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), path);
  }
  return root;
}

describe('comparePathsByFolder', () => {
  it('puts the files of a folder where the folder’s name sorts, not where "/" sorts', () => {
    expect(['a-b.ts', 'a.ts', 'a/x.ts', 'B.ts'].sort(comparePathsByFolder)).toEqual(['B.ts', 'a/x.ts', 'a-b.ts', 'a.ts']);
  });

  it('orders the files of one folder by name', () => {
    expect(['a/c.ts', 'a/b/z.ts', 'a/b.ts'].sort(comparePathsByFolder)).toEqual(['a/b/z.ts', 'a/b.ts', 'a/c.ts']);
  });
});

describe('listFiles', () => {
  it('lists every file at every depth, relative to the folder, in folder-by-folder name order', () => {
    const root = folderWith(['z.ts', 'a-b.ts', 'a/b/c.ts', 'a/x.ts', 'a.ts', 'B.ts', 'a/b-c.ts']);
    expect(listFiles(root)).toEqual(['B.ts', 'a/b/c.ts', 'a/b-c.ts', 'a/x.ts', 'a-b.ts', 'a.ts', 'z.ts']);
  });

  it('gives the same list whatever order the files were written in', () => {
    const paths = ['z.ts', 'a-b.ts', 'a/b/c.ts', 'a/x.ts', 'a.ts'];
    expect(listFiles(folderWith([...paths].reverse()))).toEqual(listFiles(folderWith(paths)));
  });

  it('lists no folder, even an empty one', () => {
    const root = folderWith(['a/x.ts']);
    mkdirSync(join(root, 'empty'));
    expect(listFiles(root)).toEqual(['a/x.ts']);
  });

  it('neither lists nor follows symbolic links', () => {
    const outside = folderWith(['secret.ts']);
    const root = folderWith(['a.ts']);
    symlinkSync(join(outside, 'secret.ts'), join(root, 'link.ts'));
    symlinkSync(outside, join(root, 'linked-folder'));
    expect(listFiles(root)).toEqual(['a.ts']);
  });

  it('lists a folder once when a link inside it points back up to it', () => {
    const root = folderWith(['a.ts', 'sub/b.ts']);
    symlinkSync(root, join(root, 'sub', 'loop'));
    expect(listFiles(root)).toEqual(['a.ts', 'sub/b.ts']);
  });
});
