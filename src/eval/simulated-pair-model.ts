import type { PairVerdict } from '../pipeline/align/index.ts';
import type { SegmentedStory } from '../pipeline/types.ts';
import { ORACLE_DIFFERENT_LOGIT, ORACLE_SAME_LOGIT } from './pair-oracle.ts';

/**
 * A pair model of a chosen quality, made from the gold: it finds a share `recall` of the candidate pairs
 * the gold labels the same claim, and joins enough pairs the gold labels different that `precision` of
 * what it joins is right, each pair drawn by a seeded hash of its unit ids (so runs repeat). It answers
 * "how good must the pair model be". Its errors are random, where a real model's gather on pairs that share
 * words, so a real model of the same pair figures can fare better or worse through clustering: measured
 * with `npm run eval:pair-model`, the committed model's claims beat its simulated twin (the same pair recall
 * and precision) by about 0.06 of F1 on BASIL and GVC.
 */
export interface SimulatedQuality {
  readonly recall: number;
  readonly precision: number;
}

/**
 * The share of different-claim pairs the simulated model must join so that, over `same` and `different`
 * labelled candidates, its precision is `precision` at `recall`: TP = recall · same, FP = rate · different.
 */
export function falseJoinRate(quality: SimulatedQuality, same: number, different: number): number {
  if (different === 0 || quality.precision >= 1) return 0;
  return Math.min(1, (quality.recall * same * (1 - quality.precision)) / (quality.precision * different));
}

/** A number in [0, 1) from a string and a seed (FNV-1a): the same pair draws the same way every run. */
function draw(key: string, seed: number): number {
  let hash = (2166136261 ^ seed) >>> 0;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash / 4294967296;
}

/**
 * Turns the gold's verdict (`goldPairVerdict(gold, 'all')`) into a simulated model's: a same-claim pair is
 * joined when its draw is below `recall`, a different-claim pair when its draw is below `falseRate`; every
 * other labelled pair is kept apart. Pairs the gold leaves unknown stay the real model's.
 */
export function simulatedPairVerdict(
  gold: (story: SegmentedStory) => PairVerdict,
  recall: number,
  falseRate: number,
  seed: number,
): (story: SegmentedStory) => PairVerdict {
  return (story) => {
    const verdict = gold(story);
    return (a, b) => {
      const given = verdict(a, b);
      if (given === undefined) return undefined;
      const chance = draw(`${a.id}\u0000${b.id}`, seed);
      const join = given > 0 ? chance < recall : chance < falseRate;
      return join ? ORACLE_SAME_LOGIT : ORACLE_DIFFERENT_LOGIT;
    };
  };
}
