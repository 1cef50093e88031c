/**
 * Recall and precision of the compare stage on a hand-made story with planted differences of every kind
 * (`tests/fixtures/planted-story/`), half of them in sentences that state otherwise different claims. Run
 * twice: on claims grouped by hand, where every planted pair marked `acrossClaims` stands in two different
 * claims (so only the story-wide comparison can find it), and on the whole pipeline with the real aligner.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareStory } from '../../src/pipeline/compare/index.ts';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { ComparedStory, Discrepancy, SegmentedStory } from '../../src/pipeline/types.ts';
import { PLANTED, type PlantedDifference } from '../fixtures/planted-story/planted.ts';
import { rawStoryOf, withClaims, type ClaimMember } from '../helpers/stories.ts';

const FOLDER = new URL('../fixtures/planted-story/', import.meta.url);
const FILES = Object.fromEntries(['a.txt', 'b.txt', 'c.txt'].map((name) => [name, readFileSync(new URL(name, FOLDER), 'utf8')]));
const FACT_KINDS: ReadonlySet<string> = new Set(['number', 'date', 'attribution', 'quote', 'name']);

/** Whether a finding is the planted difference: its kind, and every planted value in its sentence. */
function finds(finding: Discrepancy, planted: PlantedDifference): boolean {
  return finding.kind === planted.kind && Object.entries(planted.values).every(([sentence, value]) => finding.values[sentence] === value);
}

/** Recall over the planted differences (right kind and severity) and precision over the findings of the five fact kinds. */
function score(story: ComparedStory): { found: PlantedDifference[]; recall: number; precision: number; wrongSeverity: PlantedDifference[] } {
  const findings = story.discrepancies.filter((finding) => FACT_KINDS.has(finding.kind));
  const found = PLANTED.filter((planted) => findings.some((finding) => finds(finding, planted) && finding.severity === planted.severity));
  const wrongSeverity = PLANTED.filter((planted) => findings.some((finding) => finds(finding, planted) && finding.severity !== planted.severity));
  const correct = findings.filter((finding) => PLANTED.some((planted) => finds(finding, planted)));
  return { found, recall: found.length / PLANTED.length, precision: findings.length === 0 ? 0 : correct.length / findings.length, wrongSeverity };
}

/**
 * Claims grouped by hand: each planted pair inside a claim is one claim, each sentence of a pair planted
 * across claims is in a claim of its own, and so is every other sentence.
 */
function withHandClaims(story: SegmentedStory): ReturnType<typeof withClaims> {
  const sentences = new Map(story.reports.flatMap((report) => report.sentences.map((sentence) => [sentence.id as string, sentence] as const)));
  const grouped = PLANTED.filter((planted) => !planted.acrossClaims).map((planted) => Object.keys(planted.values));
  const inGroups = new Set(grouped.flat());
  const groups: ClaimMember[][] = [
    ...grouped.map((ids) => ids.flatMap((id) => {
      const sentence = sentences.get(id);
      return sentence === undefined ? [] : [{ sentence }];
    })),
    ...[...sentences.values()].filter((sentence) => sentence.kind === 'body' && !inGroups.has(sentence.id)).map((sentence) => [{ sentence }]),
  ];
  return withClaims(story, groups);
}

describe('the planted flood story, claims grouped by hand', () => {
  let story: ComparedStory;
  beforeAll(() => {
    story = compareStory(withHandClaims(segmentStory(ingestStory(rawStoryOf(FILES, 'planted')))));
  });

  it('finds every planted difference with its severity, inside claims and across them', () => {
    const { found, wrongSeverity } = score(story);
    expect(wrongSeverity).toEqual([]);
    expect(found).toEqual(PLANTED);
  });

  it('reports nothing else of the five fact kinds', () => {
    expect(score(story).precision).toBe(1);
  });

  it('gives the findings across claims no claim and a reason for each contradiction', () => {
    const across = story.discrepancies.filter((finding) => PLANTED.some((planted) => planted.acrossClaims && planted.kind !== 'name' && finds(finding, planted)));
    expect(across.map((finding) => finding.claim)).toEqual(across.map(() => undefined));
    for (const finding of story.discrepancies) if (finding.severity === 'contradiction') expect(finding.reason).toMatch(/\S/);
  });

  it('finds nothing when the story-wide comparison is switched off, for the pairs planted across claims', () => {
    const off = compareStory(withHandClaims(segmentStory(ingestStory(rawStoryOf(FILES, 'planted')))), {
      ...DEFAULT_SETTINGS.compare,
      storyWide: false,
    });
    const missed = PLANTED.filter((planted) => planted.acrossClaims && planted.kind !== 'name' && planted.kind !== 'attribution');
    expect(missed.filter((planted) => off.discrepancies.some((finding) => finds(finding, planted)))).toEqual([]);
  });
});

describe('the planted flood story through the whole pipeline', () => {
  it('finds at least nine of the eleven planted differences, and nothing else of the five fact kinds', () => {
    const { recall, precision } = score(runPipeline(rawStoryOf(FILES, 'planted')));
    expect(recall).toBeGreaterThanOrEqual(9 / PLANTED.length);
    expect(precision).toBe(1);
  });
});
