/**
 * Quote discrepancies: the same quotation worded differently by different reports of one claim. Two
 * quotations are "the same" when they share most of their content words. A shorter quotation that is an
 * excerpt of a longer one is not a discrepancy; words changed inside the shared stretch are. Changing a
 * content word (preserve → safeguard) cannot be true of one verbatim quote: a `contradiction`, since a
 * paraphrase presented as a direct quote misleads. Changes of function words, inflection or order only
 * are a `variant` (often two translations of one statement): quotation marks promise the speaker's exact
 * words, which newsroom style never alters, not even to fix grammar (AP Stylebook, "quotations in the news").
 */
import type { DiffRun, SentenceId } from '../../types.ts';
import { type ClaimView, overlapsUnit, type UnitView } from '../claims/claim-view.ts';
import { claimOf, collectEvidence, distinctSources, type Finding, formatTally } from '../claims/findings.ts';
import { clusterAcrossReports, groupAgreeing, type Placed } from '../claims/pairing.ts';
import type { QuoteSpan } from '../facts/quote-spans.ts';
import { diffTokens, type TokenChange } from '../../text/diff.ts';
import { foldSpelling, isCompactStopWord, isNegationWord, isSpellingOf, stemWord, toPossessiveFreeKey, tokenizeWords } from '../../text/index.ts';
import { NAME_PARTICLES } from '../../lexicon/en/name-particles.ts';
import { NAME_TITLES, TITLE_ABBREVIATIONS } from '../../lexicon/en/titles.ts';
import { DEFAULT_SETTINGS, type CompareSettings } from '../../settings.ts';

/** One run of a quote diff, as stored on a quote discrepancy's `diff`. */
export type DiffOp = DiffRun;

/** One word of a quotation, with the punctuation and space after it kept for display. */
export interface QuoteToken {
  /** Lower case, British and American spellings folded together ("realised" and "realized" agree). */
  readonly norm: string;
  readonly stem: string;
  /** The word and what follows it up to the next word, exactly as written. */
  readonly text: string;
  /** An ellipsis ("…", "...") follows the word: the report left words out here. */
  readonly elided: boolean;
}

/** A quotation prepared for comparison. */
export interface PreparedQuote {
  readonly span: QuoteSpan;
  readonly tokens: readonly QuoteToken[];
  /** Stems of the content words. */
  readonly stems: ReadonlySet<string>;
}

/**
 * Words in brackets or parentheses inside a quotation ("altered (its direction) towards") are the
 * reporter's insertion, not the speaker's words: blanked out (same length) before the words are read.
 */
function blankInsertions(quoted: string): string {
  return quoted.replace(/\([^()]*\)|\[[^\[\]]*\]/gu, (inserted) => ' '.repeat(inserted.length));
}

/**
 * Splits quoted text into word tokens (punctuation, and any bracketed insertion, attached to the preceding
 * word for display only).
 */
export function tokenizeQuote(quoted: string): QuoteToken[] {
  const words = tokenizeWords(blankInsertions(quoted), 'alphanumeric');
  return words.map((word, index) => {
    const next = words[index + 1];
    const text = quoted.slice(word.start, next === undefined ? quoted.length : next.start);
    const norm = foldSpelling(toPossessiveFreeKey(word.text));
    return { norm, stem: stemWord(norm), text, elided: /\.\.\.|…/u.test(text) };
  });
}

/**
 * Prepares a quotation: its tokens (without bracketed insertions) and content-word stems. The stems, which
 * decide whether two quotations are one quote at all, keep the bracketed words: "[Singh’s] son" names
 * who the quote is about even though the speaker did not say it.
 */
export function prepareQuote(span: QuoteSpan): PreparedQuote {
  const tokens = tokenizeQuote(span.quoted);
  const identity = tokenizeWords(span.quoted, 'alphanumeric').map((word) => foldSpelling(toPossessiveFreeKey(word.text)));
  return { span, tokens, stems: new Set(identity.filter((norm) => !isCompactStopWord(norm)).map((norm) => stemWord(norm))) };
}

/**
 * Whether two quotations are renderings of one quote: at least `quoteSharedStems` shared content stems
 * covering `quoteSharedShare` of the shorter quotation's content words, or, for short quotations, most words
 * shared (Dice ≥ `quoteShortDice` over all word stems) with at least one content word among them
 * (`CompareSettings`).
 */
export function isSameQuotation(a: PreparedQuote, b: PreparedQuote, settings: CompareSettings = DEFAULT_SETTINGS.compare): boolean {
  let shared = 0;
  for (const stem of a.stems) if (b.stems.has(stem)) shared += 1;
  if (shared >= settings.quoteSharedStems && shared >= settings.quoteSharedShare * Math.min(a.stems.size, b.stems.size)) return true;
  const all = (quote: PreparedQuote): Set<string> => new Set(quote.tokens.map((token) => token.stem));
  const allA = all(a);
  const allB = all(b);
  let common = 0;
  for (const stem of allA) if (allB.has(stem)) common += 1;
  return shared >= 1 && (2 * common) / (allA.size + allB.size) >= settings.quoteShortDice;
}

/** Length of the longest run of words (by stem) that two quotations share, in order. */
function longestSharedRun(a: PreparedQuote, b: PreparedQuote): number {
  let best = 0;
  const previous = new Array<number>(b.tokens.length + 1).fill(0);
  for (const x of a.tokens) {
    let diagonal = 0;
    for (let j = 1; j <= b.tokens.length; j += 1) {
      const above = previous[j] ?? 0;
      previous[j] = x.stem === b.tokens[j - 1]?.stem ? diagonal + 1 : 0;
      best = Math.max(best, previous[j] ?? 0);
      diagonal = above;
    }
  }
  return best;
}

/**
 * `isSameQuotation` for quotations of sentences that share no claim, where no aligner vouches that both
 * report one statement: they must also share a run of `storyWideQuoteRun` words (counted on stems) or most of their words (Dice ≥ `quoteShortDice`).
 * Two statements of one person on one topic share content words ("disappointing" / "disappointed") without
 * being one quotation (observed in ECB+ and BASIL stories).
 */
export function isSameQuotationAcrossStory(a: PreparedQuote, b: PreparedQuote, settings: CompareSettings = DEFAULT_SETTINGS.compare): boolean {
  if (!isSameQuotation(a, b, settings)) return false;
  if (longestSharedRun(a, b) >= settings.storyWideQuoteRun) return true;
  const all = (quote: PreparedQuote): Set<string> => new Set(quote.tokens.map((token) => token.stem));
  const allA = all(a);
  const allB = all(b);
  let common = 0;
  for (const stem of allA) if (allB.has(stem)) common += 1;
  // Most words shared, two of them content words: "We heard gunshots" and "We heard pop, pop, pop" share one.
  let content = 0;
  for (const stem of a.stems) if (b.stems.has(stem)) content += 1;
  return content >= 2 && (2 * common) / (allA.size + allB.size) >= settings.quoteShortDice;
}

function sameWording(a: PreparedQuote, b: PreparedQuote): boolean {
  return a.tokens.length === b.tokens.length && a.tokens.every((token, index) => token.norm === b.tokens[index]?.norm);
}

/** Word-level diff of two quotations (case and punctuation ignored), as display runs. */
export function diffQuotes(before: PreparedQuote, after: PreparedQuote): DiffOp[] {
  return toOps(diffTokens(before.tokens, after.tokens, (a, b) => a.norm === b.norm));
}

function toOps(changes: readonly TokenChange<QuoteToken>[]): DiffOp[] {
  return changes.map((change) => ({ op: change.op, text: change.tokens.map((token) => token.text).join('') }));
}

/** Tokens the diff matched by stem, so inflections match: indexes on each side, and whether any matched pair is spelled differently. */
function matchedTokens(before: readonly QuoteToken[], after: readonly QuoteToken[]): [Set<number>, Set<number>, boolean] {
  const matchedBefore = new Set<number>();
  const matchedAfter = new Set<number>();
  let inflected = false;
  let i = 0;
  let j = 0;
  for (const change of diffTokens(before, after, (a, b) => a.stem === b.stem)) {
    const count = change.tokens.length;
    if (change.op === 'equal') {
      for (let k = 0; k < count; k += 1) {
        matchedBefore.add(i + k);
        matchedAfter.add(j + k);
        if (before[i + k]?.norm !== after[j + k]?.norm) inflected = true;
      }
      i += count;
      j += count;
    } else if (change.op === 'delete') i += count;
    else j += count;
  }
  return [matchedBefore, matchedAfter, inflected];
}

/**
 * Unmatched tokens that stand where the other quotation marks an omission with an ellipsis
 * ("totally... absolutely" against "totally, completely and absolutely"): words one report left out
 * openly, not a rewording. Returns the indexes on each side.
 */
function elidedTokens(before: readonly QuoteToken[], after: readonly QuoteToken[]): [Set<number>, Set<number>] {
  const elidedBefore = new Set<number>();
  const elidedAfter = new Set<number>();
  let i = 0;
  let j = 0;
  for (const change of diffTokens(before, after, (a, b) => a.stem === b.stem)) {
    const count = change.tokens.length;
    if (change.op === 'equal') {
      i += count;
      j += count;
    } else if (change.op === 'delete') {
      if (after[j - 1]?.elided === true) for (let k = 0; k < count; k += 1) elidedBefore.add(i + k);
      i += count;
    } else {
      if (before[i - 1]?.elided === true) for (let k = 0; k < count; k += 1) elidedAfter.add(j + k);
      j += count;
    }
  }
  return [elidedBefore, elidedAfter];
}

/** Unmatched tokens between the first and last matched token of one side: its rewording, not its overhang. */
function innerChanges(tokens: readonly QuoteToken[], matched: ReadonlySet<number>, elided: ReadonlySet<number> = new Set()): QuoteToken[] {
  const first = Math.min(...matched);
  const last = Math.max(...matched);
  return tokens.filter((_, index) => index > first && index < last && !matched.has(index) && !elided.has(index));
}

/** A quotation's words split into sentences (a word followed by . ! or ? ends one). */
function sentencesOf(tokens: readonly QuoteToken[]): QuoteToken[][] {
  const sentences: QuoteToken[][] = [[]];
  for (const token of tokens) {
    sentences.at(-1)?.push(token);
    if (/[.!?]["”’']?\s*$/u.test(token.text)) sentences.push([]);
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

/** Whether `inner` occurs word for word, as one run, inside `outer`. */
function containsRun(outer: readonly QuoteToken[], inner: readonly QuoteToken[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start += 1) {
    if (inner.every((token, offset) => outer[start + offset]?.norm === token.norm)) return true;
  }
  return false;
}

function sameWords(a: readonly QuoteToken[], b: readonly QuoteToken[]): boolean {
  return a.length === b.length && a.every((token, index) => token.norm === b[index]?.norm);
}

function fromTokens(span: QuoteSpan, tokens: readonly QuoteToken[]): PreparedQuote {
  return { span, tokens, stems: new Set(tokens.filter((t) => !isCompactStopWord(t.norm)).map((t) => t.stem)) };
}

/**
 * Two quotations of several sentences that share one whole sentence word for word are two excerpts of one
 * statement, lined up on that sentence: only the sentences both cover can disagree ("I grieve for the young
 * man. I grieve for his family." against "I grieve for my family. I grieve for the young man."). Returns
 * the sentence pairs both cover, or undefined when the quotations share no whole sentence.
 */
function alignedSentences(before: PreparedQuote, after: PreparedQuote): [QuoteToken[], QuoteToken[]][] | undefined {
  const left = sentencesOf(before.tokens);
  const right = sentencesOf(after.tokens);
  if (left.length < 2 && right.length < 2) return undefined;
  for (const [i, sentence] of left.entries()) {
    if (sentence.length < 4) continue;
    const j = right.findIndex((other) => sameWords(sentence, other));
    if (j === -1) continue;
    const shift = i - j;
    const pairs: [QuoteToken[], QuoteToken[]][] = [];
    left.forEach((leftSentence, k) => {
      const rightSentence = right[k - shift];
      if (rightSentence !== undefined) pairs.push([leftSentence, rightSentence]);
    });
    return pairs;
  }
  return undefined;
}

/**
 * How serious the rewording between two quotations is. Words before the first or after the last shared
 * word only mean one report quoted more than the other (an excerpt) and are ignored; words changed between
 * them are rewording, and so are inflected forms of shared words ("complete liberation" / "completely
 * liberated"). Undefined when nothing was reworded.
 */
export function judgeRewording(before: PreparedQuote, after: PreparedQuote): 'contradiction' | 'variant' | undefined {
  // One quotation word for word inside the other is an excerpt, however the diff would line the words up.
  if (containsRun(before.tokens, after.tokens) || containsRun(after.tokens, before.tokens)) return undefined;
  const pairs = alignedSentences(before, after);
  if (pairs !== undefined) {
    const verdicts = pairs
      .filter(([left, right]) => !sameWords(left, right))
      .map(([left, right]) => judgeRewording(fromTokens(before.span, left), fromTokens(after.span, right)));
    return verdicts.includes('contradiction') ? 'contradiction' : verdicts.includes('variant') ? 'variant' : undefined;
  }
  const [matchedBefore, matchedAfter, inflected] = matchedTokens(before.tokens, after.tokens);
  if (matchedBefore.size === 0) return undefined;
  const [elidedBefore, elidedAfter] = elidedTokens(before.tokens, after.tokens);
  const [trailingBefore, trailingAfter] = [trailingChanges(before.tokens, matchedBefore), trailingChanges(after.tokens, matchedAfter)];
  // Both quotations go on past their last shared word in different words ("closer to a nuclear bomb" /
  // "closer to nuclear arms", observed in BASIL): the end was replaced, not cut.
  const replacedEnd = endsReplaced(before, after, trailingBefore, trailingAfter);
  const changedBefore = [...innerChanges(before.tokens, matchedBefore, elidedBefore), ...(replacedEnd ? trailingBefore : [])];
  const changedAfter = [...innerChanges(after.tokens, matchedAfter, elidedAfter), ...(replacedEnd ? trailingAfter : [])];
  if (changedBefore.length === 0 && changedAfter.length === 0) return inflected ? 'variant' : undefined;
  return describeRewording(before, after, changedBefore, changedAfter) === undefined ? 'variant' : 'contradiction';
}

/**
 * Whether both quotations go on past their last shared word with content words the other lacks: an end
 * replaced. Words the other quotation has elsewhere ("the lives of civilians" / "civilian lives") are a
 * reordering, and words on one side only are an excerpt cut at another place. Only a short end (three words
 * at most on each side) counts: a longer one is another continuation, or, in rebuilt corpus text with
 * quotation marks facing the wrong way, the attribution read as quoted words ("finding,” Trump told NBC's “Today").
 */
function endsReplaced(before: PreparedQuote, after: PreparedQuote, trailingBefore: readonly QuoteToken[], trailingAfter: readonly QuoteToken[]): boolean {
  if (trailingBefore.length > 3 || trailingAfter.length > 3) return false;
  const own = (tokens: readonly QuoteToken[], other: PreparedQuote): boolean =>
    tokens.some((token) => !isCompactStopWord(token.norm) && !other.tokens.some((word) => word.stem === token.stem));
  return own(trailingBefore, after) && own(trailingAfter, before);
}

/** Tokens after the last matched token of one side, unless an ellipsis there marks words left out openly. */
function trailingChanges(tokens: readonly QuoteToken[], matched: ReadonlySet<number>): QuoteToken[] {
  const last = Math.max(...matched);
  if (tokens[last]?.elided === true) return [];
  return tokens.filter((_, index) => index > last);
}

/**
 * Whether two differently written words inside quotation marks are one name in two spellings: spelling
 * variants (`isSpellingOf`), or two capitalised words that end alike ("al-Qaddafi" / "Gadhafi", observed in
 * BASIL's 2011 Trump story): a transliteration is the outlet's house style, not the speaker's words.
 */
function isNameSpelling(a: QuoteToken, b: QuoteToken): boolean {
  const capitalised = (token: QuoteToken): boolean => /^\p{Lu}/u.test(token.text);
  if (!capitalised(a) || !capitalised(b)) return false;
  return isSpellingOf(a.norm, b.norm) || (a.norm.length >= 5 && b.norm.length >= 5 && a.norm.slice(-3) === b.norm.slice(-3));
}

/**
 * Why a rewording inside one quotation cannot be true of one utterance, or undefined when it can. A negation
 * added or dropped reverses the words; otherwise both quotations must have a content word the other lacks
 * in the stretch they share (a word replaced: "preserve" → "safeguard"). Titles ("Sen.", "President") and
 * names spelled another way do not count, and words present on one side only (an adverb added, a clause
 * dropped without an ellipsis) leave the shorter a shortened rendering of the longer: both may be true, a
 * `variant` (issue #16: "I went too far" / "I went way too far" was called a contradiction).
 */
function describeRewording(
  before: PreparedQuote,
  after: PreparedQuote,
  changedBefore: readonly QuoteToken[],
  changedAfter: readonly QuoteToken[],
): string | undefined {
  const negations = (tokens: readonly QuoteToken[]): number => tokens.filter((token) => isNegationWord(token.norm)).length;
  const negated = [...changedBefore, ...changedAfter].find((token) => isNegationWord(token.norm));
  // "can no longer" / "now cannot": a negation on each side, only worded differently.
  if (negated !== undefined && negations(before.tokens) !== negations(after.tokens)) return `“${negated.text.trim()}” is in one quotation and not the other, which reverses what was said`;
  const stemsBefore = new Set(before.tokens.map((token) => token.stem));
  const stemsAfter = new Set(after.tokens.map((token) => token.stem));
  const own = (changed: readonly QuoteToken[], otherStems: ReadonlySet<string>, otherChanged: readonly QuoteToken[]): QuoteToken[] =>
    changed.filter(
      (token) =>
        !isCompactStopWord(token.norm) &&
        !otherStems.has(token.stem) &&
        !NAME_TITLES.has(token.norm.replace(/\.$/u, '')) &&
        !TITLE_ABBREVIATIONS.has(token.norm.replace(/\.$/u, '')) &&
        !NAME_PARTICLES.has(token.norm) &&
        !otherChanged.some((other) => isNameSpelling(token, other)),
    );
  const ownBefore = own(changedBefore, stemsAfter, changedAfter);
  const ownAfter = own(changedAfter, stemsBefore, changedBefore);
  const word = (token: QuoteToken): string => token.text.trim().replace(/[\s,;:.!?”"’']+$/u, '');
  if (ownBefore.length === 0 && ownAfter.length === 0) return undefined;
  if (ownBefore.length === 0 || ownAfter.length === 0) {
    // Words on one side only. A whole sentence left out ("I went too far. I made a mistake and I was wrong"
    // against "I went too far and I was wrong") is an excerpt joined without an ellipsis: both may be true.
    // A word added inside a sentence ("way too far") is a rewording of one utterance.
    const [tokens, changed] = ownBefore.length === 0 ? [after.tokens, changedAfter] : [before.tokens, changedBefore];
    const indexes = changed.map((token) => tokens.indexOf(token));
    const endsSentence = (token: QuoteToken | undefined): boolean => token !== undefined && /[.!?]["”’']?\s*$/u.test(token.text);
    if (indexes.some((index) => endsSentence(tokens[index]) || endsSentence(tokens[index - 1]))) return undefined;
    // One word added ("way too far") to a quotation that the other also quotes further ("too far and I was
    // wrong"): the two differ in extent as well, so they are two renderings, maybe of two utterances, and
    // the added word (an intensifier, an adverb) can be true of one of them: a variant (issue #16 review).
    const [matchedBefore, matchedAfter] = matchedTokens(before.tokens, after.tokens);
    const [plainTokens, plainMatched] = ownBefore.length === 0 ? [before.tokens, matchedBefore] : [after.tokens, matchedAfter];
    const overhang = plainTokens.some((_, index) => index < Math.min(...plainMatched) || index > Math.max(...plainMatched));
    if ((ownBefore.length === 1 || ownAfter.length === 1) && overhang) return undefined;
    const added = ownBefore[0] ?? ownAfter[0];
    return added === undefined ? undefined : `“${word(added)}” is in one quotation and not the other, inside words both quote`;
  }
  // Name the replaced pair that stands at one place of the diff (a deletion next to an insertion), else the first of each.
  const changes = diffTokens(before.tokens, after.tokens, (x, y) => x.stem === y.stem);
  const replaced = changes.flatMap((change, index) => {
    const next = changes[index + 1];
    if (change.op !== 'delete' || next?.op !== 'insert') return [];
    const left = change.tokens.find((token) => ownBefore.includes(token));
    const right = next.tokens.find((token) => ownAfter.includes(token));
    return left === undefined || right === undefined ? [] : [[left, right] as const];
  });
  const [first, second] = replaced[0] ?? [ownBefore[0], ownAfter[0]];
  if (first === undefined || second === undefined) return undefined;
  return `“${word(first)}” is replaced by “${word(second)}” inside the quotation marks, which promise one wording`;
}

/** The reason line of a quote contradiction (`describeRewording`), for the finding. */
function rewordingReason(before: PreparedQuote, after: PreparedQuote): string | undefined {
  if (containsRun(before.tokens, after.tokens) || containsRun(after.tokens, before.tokens)) return undefined;
  const pairs = alignedSentences(before, after);
  if (pairs !== undefined) {
    for (const [left, right] of pairs) {
      if (sameWords(left, right)) continue;
      const reason = rewordingReason(fromTokens(before.span, left), fromTokens(after.span, right));
      if (reason !== undefined) return reason;
    }
    return undefined;
  }
  const [matchedBefore, matchedAfter] = matchedTokens(before.tokens, after.tokens);
  if (matchedBefore.size === 0) return undefined;
  const [elidedBefore, elidedAfter] = elidedTokens(before.tokens, after.tokens);
  const [trailingBefore, trailingAfter] = [trailingChanges(before.tokens, matchedBefore), trailingChanges(after.tokens, matchedAfter)];
  const replacedEnd = endsReplaced(before, after, trailingBefore, trailingAfter);
  return describeRewording(
    before,
    after,
    [...innerChanges(before.tokens, matchedBefore, elidedBefore), ...(replacedEnd ? trailingBefore : [])],
    [...innerChanges(after.tokens, matchedAfter, elidedAfter), ...(replacedEnd ? trailingAfter : [])],
  );
}

/**
 * The quotations of a unit. The story's topic words ("host", "Oscars" in a story about the Oscars host) are
 * left out of the stems that decide whether two quotations are one quote: two different statements about
 * the topic share them without being one quote.
 */
export function placeQuotes(view: UnitView, quotes: ReadonlyMap<SentenceId, readonly QuoteSpan[]>, topic: ReadonlySet<string>): Placed<PreparedQuote>[] {
  return (quotes.get(view.sentence.id) ?? [])
    .filter((span) => overlapsUnit(view, span.start, span.end))
    .map(prepareQuote)
    .map((quote) => ({ ...quote, stems: new Set([...quote.stems].filter((stem) => !topic.has(stem))) }))
    .filter((quote) => quote.stems.size > 0)
    .map((quote) => {
      // The evidence is the quoted words without trailing punctuation or space: still an exact substring.
      const inner = view.sentence.text.slice(quote.span.start, quote.span.end);
      const end = quote.span.start + inner.replace(/[\s,;:.!?]+$/u, '').length;
      return { item: quote, view, start: quote.span.start, end, context: quote.stems, near: quote.stems };
    });
}

function display(quote: PreparedQuote): string {
  return `“${quote.span.quoted.replace(/[\s,;:.]+$/u, '')}”`;
}

/** Finds quotations that different reports of one claim word differently. */
export function findQuoteDiscrepancies(
  claim: ClaimView,
  quotes: ReadonlyMap<SentenceId, readonly QuoteSpan[]>,
  settings: CompareSettings = DEFAULT_SETTINGS.compare,
): Finding[] {
  const clusters = clusterAcrossReports(
    claim.units.map((view) => placeQuotes(view, quotes, claim.topic)),
    {
      comparable: (a, b) => (claim.storyWide === true ? isSameQuotationAcrossStory(a, b, settings) : isSameQuotation(a, b, settings)),
      requireContext: true,
      requireNear: claim.storyWide,
    },
  );
  const findings: Finding[] = [];
  for (const members of clusters) {
    const groups = groupAgreeing(members, sameWording);
    const [reference, ...others] = groups;
    const referenceQuote = reference?.[0]?.item;
    if (reference === undefined || referenceQuote === undefined) continue;
    for (const group of others) {
      const quote = group[0]?.item;
      if (quote === undefined) continue;
      // A cluster chained through a third, longer quotation can hold two quotations that are not one.
      if (!(claim.storyWide === true ? isSameQuotationAcrossStory(referenceQuote, quote, settings) : isSameQuotation(referenceQuote, quote, settings))) continue;
      const severity = judgeRewording(referenceQuote, quote);
      if (severity === undefined) continue;
      const involved = [...reference, ...group];
      // Two quotations of one report are two things it quotes, not a disagreement between reports.
      if (distinctSources(involved) < 2) continue;
      const reason = severity === 'contradiction' ? rewordingReason(referenceQuote, quote) : undefined;
      findings.push({
        kind: 'quote',
        severity,
        ...claimOf(claim),
        ...(reason === undefined ? {} : { reason }),
        summary: formatTally([
          { display: display(referenceQuote), reports: distinctSources(reference) },
          { display: display(quote), reports: distinctSources(group) },
        ]),
        ...collectEvidence(involved),
        diff: diffQuotes(referenceQuote, quote),
      });
    }
  }
  return findings;
}
