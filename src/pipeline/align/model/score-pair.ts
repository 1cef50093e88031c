import { predictLogit, sigmoid, type LogisticModel } from './logistic-regression.ts';
import { computePairFeatures, toFeatureVector, type PairFeatureContext, type PairFeatures } from './pair-features.ts';
import { sliceTextProfile, type ProfileContext, type TextProfile } from '../profile/text-profile.ts';
import { alignWords, type WordLink } from './word-alignment.ts';
import { DEFAULT_SETTINGS } from '../../settings.ts';

/** The model's verdict on one pair of texts. */
export interface PairScore {
  readonly features: PairFeatures;
  /** Log-odds from the learned model alone. */
  readonly logit: number;
  /** `sigmoid(logit)`, or 0 when a rule vetoes the pair. */
  readonly probability: number;
  /** Why the pair can never state the same claim, if a rule says so. */
  readonly veto: 'polarity' | undefined;
}

/**
 * Whether a word linked between the two texts is negated in one and plainly affirmed in the other: no
 * negation cue or negative implicative before it in its clause. Two texts that both negate it agree,
 * whatever words they negate it with ("can no longer afford the rent" / "cannot afford the rent"); a
 * negation of a word the other text lacks says nothing ("did not attend, but approved" / "approved"). Nor
 * does a link to the other text's affirmed occurrence of a word it also negates elsewhere: greedy word
 * alignment may cross two occurrences ("the world laughs …, they won't be laughing" quoted in both).
 * The model's `polarityMismatch` feature keeps its plain scope-window reading, so the model is unchanged.
 */
function hasPolarityConflict(a: TextProfile, b: TextProfile, links: readonly WordLink[]): boolean {
  return links.some((link) => {
    const wordA = a.content[link.a];
    const wordB = b.content[link.b];
    if (wordA === undefined || wordB === undefined) return false;
    if (wordA.negated && !wordB.negatable) return !negatesWord(b, wordA.word.key);
    if (wordB.negated && !wordA.negatable) return !negatesWord(a, wordB.word.key);
    return false;
  });
}

/** Whether some occurrence of the word with this key in the text may be negated. */
function negatesWord(profile: TextProfile, key: string): boolean {
  return profile.content.some((word) => word.negatable && word.word.key === key);
}

/**
 * Scores two profiled texts with the learned paraphrase model, then applies the one hard rule: a matched
 * word negated in one text only ("did not capture" / "captured") means opposite claims, whatever the
 * overlap. MSRP has too few such pairs for the model to learn it (the polarity feature gets almost no
 * weight), so it is a rule, as in contradiction detection (de Marneffe, Rafferty & Manning 2008).
 */
export function scorePair(
  a: TextProfile,
  b: TextProfile,
  context: PairFeatureContext,
  model: LogisticModel,
  links: readonly WordLink[] = alignWords(a, b, context.lexicon),
): PairScore {
  const features = computePairFeatures(a, b, context, links);
  const logit = predictLogit(model, toFeatureVector(features));
  const veto = hasPolarityConflict(a, b, links) ? 'polarity' : undefined;
  return { features, logit, probability: veto === undefined ? sigmoid(logit) : 0, veto };
}

/** The stretch of a longer text that a shorter one's linked words span, and the links remapped onto it. */
interface Stretch {
  readonly profile: TextProfile;
  /** The same links, with the longer text's side renumbered to the stretch's content words. */
  readonly links: readonly WordLink[];
}

/**
 * The part of `longer` from its first to its last word linked to `shorter`, or undefined if that is all
 * of it, or if either text is shorter than `minWords` (`AlignSettings.minModelWords`: the model has never
 * seen shorter texts, so neither a too-short unit nor a too-short stretch is scored). Greedy alignment of `shorter` with the stretch
 * gives exactly the same links (every link lies inside it), so they are remapped, not recomputed.
 */
function matchedStretch(
  shorter: TextProfile,
  longer: TextProfile,
  links: readonly WordLink[],
  longerIsB: boolean,
  minWords: number,
): Stretch | undefined {
  if (shorter.tokens.length < minWords || links.length === 0) return undefined;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const link of links) {
    const tokenIndex = longer.content[longerIsB ? link.b : link.a]?.tokenIndex ?? 0;
    first = Math.min(first, tokenIndex);
    last = Math.max(last, tokenIndex);
  }
  if (first === 0 && last === longer.tokens.length - 1) return undefined;
  if (last - first + 1 < minWords) return undefined;
  const firstContent = longer.content.findIndex((word) => word.tokenIndex >= first);
  const remapped = links.map((link) =>
    longerIsB ? { ...link, b: link.b - firstContent } : { ...link, a: link.a - firstContent },
  );
  return { profile: sliceTextProfile(longer, first, last), links: remapped };
}

/**
 * Scores whether two units state the same claim. A paraphrase model penalises a sentence that says the
 * claim plus more (MSRP labels such pairs "not paraphrase"; Dolan & Brockett 2005), but a news sentence
 * that adds a detail still states the claim. So the shorter unit is also scored against the stretch of the
 * longer one that its words match, and the better of the two scores counts: the claim is stated when
 * part of the longer unit paraphrases the shorter one. The polarity veto on the whole pair still applies.
 * Texts shorter than `minModelWords` are only scored whole.
 */
export function scoreClaimPair(
  a: TextProfile,
  b: TextProfile,
  context: ProfileContext,
  model: LogisticModel,
  minModelWords: number = DEFAULT_SETTINGS.align.minModelWords,
): PairScore {
  const featureContext = pairFeatureContextOf(context);
  const links = alignWords(a, b, context.lexicon);
  const whole = scorePair(a, b, featureContext, model, links);
  if (whole.veto !== undefined) return whole;
  const stretch = findClaimStretch(a, b, links, minModelWords);
  if (stretch === undefined) return whole;
  const [left, right] = stretchReading(a, b, stretch);
  const part = scorePair(left, right, featureContext, model, stretch.links);
  return part.veto === undefined && part.probability > whole.probability ? part : whole;
}

/** What pair signals read of a story's profile context. */
export function pairFeatureContextOf(context: ProfileContext): PairFeatureContext {
  return { lexicon: context.lexicon, maxWeight: context.idf.maxWeight };
}

/** The pair scored in the stretch reading: the shorter text, in its place, against the longer one's stretch. */
function stretchReading(a: TextProfile, b: TextProfile, stretch: Stretch & { readonly longerIsB: boolean }): readonly [TextProfile, TextProfile] {
  return stretch.longerIsB ? [a, stretch.profile] : [stretch.profile, b];
}

/** The matched stretch of the longer of two texts (`matchedStretch`), and which side it was cut from. */
function findClaimStretch(
  a: TextProfile,
  b: TextProfile,
  links: readonly WordLink[],
  minModelWords: number,
): (Stretch & { readonly longerIsB: boolean }) | undefined {
  const longerIsB = a.content.length <= b.content.length;
  const stretch = longerIsB ? matchedStretch(a, b, links, true, minModelWords) : matchedStretch(b, a, links, false, minModelWords);
  return stretch === undefined ? undefined : { ...stretch, longerIsB };
}

/** The feature rows `scoreClaimPair` scores: the whole pair, and the shorter text against the longer one's matched stretch. */
export interface ClaimPairRows {
  readonly whole: number[];
  readonly stretch: number[] | undefined;
  /** True when the polarity rule vetoes the whole pair, whatever the model says. */
  readonly vetoed: boolean;
}

/**
 * The pair signals of both readings `scoreClaimPair` weighs, as model rows: what a model fitted on story
 * pairs learns from (`scripts/fit.ts`), computed exactly as scoring computes them.
 */
export function computeClaimPairRows(
  a: TextProfile,
  b: TextProfile,
  context: ProfileContext,
  minModelWords: number = DEFAULT_SETTINGS.align.minModelWords,
): ClaimPairRows {
  const featureContext = pairFeatureContextOf(context);
  const links = alignWords(a, b, context.lexicon);
  const whole = toFeatureVector(computePairFeatures(a, b, featureContext, links));
  const vetoed = hasPolarityConflict(a, b, links);
  const stretch = vetoed ? undefined : findClaimStretch(a, b, links, minModelWords);
  if (stretch === undefined) return { whole, stretch: undefined, vetoed };
  const [left, right] = stretchReading(a, b, stretch);
  return { whole, stretch: toFeatureVector(computePairFeatures(left, right, featureContext, stretch.links)), vetoed };
}
