import { computePairFeatures, toFeatureVector } from '../../src/pipeline/align/model/pair-features.ts';
import { pairFeatureContextOf } from '../../src/pipeline/align/model/score-pair.ts';
import { createProfileContext } from '../../src/pipeline/align/profile/profile-context.ts';
import { analyseText, buildTextProfile, type ProfileContext } from '../../src/pipeline/align/profile/text-profile.ts';
import { createWordLexicon } from '../../src/pipeline/align/words/word-relations.ts';
import { getWordNet } from '../../src/pipeline/align/words/wordnet.ts';
import type { MsrpPair } from './msrp.ts';

/**
 * Pair features for MSRP, computed exactly as story alignment computes them. Collection statistics
 * (IDF, casing) always come from the training sentences, so dev and test pairs never inform them.
 */

/** Collection statistics built from the training pairs' sentences. */
export function createMsrpContext(train: readonly MsrpPair[]): ProfileContext {
  const sentences = new Map<string, string>();
  for (const pair of train) {
    sentences.set(pair.idA, pair.a);
    sentences.set(pair.idB, pair.b);
  }
  return createProfileContext([...sentences.values()].map(analyseText), createWordLexicon(getWordNet()));
}

/** Feature rows and labels of a list of pairs. */
export function computeMsrpRows(
  pairs: readonly MsrpPair[],
  context: ProfileContext,
): { rows: number[][]; labels: number[] } {
  const featureContext = pairFeatureContextOf(context);
  const rows = pairs.map((pair) =>
    toFeatureVector(
      computePairFeatures(
        buildTextProfile(analyseText(pair.a), context),
        buildTextProfile(analyseText(pair.b), context),
        featureContext,
      ),
    ),
  );
  return { rows, labels: pairs.map((pair) => pair.label) };
}
