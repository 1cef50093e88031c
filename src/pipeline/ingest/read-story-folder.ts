import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { RawReportFile, RawStory, StorySlug } from '../types.ts';
import { IngestError } from './ingest-error.ts';
import { slugify } from './slug.ts';
import { parseStoryMetadata } from './story-metadata.ts';

/** Name of the optional metadata file in a story folder. */
export const STORY_METADATA_FILE = 'story.yaml';

/**
 * Reads one story folder: every `*.txt` report (as bytes; decoding is ingest's job) and the optional
 * `story.yaml`. Other files are ignored. The slug comes from the folder name, made URL-safe.
 * This and `readStoriesRoot` are the only pipeline functions that touch the file system.
 */
export function readStoryFolder(dir: string, displayRoot = process.cwd()): RawStory {
  const location = relative(displayRoot, dir) || dir;
  const entries = readdirSync(dir).sort();
  const files: RawReportFile[] = entries
    .filter((name) => /\.txt$/i.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const metadataPath = join(dir, STORY_METADATA_FILE);
  const metadata = existsSync(metadataPath)
    ? parseStoryMetadata(`${location}/${STORY_METADATA_FILE}`, readFileSync(metadataPath, 'utf8'), files.map((f) => f.name))
    : { reports: {} };
  if (files.length === 0) {
    throw new IngestError({ file: location }, 'the story folder has no .txt report files');
  }
  return { slug: slugify(basename(dir), 'story') as StorySlug, location, metadata, files };
}

/** Reads every story folder under a root such as `content/stories`, in folder-name order. */
export function readStoriesRoot(root: string, displayRoot = process.cwd()): RawStory[] {
  const stories = readdirSync(root)
    .sort()
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .map((name) => readStoryFolder(join(root, name), displayRoot));
  const seen = new Map<string, string>();
  for (const story of stories) {
    const other = seen.get(story.slug);
    if (other !== undefined) {
      throw new IngestError({ file: story.location }, `its URL slug "${story.slug}" is the same as ${other}'s; rename one folder`);
    }
    seen.set(story.slug, story.location);
  }
  return stories;
}
