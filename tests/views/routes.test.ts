/**
 * Routes take the pipeline's branded ids: the type checker (`astro check`) refuses a sentence id where a
 * report id belongs, so each `@ts-expect-error` below fails the check if an id loses its brand.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimId, SentenceId, SourceId, StorySlug } from '../../src/pipeline/types.ts';
import { claimPath, sentencePath } from '../../src/site/routes.ts';

const story = 'hama' as StorySlug;
const report = '000-8249785760228b4c' as SourceId;
const sentence = '000-8249785760228b4c-p3-s2' as SentenceId;

describe('routes', () => {
  it('builds the URL of a sentence in its report from branded ids', () => {
    expect(sentencePath(story, report, sentence)).toBe('/stories/hama/reports/000-8249785760228b4c/#000-8249785760228b4c-p3-s2');
  });

  it('takes no sentence id where a report id belongs', () => {
    // @ts-expect-error a SentenceId is not a SourceId
    expect(sentencePath(story, sentence, sentence)).toBe(`/stories/hama/reports/${sentence}/#${sentence}`);
  });

  it('takes no plain string where a claim id belongs', () => {
    // @ts-expect-error a string is not a ClaimId
    expect(claimPath(story, 'c001')).toBe('/stories/hama/claims/c001/');
    expect(claimPath(story, 'c001' as ClaimId)).toBe('/stories/hama/claims/c001/');
  });
});
