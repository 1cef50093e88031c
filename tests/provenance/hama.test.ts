import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDerivation, type Derivation } from '../../src/pipeline/provenance/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { ComparedStory } from '../../src/pipeline/types.ts';
import { readHama } from '../helpers/hama.ts';

/** Hama report ids by their file-name prefix. */
const ID = {
  reuters: '000-8249785760228b4c',
  rewrite: '001-42da666f9773e7f0',
  ap: '003-8361cdd3cffa4302',
} as const;

describe('provenance of the real Hama reports', () => {
  let story: ComparedStory;
  let derivation: Derivation;
  beforeAll(() => {
    story = runPipeline(readHama());
    derivation = analyseDerivation(story);
  });
  const pairOf = (source: string, carrier: string) => derivation.pairs.find((pair) => pair.source === source && pair.carrier === carrier);

  it('is part of what the pipeline returns', () => {
    expect(story.derivation).toEqual(derivation);
  });

  it('finds most of the claims of 000 in 001, in 000’s order, in new words', () => {
    const pair = pairOf(ID.reuters, ID.rewrite);
    expect(pair?.coverage).toBeGreaterThanOrEqual(0.5);
    expect(pair?.orderAgreement).toBeGreaterThanOrEqual(0.9);
    expect(pair?.wording).toBeLessThan(0.6);
    expect(pair?.verbatimClaims).toBe(0);
  });

  it('calls 001 likely the same underlying copy as 000', () => {
    expect(pairOf(ID.reuters, ID.rewrite)?.verdict).toBe('same-copy');
  });

  it('never calls the separate wire report 003 the same copy as another report, either way', () => {
    const involving = derivation.pairs.filter((pair) => pair.source === ID.ap || pair.carrier === ID.ap);
    expect(involving).toHaveLength(8);
    for (const pair of involving) expect(pair.verdict, pair.explanation).not.toBe('same-copy');
  });
});
