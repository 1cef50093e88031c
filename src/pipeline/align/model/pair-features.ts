import { editDistance, longestCommonRun, longestCommonSubsequence } from '../../text/index.ts';
import type { TextProfile } from '../profile/text-profile.ts';
import { alignWords, type WordLink } from './word-alignment.ts';
import type { WordLexicon } from '../words/word-relations.ts';

/**
 * The signals that two texts state the same claim, each a number in [0, 1] (or a small count), kept
 * symmetric so that the order of the two texts never matters. A learned model combines them
 * (`logistic-regression.ts`); the names are its column names.
 */
export const PAIR_FEATURE_NAMES = [
  // Weighted share of content covered by matched words (synonyms and name variants included),
  // for the less and the more covered text (Mihalcea, Corley & Strapparava 2006).
  'coverMin',
  'coverMax',
  // The same with only exact word / name matches: the plain word-overlap baseline.
  'exactCoverMin',
  'exactCoverMax',
  // Unweighted share of content words matched, for the less covered text.
  'countCoverMin',
  // Weight of the heaviest unmatched content word of each text, relative to the heaviest possible:
  // one unmatched rare word ("Iraq" against "Iran") often is the difference.
  'unmatchedPeakMax',
  'unmatchedPeakMin',
  // Sequence overlap of all words (BLEU-like n-gram precision, Papineni et al. 2002; Finch et al. 2005).
  'tokenDice',
  'bigramDice',
  'trigramDice',
  // Longest common word subsequence (ROUGE-L, Lin 2004) over the longer and the shorter text.
  'lcsOfLonger',
  'lcsOfShorter',
  // Length difference: one text that says much more is rarely a paraphrase (MSRP guidelines, Dolan & Brockett 2005).
  'lengthRatio',
  'lengthLogDiff',
  // Numbers (Kozareva & Montoyo 2006; Socher et al. 2011 found number features strong on MSRP).
  'numbersShared',
  'numbersDiffer',
  'numbersOneSided',
  // Share of name words (either text) with no counterpart.
  'namesUnmatched',
  // Cosine of character 4-gram counts.
  'charCosine',
  // A matched word negated in one text only ("did not capture" / "captured").
  'polarityMismatch',
  // One text has a negation cue and the other none.
  'negationDiffers',
  // Longest shared run of quoted words relative to the shorter quotation.
  'quoteOverlap',
  // Absolute amount of unmatched content (log scale) in the text with more and with less of it: MSRP
  // non-paraphrases typically add a clause of extra information (Dolan & Brockett 2005).
  'unmatchedCountMax',
  'unmatchedCountMin',
  'unmatchedWeightMax',
  'unmatchedWeightMin',
  // Unmatched content words of both texts by their main WordNet part of speech (log scale): an extra
  // verb often means an extra event, an extra noun an extra participant.
  'unmatchedVerbs',
  'unmatchedNouns',
  'unmatchedModifiers',
  // Number of matched content words (log scale).
  'matchedCount',
  // Machine-translation metrics as paraphrase signals (Madnani, Tetreault & Chodorow 2012), each
  // symmetrised by taking both texts as reference in turn:
  // smoothed sentence BLEU over word keys, n = 1..4, with its brevity penalty (Papineni et al. 2002;
  // add-one smoothing of Lin & Och 2004);
  'bleu',
  // METEOR over the content-word alignment (stems, synonyms, names): recall-weighted harmonic mean of
  // matched-word precision and recall, times the fragmentation penalty (Banerjee & Lavie 2005), and
  // the penalty's chunk share alone (1 = every matched word its own chunk: same words, other order);
  'meteor',
  'fragmentation',
  // Word edit distance (insertions, deletions, substitutions of word keys) over the longer text:
  // TER without shifts (Snover et al. 2006), and the position-independent error rate PER (Tillmann et
  // al. 1997), which ignores word order.
  'wordEditRate',
  'positionIndependentErrorRate',
] as const;

/** Name of one pair signal. */
export type PairFeatureName = (typeof PAIR_FEATURE_NAMES)[number];

/** All pair signals of one pair of texts. */
export type PairFeatures = Readonly<Record<PairFeatureName, number>>;

/** What pair scoring needs besides the two profiles. */
export interface PairFeatureContext {
  readonly lexicon: WordLexicon;
  /** The largest IDF weight of the collection, to put unmatched-word weights on a 0–1 scale. */
  readonly maxWeight: number;
}

/** Number of common elements of two sorted integer multisets (repeats matched one to one). */
function sortedOverlap(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Dice coefficient of two sorted integer multisets. */
function sortedDice(a: Int32Array, b: Int32Array): number {
  return a.length + b.length === 0 ? 0 : (2 * sortedOverlap(a, b)) / (a.length + b.length);
}

/** Cosine of two sorted hashed multisets seen as count vectors. */
function sortedMultisetCosine(a: Int32Array, normA: number, b: Int32Array, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x < y) i += 1;
    else if (x > y) j += 1;
    else {
      let countA = 0;
      let countB = 0;
      while (i < a.length && a[i] === x) {
        countA += 1;
        i += 1;
      }
      while (j < b.length && b[j] === x) {
        countB += 1;
        j += 1;
      }
      dot += countA * countB;
    }
  }
  return dot / (normA * normB);
}

/**
 * Smoothed sentence BLEU of a candidate of `candidate` words against a reference of `reference` words,
 * given the clipped n-gram matches for n = 1..4: the geometric mean of the clipped n-gram
 * precisions for n = 1..4 with add-one smoothing for n > 1 (Lin & Och 2004), times the brevity penalty.
 */
function sentenceBleu(candidate: number, reference: number, matches: readonly number[]): number {
  if (candidate === 0 || reference === 0) return 0;
  let logSum = 0;
  for (let n = 1; n <= 4; n += 1) {
    const total = Math.max(0, candidate - n + 1);
    const hit = matches[n - 1] ?? 0;
    const precision = n === 1 ? hit / total : (hit + 1) / (total + 1);
    if (precision === 0) return 0;
    logSum += Math.log(precision) / 4;
  }
  const brevity = candidate >= reference ? 1 : Math.exp(1 - reference / candidate);
  return brevity * Math.exp(logSum);
}

/**
 * Symmetric sentence BLEU over word keys: the mean of both directions (clipped n-gram matches are the
 * overlap of the two sorted n-gram multisets, the same either way; lengths are not).
 */
function symmetricBleu(a: TextProfile, b: TextProfile): number {
  const matches = [
    sortedOverlap(a.unigrams, b.unigrams),
    sortedOverlap(a.bigrams, b.bigrams),
    sortedOverlap(a.trigrams, b.trigrams),
    sortedOverlap(a.fourgrams, b.fourgrams),
  ];
  return (sentenceBleu(a.keyIds.length, b.keyIds.length, matches) + sentenceBleu(b.keyIds.length, a.keyIds.length, matches)) / 2;
}

/**
 * METEOR's score and chunk share from a content-word alignment: Fmean = 10PR / (R + 9P) over content
 * words (P, R as the shares of A's and B's content words matched, the larger taken as recall so that
 * the score stays symmetric), penalty 0.5 (chunks / matches)^3, where a chunk is a run of links adjacent
 * in both texts.
 */
function meteorScore(
  a: TextProfile,
  b: TextProfile,
  links: readonly WordLink[],
): { meteor: number; fragmentation: number } {
  if (links.length === 0 || a.content.length === 0 || b.content.length === 0) return { meteor: 0, fragmentation: 1 };
  const shareA = links.length / a.content.length;
  const shareB = links.length / b.content.length;
  const recall = Math.max(shareA, shareB);
  const precision = Math.min(shareA, shareB);
  const fmean = (10 * precision * recall) / (recall + 9 * precision);
  let chunks = 0;
  let previous: WordLink | undefined;
  for (const link of links) {
    if (previous === undefined || link.a !== previous.a + 1 || link.b !== previous.b + 1) chunks += 1;
    previous = link;
  }
  const fragmentation = links.length === 1 ? 1 : chunks / links.length;
  return { meteor: fmean * (1 - 0.5 * fragmentation ** 3), fragmentation };
}

/** Position-independent error rate: unmatched words of the two bags over the longer text's length. */
function positionIndependentErrorRate(a: Int32Array, b: Int32Array): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  return (longer - sortedOverlap(a, b)) / longer;
}

/**
 * Weighted share of a text's content covered by links (its side `side` of each), optionally counting exact
 * matches only. Summed in the links' order.
 */
function coverage(profile: TextProfile, links: readonly WordLink[], side: 'a' | 'b', exactOnly: boolean): number {
  if (profile.contentWeight === 0) return 0;
  let covered = 0;
  for (const link of links) {
    if (exactOnly && link.kind !== 'exact' && link.kind !== 'name') continue;
    covered += (profile.content[link[side]]?.weight ?? 0) * link.score;
  }
  return covered / profile.contentWeight;
}

/** Which content words of a text the links match (1) on its side `side`. */
function matchedWords(profile: TextProfile, links: readonly WordLink[], side: 'a' | 'b'): Uint8Array {
  const matched = new Uint8Array(profile.content.length);
  for (const link of links) matched[link[side]] = 1;
  return matched;
}

/** Heaviest unmatched content word of a text, relative to `maxWeight`. */
function unmatchedPeak(profile: TextProfile, matched: Uint8Array, maxWeight: number): number {
  let peak = 0;
  profile.content.forEach((word, index) => {
    if (matched[index] !== 1) peak = Math.max(peak, word.weight);
  });
  return maxWeight > 0 ? peak / maxWeight : 0;
}

/** Unmatched content words of a text: how many, their total weight relative to `maxWeight`, and by part of speech. */
function unmatchedContent(
  profile: TextProfile,
  matched: Uint8Array,
  maxWeight: number,
): { count: number; weight: number; verbs: number; nouns: number; modifiers: number } {
  let count = 0;
  let weight = 0;
  let verbs = 0;
  let nouns = 0;
  let modifiers = 0;
  profile.content.forEach((word, index) => {
    if (matched[index] === 1) return;
    count += 1;
    weight += maxWeight > 0 ? word.weight / maxWeight : 0;
    if (word.word.pos === 'v') verbs += 1;
    else if (word.word.pos === 'n' || word.isName) nouns += 1;
    else if (word.word.pos === 'a' || word.word.pos === 'r') modifiers += 1;
  });
  return { count, weight, verbs, nouns, modifiers };
}

/**
 * Computes every pair signal for two profiled texts. `links` is their word alignment, computed here
 * unless the caller already has it.
 */
export function computePairFeatures(
  a: TextProfile,
  b: TextProfile,
  context: PairFeatureContext,
  links: readonly WordLink[] = alignWords(a, b, context.lexicon),
): PairFeatures {
  // Links match words one to one, so each side has `links.length` matched words.
  const matchedA = matchedWords(a, links, 'a');
  const matchedB = matchedWords(b, links, 'b');

  const coverA = coverage(a, links, 'a', false);
  const coverB = coverage(b, links, 'b', false);
  const exactA = coverage(a, links, 'a', true);
  const exactB = coverage(b, links, 'b', true);
  const countA = a.content.length === 0 ? 0 : links.length / a.content.length;
  const countB = b.content.length === 0 ? 0 : links.length / b.content.length;
  const peakA = unmatchedPeak(a, matchedA, context.maxWeight);
  const peakB = unmatchedPeak(b, matchedB, context.maxWeight);

  const lcs = longestCommonSubsequence(a.keyIds, b.keyIds);
  const longer = Math.max(a.keys.length, b.keys.length);
  const shorter = Math.min(a.keys.length, b.keys.length);

  const numbersA = new Set(a.numbers);
  const sharedNumbers = b.numbers.filter((value) => numbersA.has(value)).length;
  const unionNumbers = a.numbers.length + b.numbers.length - sharedNumbers;
  const bothHaveNumbers = a.numbers.length > 0 && b.numbers.length > 0;

  let names = 0;
  let unmatchedNames = 0;
  a.content.forEach((word, index) => {
    if (!word.isName) return;
    names += 1;
    if (matchedA[index] !== 1) unmatchedNames += 1;
  });
  b.content.forEach((word, index) => {
    if (!word.isName) return;
    names += 1;
    if (matchedB[index] !== 1) unmatchedNames += 1;
  });

  const polarityMismatch = links.some((link) => a.content[link.a]?.negated !== b.content[link.b]?.negated);

  const quotedA = a.quotedKeyIds;
  const quotedB = b.quotedKeyIds;
  const quoteOverlap =
    quotedA.length > 0 && quotedB.length > 0
      ? longestCommonRun(quotedA, quotedB) / Math.min(quotedA.length, quotedB.length)
      : 0;

  const extraA = unmatchedContent(a, matchedA, context.maxWeight);
  const extraB = unmatchedContent(b, matchedB, context.maxWeight);
  const meteor = meteorScore(a, b, links);

  return {
    coverMin: Math.min(coverA, coverB),
    coverMax: Math.max(coverA, coverB),
    exactCoverMin: Math.min(exactA, exactB),
    exactCoverMax: Math.max(exactA, exactB),
    countCoverMin: Math.min(countA, countB),
    unmatchedPeakMax: Math.max(peakA, peakB),
    unmatchedPeakMin: Math.min(peakA, peakB),
    tokenDice: sortedDice(a.unigrams, b.unigrams),
    bigramDice: sortedDice(a.bigrams, b.bigrams),
    trigramDice: sortedDice(a.trigrams, b.trigrams),
    lcsOfLonger: longer === 0 ? 0 : lcs / longer,
    lcsOfShorter: shorter === 0 ? 0 : lcs / shorter,
    lengthRatio: longer === 0 ? 1 : shorter / longer,
    lengthLogDiff: Math.abs(Math.log((a.keys.length + 1) / (b.keys.length + 1))),
    numbersShared: bothHaveNumbers ? sharedNumbers / unionNumbers : 0,
    numbersDiffer: bothHaveNumbers ? (unionNumbers - sharedNumbers) / unionNumbers : 0,
    numbersOneSided: a.numbers.length > 0 !== b.numbers.length > 0 ? 1 : 0,
    namesUnmatched: names === 0 ? 0 : unmatchedNames / names,
    charCosine: sortedMultisetCosine(a.charGrams, a.charGramNorm, b.charGrams, b.charGramNorm),
    polarityMismatch: polarityMismatch ? 1 : 0,
    negationDiffers: a.negationCount > 0 !== b.negationCount > 0 ? 1 : 0,
    quoteOverlap,
    unmatchedCountMax: Math.log1p(Math.max(extraA.count, extraB.count)),
    unmatchedCountMin: Math.log1p(Math.min(extraA.count, extraB.count)),
    unmatchedWeightMax: Math.log1p(Math.max(extraA.weight, extraB.weight)),
    unmatchedWeightMin: Math.log1p(Math.min(extraA.weight, extraB.weight)),
    unmatchedVerbs: Math.log1p(extraA.verbs + extraB.verbs),
    unmatchedNouns: Math.log1p(extraA.nouns + extraB.nouns),
    unmatchedModifiers: Math.log1p(extraA.modifiers + extraB.modifiers),
    matchedCount: Math.log1p(links.length),
    bleu: symmetricBleu(a, b),
    meteor: meteor.meteor,
    fragmentation: meteor.fragmentation,
    wordEditRate: longer === 0 ? 0 : editDistance(a.keyIds, b.keyIds) / longer,
    positionIndependentErrorRate: positionIndependentErrorRate(a.unigrams, b.unigrams),
  };
}

/** The signals as a vector in `PAIR_FEATURE_NAMES` order, the layout the model's weights use. */
export function toFeatureVector(features: PairFeatures): number[] {
  return PAIR_FEATURE_NAMES.map((name) => features[name]);
}
