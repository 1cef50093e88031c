/**
 * English clitics and contracted negations, as the aligner splits them off a word ("Hama’s" → Hama,
 * "didn't" → did + not). The clitics are those of the Penn Treebank tokenisation guidelines
 * (Marcus, Santorini & Marcinkiewicz 1993).
 */

/** Clitics that add no content of their own and are dropped ("Hama’s", "they’re", "we’ve"); apostrophes straight. */
export const DROPPED_CLITICS: readonly string[] = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

/** The contracted negation ending ("didn't" → "did" + "not"). */
export const NEGATIVE_CLITIC = "n't";

/** Bases of contracted negations whose spelling changes ("can't", "won't", "shan't"). */
export const CONTRACTED_BASES: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
]);
