import { baseFormCandidates, irregularVerbBase } from '../words/morphy.ts';
import { findQuoteSpans } from '../profile/quotes.ts';
import { tokenize, type Token } from '../words/tokenize.ts';
import type { WordNet } from '../words/wordnet.ts';
import { DEFAULT_SETTINGS } from '../../settings.ts';

/**
 * Splits a compound sentence into clause-level spans, each stating one claim: "Rebels captured Hama on
 * Thursday, a major victory…" → "Rebels captured Hama on Thursday" + "a major victory…". Conservative by
 * design (a wrong split is worse than none): only four patterns split, only outside quotes, brackets and
 * dash asides, and only when both sides are long enough and the left side is a full clause.
 */

/** A clause span, as offsets into the text that was split. */
export interface ClauseSpan {
  readonly start: number;
  readonly end: number;
}

// Auxiliaries and modals: a sure sign of a finite verb phrase.
// prettier-ignore
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall',
  'should', 'must', 'did', 'does', 'do',
]);
// Coordinators that join two independent clauses after a comma.
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet']);
// Relative pronouns: a verb after one belongs to a relative clause, not to a new main clause.
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);
// Words in -ing that work as prepositions or quantity phrases ("including 222 in Hama"): never split before them.
// prettier-ignore
const PREPOSITIONAL_ING: ReadonlySet<string> = new Set([
  'including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'considering', 'during',
  'notwithstanding', 'pending', 'barring', 'beginning', 'starting', 'ranging', 'totaling', 'totalling',
  'amounting', 'bringing', 'involving', 'nothing', 'something', 'everything', 'anything',
]);
// Capitalised words that end a time expression rather than name an entity ("on Thursday, a major victory").
// prettier-ignore
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
// prettier-ignore
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Whether WordNet knows a verb whose inflected form `word` (ending in `suffix`) could be. */
function isInflectedVerb(word: string, suffix: string, wordnet: WordNet): boolean {
  if (!word.endsWith(suffix) || word.length <= suffix.length + 2) return false;
  return baseFormCandidates(word, 'v')
    .slice(1)
    .some((base) => wordnet.lookupSynsetIds(base, 'v').length > 0);
}

/** Whether a token looks like a finite verb: an auxiliary, a listed irregular past, or a verb in -ed not after a determiner. */
function isFiniteVerb(tokens: readonly Token[], index: number, wordnet: WordNet): boolean {
  const token = tokens[index];
  if (token === undefined || token.isNumber || token.isCapitalised) return false;
  if (AUXILIARIES.has(token.norm)) return true;
  const previous = tokens[index - 1];
  if (previous !== undefined && DETERMINERS.has(previous.norm)) return false;
  if (irregularVerbBase(token.norm) !== undefined) return true;
  return isInflectedVerb(token.norm, 'ed', wordnet);
}

/** Index ranges of the text inside quotes, brackets or paired dashes, where no split may fall. */
function protectedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = findQuoteSpans(text).map(
    ([start, end]) => [start - 1, end + 1] as const,
  );
  let open: number | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(' && open === undefined) open = i;
    else if (char === ')' && open !== undefined) {
      ranges.push([open, i + 1]);
      open = undefined;
    }
  }
  if (open !== undefined) ranges.push([open, text.length]);
  // Dashes pair up as an aside ("unable — or unwilling — to devote"); an unpaired dash runs to the end.
  const dashes = [...text.matchAll(/\s[—–]\s|\s-\s/g)].map((match) => match.index);
  for (let i = 0; i < dashes.length; i += 2) ranges.push([dashes[i] ?? 0, (dashes[i + 1] ?? text.length) + 1]);
  return ranges;
}

interface SplitPoint {
  /** Offset where the left clause ends (the separator). */
  readonly cut: number;
  /** Offset where the right clause starts. */
  readonly next: number;
  readonly kind: 'semicolon' | 'coordinator' | 'participle' | 'apposition';
}

/**
 * Finds the clause spans of one sentence. A sentence that no rule splits comes back as one span
 * covering it (trimmed of surrounding whitespace). Each side of a split needs `minWords` words
 * (`AlignSettings.minClauseWords`), so that no fragment ("he said") becomes a claim.
 */
export function splitClauses(
  text: string,
  wordnet: WordNet,
  minWords: number = DEFAULT_SETTINGS.align.minClauseWords,
): ClauseSpan[] {
  const tokens = tokenize(text);
  const ranges = protectedRanges(text);
  const isProtected = (offset: number): boolean => ranges.some(([start, end]) => offset > start && offset < end);
  const separators = [...text.matchAll(/[,;]/g)].map((match) => match.index).filter((offset) => !isProtected(offset));
  const firstTokenAfter = (offset: number): number => tokens.findIndex((token) => token.start > offset);
  const wordsBetween = (from: number, to: number): number =>
    tokens.filter((token) => token.start >= from && token.end <= to).length;
  // With `stopAtRelative`, a verb must come before any restrictive relative clause ("and a city that was…"
  // has no main verb of its own); a non-restrictive one set off by commas (", who are aligned with Iran,")
  // is skipped, so "and many leaders, who are aligned with Iran, have been killed" still counts.
  const hasFiniteVerb = (from: number, to: number, stopAtRelative: boolean): boolean => {
    let skipUntil = -1;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token === undefined || token.start < from) continue;
      if (token.end > to) break;
      if (token.start < skipUntil) continue;
      if (stopAtRelative && RELATIVE_PRONOUNS.has(token.norm)) {
        const previous = tokens[i - 1];
        const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
        const closing = separators.find((offset) => offset > token.start);
        if (!gap.includes(',') || closing === undefined || closing > to) return false;
        skipUntil = closing;
        continue;
      }
      if (isFiniteVerb(tokens, i, wordnet)) return true;
    }
    return false;
  };

  const points: SplitPoint[] = [];
  separators.forEach((cut, order) => {
    const nextSeparator = separators[order + 1] ?? text.length;
    const after = firstTokenAfter(cut);
    const first = tokens[after];
    if (first === undefined) return;
    // The separator must be followed directly by the next word (not by a quote or bracket).
    if (!/^[\s]*$/.test(text.slice(cut + 1, first.start))) return;
    const leftIsClause = wordsBetween(0, cut) >= minWords && hasFiniteVerb(0, cut, false);
    if (!leftIsClause) return;
    if (text[cut] === ';') {
      if (wordsBetween(cut, text.length) >= minWords && hasFiniteVerb(cut, text.length, true)) {
        points.push({ cut, next: first.start, kind: 'semicolon' });
      }
      return;
    }
    if (COORDINATORS.has(first.norm)) {
      const subject = tokens[after + 1];
      if (subject === undefined || isFiniteVerb(tokens, after + 1, wordnet)) return;
      if (
        wordsBetween(subject.start, text.length) >= minWords &&
        hasFiniteVerb(subject.start, text.length, true)
      ) {
        points.push({ cut, next: subject.start, kind: 'coordinator' });
      }
      return;
    }
    // A participle or apposition clause needs enough words before the next separator.
    if (wordsBetween(first.start, nextSeparator) < minWords) return;
    if (!first.isCapitalised && !PREPOSITIONAL_ING.has(first.norm) && isInflectedVerb(first.norm, 'ing', wordnet)) {
      points.push({ cut, next: first.start, kind: 'participle' });
      return;
    }
    // An apposition after a name describes that name ("Homs, a crossroads city"; "said Samuel Ramani, an
    // expert"), not the clause: only an apposition after a time expression or common word is split off.
    const before = tokens[after - 1];
    const afterName = before !== undefined && before.isCapitalised && !TIME_WORDS.has(before.norm);
    if (
      (first.norm === 'a' || first.norm === 'an') &&
      !first.isCapitalised &&
      !afterName &&
      nextSeparator === text.length
    ) {
      points.push({ cut, next: first.start, kind: 'apposition' });
    }
  });

  // A participle clause followed by an inner comma that is not itself a split would swallow part of
  // another clause ("rebels, using drones, had attacked"): drop such participle splits.
  const accepted = points.filter((point, index) => {
    if (point.kind !== 'participle') return true;
    const end = points[index + 1]?.cut ?? text.length;
    return !separators.some((offset) => offset > point.cut && offset < end);
  });

  const spans: ClauseSpan[] = [];
  let start = 0;
  for (const point of accepted) {
    spans.push({ start, end: point.cut });
    start = point.next;
  }
  spans.push({ start, end: text.length });
  return spans.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

/** Trims whitespace on both ends and a dangling comma, semicolon or colon at the end. */
function trimSpan(text: string, span: ClauseSpan): ClauseSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
