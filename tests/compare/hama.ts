/**
 * Test helper: the real Hama reports, ingested and segmented by the real pipeline, with claims grouped by
 * hand from real sentence ids. Lets the detectors be tested on real wording independently of alignment.
 */
import { fileURLToPath } from 'node:url';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import type { AlignedStory, Claim, ClaimId, ClaimUnit, SegmentedStory, Sentence, UnitId } from '../../src/pipeline/types.ts';

/** Folder of the Hama story. */
export const HAMA_FOLDER = fileURLToPath(new URL('../../content/stories/hama', import.meta.url));

let cached: SegmentedStory | undefined;

/** The Hama story after ingest and segment (read once per test file). */
export function segmentedHama(): SegmentedStory {
  cached ??= segmentStory(ingestStory(readStoryFolder(HAMA_FOLDER)));
  return cached;
}

/** The sentence whose id ends with `suffix` (e.g. `"001-42da666f9773e7f0-p21-s1"` or just `"001…p21-s1"`). */
export function hamaSentence(suffix: string): Sentence {
  const [report = '', rest = ''] = suffix.split(':');
  const found = segmentedHama()
    .reports.flatMap((r) => r.sentences)
    .find((sentence) => sentence.id.startsWith(report) && sentence.id.endsWith(`-${rest}`));
  if (found === undefined) throw new Error(`no Hama sentence ${suffix}`);
  return found;
}

/**
 * The Hama story with the given claims, each a list of sentence references `"<report prefix>:<p…-s…>"`
 * such as `"001:p21-s1"`. Each referenced sentence becomes one whole-sentence unit.
 */
export function hamaWithClaims(groups: readonly (readonly string[])[]): AlignedStory {
  const story = segmentedHama();
  const units: ClaimUnit[] = [];
  const claims: Claim[] = groups.map((refs, index) => {
    const members = refs.map((ref) => {
      const sentence = hamaSentence(ref);
      const unit: ClaimUnit = {
        id: `${sentence.id}-u${index}` as UnitId,
        sentence: sentence.id,
        source: sentence.source,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
      };
      units.push(unit);
      return unit;
    });
    const [first] = members;
    if (first === undefined) throw new Error('a claim needs members');
    return {
      id: `c${String(index + 1).padStart(3, '0')}` as ClaimId,
      summary: first.text,
      summaryUnit: first.id,
      units: members.map((unit) => unit.id),
      sentences: members.map((unit) => unit.sentence),
      sources: [...new Set(members.map((unit) => unit.source))],
      cohesion: 1,
    };
  });
  return { ...story, units, claims, links: [] };
}
