import { NEGATION_SCOPE_BREAKERS } from '../../lexicon/en/negation.ts';
import type { AnalysedWord } from '../../text/index.ts';

/**
 * Polarity: which words a negation cue reverses. "Rebels did not capture Hama" and "Rebels captured
 * Hama" share every content word, yet state opposite claims, so they must not align.
 */

// A cue scopes over the next few content words of its clause. The window follows the simple
// "negation scope until punctuation" baselines of Councill, McDonald & Velikovich (2010); the cap keeps a
// cue early in a long clause from negating words it does not govern.
const SCOPE_CONTENT_WORDS = 3;
const CLAUSE_BREAK = /[,;:.!?“”"()—–]/;

/**
 * For each token of a text, whether it lies inside the scope of a negation cue.
 * `text` is the text the tokens were read from; punctuation between tokens ends a scope.
 */
export function markNegatedTokens(text: string, tokens: readonly AnalysedWord[]): boolean[] {
  const negated = tokens.map(() => false);
  tokens.forEach((token, index) => {
    if (!token.isNegation) return;
    let remaining = SCOPE_CONTENT_WORDS;
    let previousEnd = token.end;
    for (let j = index + 1; j < tokens.length && remaining > 0; j += 1) {
      const next = tokens[j];
      if (next === undefined) break;
      if (CLAUSE_BREAK.test(text.slice(previousEnd, next.start)) || NEGATION_SCOPE_BREAKERS.has(next.norm)) break;
      previousEnd = next.end;
      if (next.isStop) continue;
      negated[j] = true;
      remaining -= 1;
    }
  });
  return negated;
}
