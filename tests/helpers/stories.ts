import { resolve } from 'node:path';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import type { RawStory, SegmentedStory, StorySlug } from '../../src/pipeline/types.ts';

/** Folder of the real Hama reports carried by the project. */
export const HAMA_DIR = resolve(import.meta.dirname, '../../content/stories/hama');

/** Reads and segments the real Hama story. */
export function segmentHama(): SegmentedStory {
  return segmentStory(ingestStory(readStoryFolder(HAMA_DIR)));
}

/** Builds a raw story in memory from file names and texts, for fixtures that isolate one behaviour. */
export function rawStoryOf(files: Record<string, string | Uint8Array>, slug = 'fixture'): RawStory {
  return {
    slug: slug as StorySlug,
    location: `fixtures/${slug}`,
    metadata: { reports: {} },
    files: Object.entries(files).map(([name, content]) => ({
      name,
      bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    })),
  };
}

/** Segments one in-memory report and returns it. */
export function segmentText(text: string, name = 'report.txt') {
  const story = segmentStory(ingestStory(rawStoryOf({ [name]: text })));
  const report = story.reports[0];
  if (!report) throw new Error('no report');
  return report;
}
