/**
 * The measured figures of one ordered pair of reports, before any verdict is drawn from them.
 */
import type { AlignedStory, Claim, ClaimUnit, SourceId, UnitId } from '../types.ts';
import { longestCommonOrder, orderAgreementChance } from './claim-order.ts';
import type { DerivationPair } from '../model/derivation.ts';
import { wordingSimilarity, wordsOutsideQuotes } from './wording.ts';
import { rememberIn } from '../remember-in.ts';

/** The figures of `DerivationPair` that are measured, not judged, plus each shared claim's wording similarity. */
export type PairFigures = Omit<DerivationPair, 'verbatimClaims' | 'verdict' | 'explanation'> & {
  /** Per compared shared claim, its wording similarity, in `source`'s order. */
  readonly wordingByClaim: readonly number[];
};

/** What the pair measures need from a story, indexed once. */
export interface ClaimLayout {
  /** Per report, its claims in the order the report first tells them. */
  readonly claimsInOrder: ReadonlyMap<SourceId, readonly Claim[]>;
  /** Per claim and report, the report's units of the claim in text order. */
  readonly unitsOf: (claim: Claim, report: SourceId) => readonly ClaimUnit[];
  /**
   * Per claim and two reports, the wording similarity of their words for it (`wordingSimilarity` of
   * `claimWords`), or undefined when neither has a word outside quotations. Measured once per claim
   * and unordered pair of reports: every ordered pair of reports asks for each shared claim, and the
   * measure is symmetric.
   */
  readonly wordingOf: (claim: Claim, first: SourceId, second: SourceId) => number | undefined;
}

/**
 * Indexes a story's claims per report. A claim's place in a report is where the report first tells
 * it: the start offset of its earliest unit, since offsets grow with the text.
 */
export function layOutClaims(story: AlignedStory): ClaimLayout {
  const unitById = new Map<UnitId, ClaimUnit>(story.units.map((unit) => [unit.id, unit]));
  const unitsOf = (claim: Claim, report: SourceId): ClaimUnit[] =>
    claim.units
      .flatMap((id) => unitById.get(id) ?? [])
      .filter((unit) => unit.source === report)
      .sort((a, b) => a.start - b.start);
  // Keyed by claim id and report ids, which never contain a NUL character.
  const wordsByClaim = new Map<string, readonly string[]>();
  const wordsOf = (claim: Claim, report: SourceId): readonly string[] =>
    rememberIn(wordsByClaim, `${claim.id}\0${report}`, () => claimWords(unitsOf(claim, report)));
  const wordingByPair = new Map<string, number | undefined>();
  const wordingOf = (claim: Claim, first: SourceId, second: SourceId): number | undefined => {
    const key = first < second ? `${claim.id}\0${first}\0${second}` : `${claim.id}\0${second}\0${first}`;
    if (wordingByPair.has(key)) return wordingByPair.get(key);
    const wording = wordingSimilarity(wordsOf(claim, first), wordsOf(claim, second));
    wordingByPair.set(key, wording);
    return wording;
  };
  const claimsInOrder = new Map<SourceId, Claim[]>();
  for (const report of story.reports) {
    const placed = story.claims.flatMap((claim) => {
      const first = unitsOf(claim, report.id)[0];
      return first === undefined ? [] : [{ claim, at: first.start }];
    });
    placed.sort((a, b) => a.at - b.at);
    claimsInOrder.set(
      report.id,
      placed.map((entry) => entry.claim),
    );
  }
  return { claimsInOrder, unitsOf, wordingOf };
}

/** Rounds a figure to 4 decimals so serialised output stays stable and small. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** The words, outside quotations, that a report uses for a claim: its units of the claim (`unitsOf`), in text order. */
function claimWords(units: readonly ClaimUnit[]): string[] {
  // Unit by unit, so that a quotation left open in one unit does not swallow the next.
  return units.flatMap((unit) => wordsOutsideQuotes(unit.text));
}

/**
 * Measures how much of `source`'s material `carrier` carries: the share of `source`'s claims it
 * carries, how many of the shared claims both tell in the same order (and how unlikely that is by
 * chance), and how close their words are.
 */
export function measurePair(layout: ClaimLayout, source: SourceId, carrier: SourceId): PairFigures {
  const sourceClaims = layout.claimsInOrder.get(source) ?? [];
  const carrierClaims = layout.claimsInOrder.get(carrier) ?? [];
  const sharedInSource = sourceClaims.filter((claim) => claim.sources.includes(carrier));
  const sharedInCarrier = carrierClaims.filter((claim) => claim.sources.includes(source));
  const shared = sharedInSource.length;
  const inOrder = longestCommonOrder(
    sharedInSource.map((claim) => claim.id),
    sharedInCarrier.map((claim) => claim.id),
  );
  const wordingByClaim = sharedInSource.flatMap((claim) => layout.wordingOf(claim, source, carrier) ?? []);
  const wording = wordingByClaim.length === 0 ? undefined : round(wordingByClaim.reduce((sum, value) => sum + value, 0) / wordingByClaim.length);
  return {
    source,
    carrier,
    claims: sourceClaims.length,
    shared,
    coverage: sourceClaims.length === 0 ? 0 : round(shared / sourceClaims.length),
    inOrder,
    orderAgreement: shared === 0 ? 0 : round(inOrder / shared),
    orderChance: Number(orderAgreementChance(shared, inOrder).toPrecision(4)),
    wording,
    wordingClaims: wordingByClaim.length,
    wordingByClaim: wordingByClaim.map(round),
    sharedClaims: sharedInSource.map((claim) => claim.id),
  };
}
