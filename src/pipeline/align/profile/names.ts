import type { AnalysedWord } from '../../text/index.ts';

/**
 * Proper names: which words are names, by how a collection of texts capitalises them. When two spellings
 * name the same thing ("Golani"/"Jolani") is `areNameVariants` in `text/names.ts`.
 */

/** How often each lower-cased word was seen capitalised inside a sentence and written in lower case. */
export interface CasingLexicon {
  readonly capitalised: ReadonlyMap<string, number>;
  readonly lower: ReadonlyMap<string, number>;
}

/**
 * Counts casing over a collection of tokenised texts. A sentence-initial capital says nothing about a
 * word, so only non-initial occurrences are counted: Mikheev's "document-centred approach" to
 * capitalised words (Mikheev 1999/2002, Computational Linguistics 28:3).
 */
export function buildCasingLexicon(texts: readonly (readonly AnalysedWord[])[]): CasingLexicon {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const tokens of texts) {
    for (const token of tokens) {
      if (token.isNumber || token.index === 0) continue;
      const counts = token.isCapitalised ? capitalised : lower;
      counts.set(token.norm, (counts.get(token.norm) ?? 0) + 1);
    }
  }
  return { capitalised, lower };
}

/**
 * Whether a token is (part of) a proper name: acronyms, capitalised words inside a sentence unless the
 * word is more often lower case elsewhere, and sentence-initial capitalised words that the collection
 * shows capitalised inside sentences more often than not.
 */
export function isNameToken(token: AnalysedWord, lexicon: CasingLexicon): boolean {
  if (token.isNumber || token.isStop || token.norm.length < 2) return false;
  if (token.isAcronym) return true;
  if (!token.isCapitalised) return false;
  const capitalised = lexicon.capitalised.get(token.norm) ?? 0;
  const lower = lexicon.lower.get(token.norm) ?? 0;
  return token.index > 0 ? capitalised >= lower : capitalised > lower;
}

/**
 * Whether a text's casing says anything about names. Headline style ("Woman Killed In Queens Hit-And-Run")
 * and all-capitals lines capitalise nearly every word, so a capital there is no evidence of a name: when
 * at least four in five of the text's non-initial content words (three or more) are capitalised, it is not.
 */
export function hasInformativeCasing(tokens: readonly AnalysedWord[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.index === 0 || token.isNumber || token.isStop || !/\p{L}/u.test(token.norm)) continue;
    words += 1;
    if (token.isCapitalised) capitalised += 1;
  }
  return words < 3 || capitalised < 0.8 * words;
}

/**
 * Whether a token of a text whose casing is uninformative is a name: only when the collection shows the
 * word capitalised inside sentences more often than in lower case (as for a sentence-initial word).
 */
export function isNameTokenByCollection(token: AnalysedWord, lexicon: CasingLexicon): boolean {
  if (token.isNumber || token.isStop || token.norm.length < 2) return false;
  return (lexicon.capitalised.get(token.norm) ?? 0) > (lexicon.lower.get(token.norm) ?? 0);
}
