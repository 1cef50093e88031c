import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderFingerprint } from '../files/list-files.ts';
import type { ComparedStory, RawStory } from '../pipeline/types.ts';

/**
 * Fingerprint of the pipeline's code and data (every file under `src/pipeline/`, e.g. the model
 * weights): any change to how stories are processed gives a new version, so no stale cache
 * entry can ever be used. Files are hashed in `listFiles` order, so the same files always give
 * the same version, whatever order the file system lists them in.
 */
export function pipelineVersion(pipelineDir: string): string {
  return folderFingerprint(pipelineDir);
}

/**
 * Cache key of one story: its files' names and bytes, its metadata, the notices about files it
 * skipped (so a new symbolic link or hidden file is reported even when the reports are unchanged)
 * and the pipeline version.
 */
export function storyCacheKey(raw: RawStory, version: string): string {
  const hash = createHash('sha256');
  hash.update(version);
  hash.update(JSON.stringify({ slug: raw.slug, location: raw.location, metadata: raw.metadata, notices: raw.notices }));
  for (const file of [...raw.files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hash.update('\0');
    hash.update(file.name);
    hash.update('\0');
    hash.update(file.bytes);
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * A folder of compared stories keyed by `storyCacheKey`, so a rebuild re-runs the pipeline only for
 * stories whose input (or the pipeline) changed. Writes go through a temporary file and a rename,
 * so an interrupted build never leaves a half-written entry.
 */
export class PipelineCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  read(slug: string, key: string): ComparedStory | undefined {
    const json = this.readJson(slug, key);
    if (json === undefined) return undefined;
    try {
      return JSON.parse(json) as ComparedStory;
    } catch {
      return undefined;
    }
  }

  /** The file that holds (or will hold) the entry of this story and key. */
  fileOf(slug: string, key: string): string {
    return join(this.dir, `${slug}-${key}.json`);
  }

  /** Whether an entry is stored for this story and key (it may still prove unreadable). */
  has(slug: string, key: string): boolean {
    return existsSync(this.fileOf(slug, key));
  }

  /** The stored entry as JSON text (what the pipeline pool hands over), or undefined when there is none. */
  readJson(slug: string, key: string): string | undefined {
    const file = this.fileOf(slug, key);
    if (!existsSync(file)) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }

  write(slug: string, key: string, story: ComparedStory): void {
    this.writeJson(slug, key, JSON.stringify(story));
  }

  /** Stores a compared story already serialised as JSON text. */
  writeJson(slug: string, key: string, json: string): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.fileOf(slug, key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, file);
  }
}
