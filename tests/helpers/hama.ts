/**
 * The real Hama reports (`content/stories/hama`), read by the real ingest and segment stages, for tests that
 * check the pipeline on real wording. Claims can be grouped by hand from real sentence ids, so the compare
 * detectors are tested on real sentences whatever the aligner groups.
 */
import { resolve } from 'node:path';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import type { AlignedStory, RawStory, SegmentedStory, Sentence } from '../../src/pipeline/types.ts';
import { withClaims } from './stories.ts';

/** Folder of the real Hama reports carried by the project. */
export const HAMA_FOLDER = resolve(import.meta.dirname, '../../content/stories/hama');

/** Reads the Hama story folder afresh, as the build does. */
export function readHama(): RawStory {
  return readStoryFolder(HAMA_FOLDER);
}

let segmented: SegmentedStory | undefined;

/**
 * The Hama story after ingest and segment, read once per test file (segmenting it takes a while); stages
 * are pure functions, so tests share it without changing it.
 */
export function segmentedHama(): SegmentedStory {
  segmented ??= segmentStory(ingestStory(readHama()));
  return segmented;
}

/** The Hama sentence `"<report prefix>:<p…-s…>"`, e.g. `"001:p21-s1"`; throws when there is none. */
export function hamaSentence(ref: string): Sentence {
  const [report = '', rest = ''] = ref.split(':');
  const found = segmentedHama()
    .reports.flatMap((r) => r.sentences)
    .find((sentence) => sentence.id.startsWith(report) && sentence.id.endsWith(`-${rest}`));
  if (found === undefined) throw new Error(`no Hama sentence ${ref}`);
  return found;
}

/** The Hama story with claims grouped by hand, each a list of whole sentences such as `"001:p21-s1"`. */
export function hamaWithClaims(groups: readonly (readonly string[])[]): AlignedStory {
  return withClaims(
    segmentedHama(),
    groups.map((refs) => refs.map((ref) => ({ sentence: hamaSentence(ref) }))),
  );
}
