/**
 * Plain-language wording of the provenance figures: one line per ordered pair (stored with the pair
 * and exported) and one paragraph per pair of reports (for the provenance page). Reports are named
 * through a hook so the pipeline can use ids and the site its own labels.
 */
import { DERIVATION_THRESHOLDS } from './verdict.ts';
import type { DerivationPair, DerivationVerdict } from '../model/derivation.ts';

/** Reader-facing name of each verdict. */
export const DERIVATION_VERDICT_LABELS: Readonly<Record<DerivationVerdict, string>> = {
  'same-copy': 'likely the same underlying copy',
  'shares-material': 'shares material',
  independent: 'no clear sign of a shared copy',
};

/**
 * The figures the wording reads, with ids as plain strings so the site's stored copy of a pair
 * (parsed back from the content collection) fits as well as the pipeline's own.
 */
export type ExplainablePair = Pick<
  DerivationPair,
  'claims' | 'shared' | 'coverage' | 'inOrder' | 'orderChance' | 'wording' | 'wordingClaims' | 'verbatimClaims' | 'verdict'
> & { readonly source: string; readonly carrier: string };

/** Names a report in a sentence, e.g. by its outlet or file name. */
export type NameReport = (id: string) => string;

/** A share between 0 and 1 as a whole percentage, e.g. "65%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A small probability in words: a percentage down to 0.1 %, below that "1 in N" with N rounded to
 * two significant digits, e.g. "4.2%", "1 in 40,000,000".
 */
export function formatChance(chance: number): string {
  if (chance >= 0.001) return `${Number((chance * 100).toPrecision(2))}%`;
  const odds = Number((1 / chance).toPrecision(2));
  return `1 in ${odds.toLocaleString('en-US')}`;
}

/** "all 11 in the same order" or "7 of 11 in the same order". */
function orderPhrase(pair: ExplainablePair): string {
  return pair.inOrder === pair.shared ? `all ${pair.shared} in the same order` : `${pair.inOrder} of ${pair.shared} in the same order`;
}

/** The order figures of a pair, or nothing when a single shared claim has no order to compare. */
function orderClause(pair: ExplainablePair): string {
  if (pair.shared < 2) return '';
  return `, ${orderPhrase(pair)} (chance at most ${formatChance(pair.orderChance)} between unrelated orders)`;
}

/** What the wording figures say, e.g. "46% of words in common outside quotations". */
function wordingPhrase(pair: ExplainablePair): string {
  if (pair.wording === undefined) return 'no wording outside quotations to compare';
  const verbatim = pair.verbatimClaims === 0 ? 'none near-verbatim' : `${pair.verbatimClaims} near-verbatim`;
  return `${formatPercent(pair.wording)} of words in common outside quotations, ${verbatim}`;
}

/**
 * One line for an ordered pair: the verdict, then the figures behind it, e.g. "Likely the same
 * underlying copy: B carries 11 of A's 17 claims (65%), all 11 in the same order (chance at most
 * 1 in 40,000,000); 46% of words in common outside quotations, none near-verbatim."
 */
export function explainPair(pair: ExplainablePair, name: NameReport): string {
  const source = name(pair.source);
  const carrier = name(pair.carrier);
  const label = DERIVATION_VERDICT_LABELS[pair.verdict];
  const head = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  if (pair.shared === 0) return `${head}: ${carrier} carries none of the ${pair.claims} claims of ${source}.`;
  const carried = `${carrier} carries ${pair.shared} of the ${pair.claims} claims of ${source} (${formatPercent(pair.coverage)})`;
  return `${head}: ${carried}${orderClause(pair)}; ${wordingPhrase(pair)}.`;
}

/**
 * A paragraph about two reports, from both directions of the pair: what they share, the order and
 * wording figures (the same both ways) and the verdict each way.
 */
export function describePairing(forward: ExplainablePair, backward: ExplainablePair, name: NameReport): string {
  const a = name(forward.source);
  const b = name(forward.carrier);
  const verdicts =
    forward.verdict === backward.verdict
      ? `Verdict both ways: ${DERIVATION_VERDICT_LABELS[forward.verdict]}.`
      : `Verdict for the claims of ${a} in ${b}: ${DERIVATION_VERDICT_LABELS[forward.verdict]}; for the claims of ${b} in ${a}: ${DERIVATION_VERDICT_LABELS[backward.verdict]}.`;
  if (forward.shared === 0) {
    return `${a} (${forward.claims} claims) and ${b} (${backward.claims} claims) share no claim. ${verdicts}`;
  }
  const shares =
    `${a} and ${b} share ${forward.shared} ${forward.shared === 1 ? 'claim' : 'claims'}: ${formatPercent(forward.coverage)} of the ${forward.claims} claims of ${a} ` +
    `and ${formatPercent(backward.coverage)} of the ${backward.claims} claims of ${b}.`;
  const order =
    forward.shared < 2
      ? 'One shared claim has no order to compare.'
      : `${forward.inOrder} of the ${forward.shared} are told in the same order in both; unrelated orderings would keep that many in order ` +
        `with a chance of at most ${formatChance(forward.orderChance)}` +
        (forward.orderChance <= DERIVATION_THRESHOLDS.maxOrderChance ? ', rare enough to count as evidence of a common copy.' : ', too often to count as evidence.');
  const wording =
    forward.wording === undefined
      ? 'The shared claims have no words outside quotations to compare.'
      : `Outside quotations, the two wordings of a shared claim have ${formatPercent(forward.wording)} of their words in common on average, in order ` +
        `(${forward.verbatimClaims} of ${forward.wordingClaims} claims near-verbatim, at least ${formatPercent(DERIVATION_THRESHOLDS.verbatimWording)}).`;
  return `${shares} ${order} ${wording} ${verdicts}`;
}
