import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { comparePathsByFolder, listFiles } from '../files/list-files.ts';

/**
 * The search index's bundles kept between builds, one per part (issue #17, item 5: after one story changes, a
 * rebuild should cost that story, not the archive). Pagefind has no incremental update, but a part's bundle is a
 * function of its pages alone: the same pages, byte for byte, give the same bundle (checked with two builds of
 * one site, whose `dist/` are byte-identical, search index included). So a part whose pages did not change is
 * copied from here instead of being indexed again, and only the parts that hold a changed page are re-indexed.
 */

/** One file of a bundle, as Pagefind's `getFiles` hands it over: a path relative to the bundle folder. */
export interface BundleFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/**
 * Writes a bundle's files as Pagefind hands them over (`getFiles`), each written whole before this returns.
 * Pagefind's own `writeFiles` answers before its last writes are on disk (it writes through tokio's file type
 * and never flushes), and `close()` kills its process at once: a file still being written is then left empty.
 * That is how an empty `pagefind-ui.js` came about (1 of 5 runs of the merge test under load), and with a
 * process ended after every part it would hit fragments too. Same bytes as `writeFiles` (compared on the
 * fixture stories).
 */
export function writeBundle(outputPath: string, files: readonly BundleFile[]): void {
  for (const file of files) {
    const target = join(outputPath, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

/**
 * The key of a part's bundle: a hash of what goes into it, namely every page of the part (its path and its bytes,
 * in `comparePathsByFolder` order) and `context` (the Pagefind version and the part's folder, so that another
 * Pagefind or another place never reuses a bundle).
 */
export function searchPartKey(site: string, pages: readonly string[], context: string): string {
  const hash = createHash('sha256').update(context).update('\0');
  for (const page of [...pages].sort(comparePathsByFolder)) {
    hash.update(page).update('\0').update(readFileSync(join(site, page))).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * A folder of bundles by key: `<root>/<key>/<bundle files>`. An entry is written under a temporary name and
 * renamed when whole, so a build that stops half-way never leaves a partial bundle that a later build would take.
 */
export class SearchIndexCache {
  readonly #used = new Set<string>();
  /** The cache folder. */
  readonly root: string;
  /** What builds the bundles, e.g. "pagefind 1.5.2": part of every key, so another version's bundle is never reused. */
  readonly indexer: string;

  constructor(root: string, indexer: string) {
    this.root = root;
    this.indexer = indexer;
  }

  /** The bundle stored under `key`, or undefined when there is none. */
  read(key: string): BundleFile[] | undefined {
    const folder = join(this.root, key);
    if (!existsSync(folder)) return undefined;
    this.#used.add(key);
    return listFiles(folder).map((path) => ({ path, content: readFileSync(join(folder, path)) }));
  }

  /** Stores a bundle under `key` (replacing what was there). */
  write(key: string, files: readonly BundleFile[]): void {
    const folder = join(this.root, key);
    const partial = `${folder}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    writeBundle(partial, files);
    mkdirSync(partial, { recursive: true });
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
    this.#used.add(key);
  }

  /**
   * Removes every entry this build neither read nor wrote, so the cache holds one site's bundles and never grows
   * with the number of builds. Called once the whole index is written.
   */
  pruneUnused(): void {
    if (!existsSync(this.root)) return;
    for (const entry of readdirSync(this.root)) {
      if (!this.#used.has(entry)) rmSync(join(this.root, entry), { recursive: true, force: true });
    }
  }
}
