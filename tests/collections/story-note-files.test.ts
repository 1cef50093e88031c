import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyNoteFiles } from '../../src/collections/markdown-loader.ts';

describe('storyNoteFiles', () => {
  it('finds the notes.md of each story folder by slug, and none where a folder has none', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-notes-'));
    mkdirSync(join(root, 'Harbour Fire'));
    writeFileSync(join(root, 'Harbour Fire', 'notes.md'), '# Notes\n');
    mkdirSync(join(root, 'quiet-story'));
    writeFileSync(join(root, 'quiet-story', 'a.txt'), 'A report.\n');
    expect(storyNoteFiles(root)).toEqual([{ id: 'harbour-fire', path: join(root, 'Harbour Fire', 'notes.md') }]);
  });

  it('reads no notes through a symbolic link, and finds none in a site without notes', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-notes-'));
    mkdirSync(join(root, 'story'));
    writeFileSync(join(root, 'elsewhere.md'), '# Not a note\n');
    symlinkSync(join(root, 'elsewhere.md'), join(root, 'story', 'notes.md'));
    expect(storyNoteFiles(root)).toEqual([]);
  });
});
