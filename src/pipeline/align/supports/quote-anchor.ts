/**
 * Quotations as anchors (issue #15). Outlets copy a quotation verbatim, though each may excerpt a
 * different stretch of it, so two units of different reports whose quoted words share a run of several
 * word keys in a row report the same statement, whatever else their sentences say. Such a cross-report
 * pair gets a log-odds bonus (`AlignSettings.quoteBonus`) when the run is at least
 * `AlignSettings.quoteRunWords` long. Quoted words come from the unit profiles, read by the one quotation
 * scanner (`profile/quotes.ts`). The different-speakers veto still stands: a vetoed pair scores −∞, and
 * no bonus lifts it (a long shared run already stands the veto aside).
 */
import { longestCommonRun } from '../../text/sequences.ts';
import type { SupportRule } from './support-context.ts';

/** The quotation-anchor rule: `quoteBonus` for a cross-report pair whose quotations share `quoteRunWords` words in a row. */
export const quoteAnchorRule: SupportRule = {
  name: 'quote',
  apply: ({ profiles, pairs, settings }) =>
    pairs.map((pair) => {
      if (pair.reportA === pair.reportB) return 0;
      const quotedA = profiles[pair.a]?.quotedKeyIds;
      const quotedB = profiles[pair.b]?.quotedKeyIds;
      if (quotedA === undefined || quotedB === undefined) return 0;
      if (quotedA.length < settings.quoteRunWords || quotedB.length < settings.quoteRunWords) return 0;
      return longestCommonRun(quotedA, quotedB) >= settings.quoteRunWords ? settings.quoteBonus : 0;
    }),
};
