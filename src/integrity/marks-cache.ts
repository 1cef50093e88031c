/**
 * The marks of built pages kept between builds (issue #17, item 5: after one story changes, a rebuild should
 * cost that story). Parsing a page is what the integrity check spends its time on (3,000 Hama-like pages: 2.0 s
 * to parse, 0.13 s to read their marks back as JSON, docs/scale.md); a page's marks are a function of its site
 * path, its HTML and the code that reads them, so they are stored under a hash of the three and read back when
 * all three are unchanged. Only the reading is cached: every check runs on every page's marks, each build.
 *
 * A build reads the marks of the last build from `<root>/current/` and writes every page's marks (read back or
 * new) to `<root>/next/`, which becomes `current/` when the check is done: the cache holds one site's pages, and
 * a build that stops half-way leaves `current/` as it was.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderFingerprint } from '../files/list-files.ts';
import type { PageMarks } from './page-marks.ts';

/** Where a check keeps its marks: the cache folder, and the version of the code that reads marks. */
export interface MarksCacheLocation {
  readonly root: string;
  readonly version: string;
}

/**
 * The version of the integrity check's code: a hash of every file of `src/integrity/` (this folder), so marks
 * read by other code are never reused.
 */
export function integrityCodeVersion(folder: string = dirname(fileURLToPath(import.meta.url))): string {
  return folderFingerprint(folder);
}

/** The file that holds the marks of a page with this path and HTML, under `generation` (`current` or `next`). */
function marksFile(location: MarksCacheLocation, generation: 'current' | 'next', path: string, html: string): string {
  const key = createHash('sha256').update(location.version).update('\0').update(path).update('\0').update(html).digest('hex').slice(0, 32);
  return join(location.root, generation, key.slice(0, 2), `${key}.json`);
}

/** The marks of a page: from the last build when its path and HTML are unchanged, else read by `read`; kept for the next build either way. */
export function cachedPageMarks(location: MarksCacheLocation, path: string, html: string, read: () => PageMarks): PageMarks {
  const previous = marksFile(location, 'current', path, html);
  const next = marksFile(location, 'next', path, html);
  mkdirSync(dirname(next), { recursive: true });
  if (existsSync(previous)) {
    // A hard link: the stored marks move to the next generation without being copied.
    if (!existsSync(next)) {
      try {
        linkSync(previous, next);
      } catch {
        // A file system without hard links: the same bytes, copied.
        copyFileSync(previous, next);
      }
    }
    const stored = JSON.parse(readFileSync(previous, 'utf8')) as Omit<PageMarks, 'ids'> & { ids: string[] };
    return { ...stored, ids: new Set(stored.ids) };
  }
  const marks = read();
  // JSON has no sets: the page's element ids are stored as a list.
  writeFileSync(next, JSON.stringify({ ...marks, ids: [...marks.ids] }));
  return marks;
}

/** Before a check: drops what an earlier check that stopped half-way left in `next/`. */
export function startMarksGeneration(location: MarksCacheLocation): void {
  rmSync(join(location.root, 'next'), { recursive: true, force: true });
}

/** After a check that read every page: its marks become the ones the next build reads. */
export function finishMarksGeneration(location: MarksCacheLocation): void {
  const next = join(location.root, 'next');
  if (!existsSync(next)) return;
  const current = join(location.root, 'current');
  rmSync(current, { recursive: true, force: true });
  renameSync(next, current);
}
