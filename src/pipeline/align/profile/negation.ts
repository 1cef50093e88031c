import { IMPLICATIVE_NEGATION_WORDS, NEGATION_SCOPE_BREAKERS } from '../../lexicon/en/negation.ts';
import { CLAUSE_DASHES, type AnalysedWord } from '../../text/index.ts';

/**
 * Polarity: which words a negation cue reverses. "Rebels did not capture Hama" and "Rebels captured
 * Hama" share every content word, yet state opposite claims, so they must not align.
 */

// A cue scopes over the next few content words of its clause. The window follows the simple
// "negation scope until punctuation" baselines of Councill, McDonald & Velikovich (2010); the cap keeps a
// cue early in a long clause from negating words it does not govern.
const SCOPE_CONTENT_WORDS = 3;
// Punctuation between two tokens that ends a clause: any dash that sets off an aside (a horizontal bar as
// much as an em dash) and a double hyphen typed for one.
const CLAUSE_BREAK = new RegExp(`[,;:.!?“”"()${CLAUSE_DASHES}]|--`);

/** Whether the token at `index` is a negation cue. */
function isCue(tokens: readonly AnalysedWord[], index: number): boolean {
  return tokens[index]?.isNegation ?? false;
}

/** Whether the token at `index` is a negation cue or a negative implicative followed by "to" ("failed to"). */
function isCueOrImplicative(tokens: readonly AnalysedWord[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  return token.isNegation || (IMPLICATIVE_NEGATION_WORDS.has(token.norm) && tokens[index + 1]?.norm === 'to');
}

/** Marks the tokens after each opener up to the end of its clause, or its first `limit` content words. */
function markScopes(
  text: string,
  tokens: readonly AnalysedWord[],
  limit: number,
  opensScope: (tokens: readonly AnalysedWord[], index: number) => boolean,
): boolean[] {
  const marked = tokens.map(() => false);
  tokens.forEach((token, index) => {
    if (!opensScope(tokens, index)) return;
    let remaining = limit;
    let previousEnd = token.end;
    for (let j = index + 1; j < tokens.length && remaining > 0; j += 1) {
      const next = tokens[j];
      if (next === undefined) break;
      if (CLAUSE_BREAK.test(text.slice(previousEnd, next.start)) || NEGATION_SCOPE_BREAKERS.has(next.norm)) break;
      previousEnd = next.end;
      if (next.isStop) continue;
      marked[j] = true;
      remaining -= 1;
    }
  });
  return marked;
}

/**
 * For each token of a text, whether it lies inside the scope of a negation cue.
 * `text` is the text the tokens were read from; punctuation between tokens ends a scope.
 */
export function markNegatedTokens(text: string, tokens: readonly AnalysedWord[]): boolean[] {
  return markScopes(text, tokens, SCOPE_CONTENT_WORDS, isCue);
}

/**
 * For each token, whether a negation cue or a negative implicative ("failed to", "unable to") comes before
 * it in its clause, however far: the words that may be negated. Scope windows of a fixed length end at
 * different words when two reports negate alike in different words ("can no longer afford the rent in the
 * old town" / "cannot afford the rent in the old town"), so a word only counts as plainly affirmed when
 * nothing before it in its clause may negate it.
 */
export function markNegatableTokens(text: string, tokens: readonly AnalysedWord[]): boolean[] {
  return markScopes(text, tokens, Number.POSITIVE_INFINITY, isCueOrImplicative);
}
