import type { Block, BlockKind } from '../types.ts';
import { ATTRIBUTION_CUE_WORDS } from '../lexicon/en/attribution.ts';
import { OUTLET_NAME_WORDS, OUTLET_REPORT_VERBS } from '../lexicon/en/page-notes.ts';
import { prefixStem, splitOnWhitespace, tokenizeWords, wordTexts } from '../text/index.ts';
import { CAPTION_PATTERNS, LABEL_LINE, matchFurniture, matchLinePattern } from './boilerplate-patterns.ts';
import { isPlaceDateLine } from './date-stamp.ts';
import { endsLikeSentence, isTitleCase, startsLowerCase, type TextLine } from './lines.ts';

/** Lines that belong together before classification: one line, or lines a break split mid-sentence. */
interface LineGroup {
  readonly lines: readonly TextLine[];
  readonly start: number;
  readonly end: number;
  /** The group's text with line breaks turned into spaces. */
  readonly text: string;
  readonly words: number;
  readonly finished: boolean;
}

/** Longest line (in words) still taken for a subheading or caption when it has no full stop. */
const MAX_SHORT_LINE_WORDS = 16;
/** Longest first line taken for a headline. */
const MAX_HEADLINE_WORDS = 30;
/** Share of a standfirst's word pairs that must recur in one later paragraph. */
const STANDFIRST_OVERLAP = 0.8;
/** Fewest words of a line that ends in a colon and is taken for a sentence leading into a quote or list. */
const MIN_LEAD_IN_WORDS = 5;
/** Fewest words of a deck (the summary line under a headline) that has no full stop. */
const MIN_DECK_WORDS = 4;
/**
 * Fewest distinct long words of a mid-body heading taken for another story's headline when none
 * of them occurs in the body. Real subheadings can be short and generic ("What Comes Next").
 */
const MIN_STRAY_HEADLINE_WORDS = 4;

/** True when a line is page furniture or a related link on its own, whatever follows it. */
function isFurnitureLine(text: string): boolean {
  return matchFurniture(text, splitOnWhitespace(text).length, endsLikeSentence(text)) !== undefined;
}

/**
 * True when `next` carries on the sentence that `previous` left unfinished: no sentence end, no
 * label colon, a lower-case start, and neither line is page furniture on its own.
 */
function continuesSentence(previous: string, next: string): boolean {
  return (
    !endsLikeSentence(previous) &&
    !/:$/.test(previous) &&
    startsLowerCase(next) &&
    !isFurnitureLine(previous) &&
    !isFurnitureLine(next)
  );
}

/**
 * True when at least one line of prose ends like a sentence. Layout rules that read a missing full
 * stop as a sign of a headline, caption or broken line only make sense in such a text; a report
 * typed without any sentence-final punctuation (transcripts, pasted subtitles) would otherwise be
 * taken for all headline and captions, and its body lost to the comparison.
 */
function isPunctuated(texts: readonly string[]): boolean {
  return texts.some((text) => splitOnWhitespace(text).length >= 4 && endsLikeSentence(text));
}

/**
 * Classifies a report without sentence-final punctuation: page furniture by pattern, a title-case
 * first line as the headline, every other line as body (one line, one unit).
 */
function classifyUnpunctuated(groups: readonly LineGroup[]): BlockKind[] {
  return groups.map((group, index) => {
    const furniture = matchFurniture(group.text, group.words, group.finished);
    if (furniture) return furniture;
    return index === 0 && isTitleCase(group.text) && group.words <= MAX_HEADLINE_WORDS ? 'headline' : 'body';
  });
}

/**
 * Joins a line to the previous one when the break fell inside a sentence: the previous line does
 * not end like a sentence and this one starts in lower case. Plain text is often hard-wrapped (mail and
 * wire copy wrap lines at 78 characters or fewer, RFC 3676), and copied web text keeps stray breaks
 * (observed in a Hama report: "a chronic collective" / "failure of previous de-escalation arrangements").
 */
export function groupBrokenLines(lines: readonly TextLine[]): LineGroup[] {
  const groups: TextLine[][] = [];
  // In a text with no sentence-final punctuation at all, a missing full stop says nothing about a
  // broken line: each line stays a unit of its own.
  const punctuated = isPunctuated(lines.map((line) => line.text));
  for (const line of lines) {
    const current = groups.at(-1);
    const previous = current?.at(-1);
    if (punctuated && current && previous && continuesSentence(previous.text, line.text)) {
      current.push(line);
    } else {
      groups.push([line]);
    }
  }
  return groups.map((group) => {
    const text = group.map((line) => line.text).join(' ');
    const first = group[0];
    const last = group.at(-1);
    return {
      lines: group,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      text,
      words: splitOnWhitespace(text).length,
      finished: endsLikeSentence(text),
    };
  });
}

/** Consecutive word pairs of a text, lower-cased: a cheap fingerprint of its wording and word order. */
function wordPairs(text: string): Set<string> {
  const words = wordTexts(text.toLowerCase(), 'elided');
  return new Set(words.slice(1).map((word, index) => `${words[index] ?? ''} ${word}`));
}

/**
 * True when a paragraph restates a later one: most of its word pairs recur, in order, in one
 * later paragraph. Sites print the summary line (standfirst) above the body and again inside it.
 * Word pairs rather than words, because a press release repeats the same names in different
 * sentences ("X announced today that A …" and "Also today, X announced that B …", ECB+ 5_4).
 */
function isRestatedLater(index: number, groups: readonly LineGroup[], pairsOf: (index: number) => ReadonlySet<string>): boolean {
  const pairs = pairsOf(index);
  if (pairs.size < 4) return false;
  for (let later = index + 1; later < groups.length; later++) {
    const otherPairs = pairsOf(later);
    let shared = 0;
    for (const pair of pairs) if (otherPairs.has(pair)) shared++;
    if (shared / pairs.size >= STANDFIRST_OVERLAP) return true;
  }
  return false;
}

/**
 * The lead-in of a passage quoted from another outlet: "As" and a capitalised name, a reporting verb,
 * a few words at most ("on Monday"), then a colon ("As The Example Post reported on Monday: …").
 * Without the colon the sentence is the report's own, citing a source ("As the Post reported, the
 * vote was delayed."), and stays body.
 */
const OUTLET_LEAD_IN = new RegExp(
  String.raw`^As\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*){0,5})\s+(?:${OUTLET_REPORT_VERBS.join('|').replace(/ /g, String.raw`\s+`)})\b[^:.!?]{0,40}:`,
  'u',
);

/** True when a name reads as a news outlet's: one of its words is an outlet noun, or it is an acronym (CNN, AFP). */
function isOutletName(name: string): boolean {
  return wordTexts(name, 'letters').some((word) => OUTLET_NAME_WORDS.has(word.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(word));
}

/**
 * True when a paragraph opens a passage quoted from another outlet's report: that outlet's claim, which
 * the report repeats but does not make (the issue's "block quotes from other outlets").
 */
function opensOutletQuote(text: string): boolean {
  const match = OUTLET_LEAD_IN.exec(text);
  return match !== null && isOutletName(match[1] ?? '');
}

/**
 * True when a paragraph carries on a quotation of another outlet: the paragraph before it was one
 * and left the quotation open (a lead-in ending in a colon, or a quoted paragraph without its closing
 * mark, following the convention that each paragraph of a long quotation opens with a quotation mark),
 * and this one opens with a quotation mark.
 */
function continuesOutletQuote(previous: LineGroup | undefined, previousKind: BlockKind | undefined, text: string): boolean {
  return previousKind === 'quoted-report' && previous !== undefined && !/[”"’]$/.test(previous.text) && /^[“"‘]/.test(text);
}

function isQuestion(text: string): boolean {
  return /\?["'”’]*$/.test(text);
}

/**
 * True when a line without a full stop still reads as a sentence of the body: it leads into a
 * quotation or list with a colon ("In her remarks, she explained how she sees her role:"), it
 * attributes speech ("… the sheriff said"), or it ends a quotation of some length. Captions and
 * subheadings do none of these (observed in the ECB+ layout of one sentence a line, news-dev).
 */
/** Whether a text attributes speech: "said", "says", "told" or "according to" as words, in any case. */
function hasAttributionCue(text: string): boolean {
  const keys = tokenizeWords(text).map((token) => token.key);
  return keys.some((key, index) => ATTRIBUTION_CUE_WORDS.has(key) || (key === 'according' && keys[index + 1] === 'to'));
}

function readsAsSentence(group: LineGroup): boolean {
  const text = group.text;
  if (isTitleCase(text)) return false;
  if (/:$/.test(text)) return group.words >= MIN_LEAD_IN_WORDS;
  // A short quotation alone ("'Pop, pop, pop'") is a pull-quote heading, not a sentence.
  return hasAttributionCue(text) || (/[”"’']$/.test(text) && group.words >= MIN_LEAD_IN_WORDS);
}

/**
 * Classifies each group of lines, as an ordered list of rules where the first match wins:
 * page furniture and related links by pattern, the value line of a footer label, a dateline on a
 * line of its own, the headline (first line, not a finished sentence), a photo caption by its
 * credit, a deck (a short unfinished line under the headline), a standfirst (the first paragraph
 * restated later), short unfinished lines as subheadings (title case or a question) or photo
 * captions unless they read as a sentence, and everything else as body. Then headings that head
 * no body text are relabelled as links to other stories (`relabelStrayHeadings`).
 */
export function classifyGroups(groups: readonly LineGroup[]): BlockKind[] {
  if (!isPunctuated(groups.map((group) => group.text))) return classifyUnpunctuated(groups);
  const kinds: BlockKind[] = [];
  let seenContent = false;
  let seenBody = false;
  let lastContentKind: BlockKind | undefined;
  // Word pairs of each group, made once: a long report can have many paragraphs restated further on.
  const pairs: (ReadonlySet<string> | undefined)[] = [];
  const pairsOf = (index: number): ReadonlySet<string> => (pairs[index] ??= wordPairs(groups[index]?.text ?? ''));
  groups.forEach((group, index) => {
    const previousKind = kinds[index - 1];
    const previous = groups[index - 1];
    const kind = ((): BlockKind => {
      const furniture = matchFurniture(group.text, group.words, group.finished);
      if (furniture) return furniture;
      if (opensOutletQuote(group.text) || continuesOutletQuote(previous, previousKind, group.text)) return 'quoted-report';
      if (
        previousKind === 'boilerplate' &&
        previous &&
        LABEL_LINE.test(previous.text) &&
        group.words <= 4 &&
        !group.finished
      ) {
        return 'boilerplate';
      }
      if (isDatelineLine(group.text) || isPlaceDateLine(group.text)) return 'dateline';
      if (!seenContent) {
        if ((!group.finished || isQuestion(group.text)) && group.words <= MAX_HEADLINE_WORDS) return 'headline';
      }
      if (matchLinePattern(CAPTION_PATTERNS, group.text, group.words, group.finished)) return 'caption';
      const short = group.words <= MAX_SHORT_LINE_WORDS && (!group.finished || isQuestion(group.text));
      const deck =
        !seenBody &&
        lastContentKind === 'headline' &&
        short &&
        !group.finished &&
        group.words >= MIN_DECK_WORDS &&
        !isTitleCase(group.text) &&
        !readsAsSentence(group);
      if (deck) return 'standfirst';
      if (!seenBody && group.finished && isRestatedLater(index, groups, pairsOf)) return 'standfirst';
      if (seenContent && short && !readsAsSentence(group)) {
        return isTitleCase(group.text) || isQuestion(group.text) ? 'subheading' : 'caption';
      }
      return 'body';
    })();
    if (kind !== 'boilerplate' && kind !== 'related-link') {
      seenContent = true;
      lastContentKind = kind;
    }
    if (kind === 'body') seenBody = true;
    kinds.push(kind);
  });
  return relabelStrayHeadings(groups, kinds);
}

/** Prefix stems of the letter runs of a text, so inflections meet ("strategic", "strategically"). */
function wordStems(text: string): Set<string> {
  return new Set(wordTexts(text.toLowerCase(), 'letters').flatMap((word) => prefixStem(word) ?? []));
}

/**
 * A title-case heading that heads no body text is a link to another story, not a subheading:
 * one after the last body paragraph (sites list related headlines at the end), or one whose words
 * occur nowhere in the report's body (an unrelated headline between two paragraphs). A real
 * subheading names what the section below it is about, so it shares words with the body.
 */
function relabelStrayHeadings(groups: readonly LineGroup[], kinds: readonly BlockKind[]): BlockKind[] {
  const lastBody = kinds.lastIndexOf('body');
  const bodyText = groups.filter((_, index) => kinds[index] === 'body').map((group) => group.text);
  const bodyStems = wordStems(bodyText.join(' '));
  return kinds.map((kind, index) => {
    const group = groups[index];
    if (kind !== 'subheading' || !group || isQuestion(group.text) || !isTitleCase(group.text)) return kind;
    if (index > lastBody) return 'related-link';
    const stems = wordStems(group.text);
    const shared = [...stems].some((stem) => bodyStems.has(stem));
    return stems.size >= MIN_STRAY_HEADLINE_WORDS && !shared ? 'related-link' : kind;
  });
}

/**
 * A dateline at the start of a report's first body paragraph: an upper-case place, optional
 * region or date, agency or date in brackets, then a dash ("BEIRUT —", "WASHINGTON (Reuters) -",
 * "NEW YORK, June 5 (Reuters) -",
 * "HENRY COUNTY, Ind. (Aug. 28, 2015) –"), following wire-service style; or only the agency in
 * brackets ("(AP) —", "(KMOV.com) –", "(via KARK) --", as local TV sites print it).
 */
const DATELINE_HEAD = String.raw`(?:\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,3}(?:,\s*[\p{L}\p{N}.'’ ]{1,30}?)?(?:\s*\([^()\n]{1,40}\))?|\([^()\n]{2,40}\))\s*(?:—|–|--|-)`;
const DATELINE = new RegExp(String.raw`^${DATELINE_HEAD}(?=\s+\S)`, 'u');
const DATELINE_LINE = new RegExp(`^${DATELINE_HEAD}$`, 'u');

/**
 * True when a matched dateline is strong enough to be one: a place of at least three capitals
 * ("A -", "US -" are too weak) or a bracketed agency naming an outlet; never the first link of a
 * spaced compound ("HIT - AND - RUN" in rebuilt ECB+ text), where one word and another dash follow.
 */
function isStrongDateline(dateline: string, rest: string): boolean {
  if (/^\s+\S+\s+[-–—]\s/.test(rest)) return false;
  if (dateline.startsWith('(')) return /\p{Lu}|\.com\b/u.test(dateline);
  const place = /^\p{Lu}[\p{Lu}'’.\-]+/u.exec(dateline);
  return place !== null && place[0].replace(/[^\p{Lu}]/gu, '').length >= 3;
}

/** Returns the length of a dateline prefix at the start of the text, or 0. */
export function matchDateline(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  return isStrongDateline(match[0], text.slice(match[0].length)) ? match[0].length : 0;
}

/** True when the whole line is a dateline ("DETROIT, Mich. (WXYZ) -"), printed apart from the body. */
export function isDatelineLine(text: string): boolean {
  return DATELINE_LINE.test(text) && isStrongDateline(text, '');
}

/**
 * Classifies a report's lines into blocks (paragraphs). The first body block may be split into a
 * dateline block and the body that follows it, so the dateline never becomes part of a sentence.
 */
export function classifyLines(lines: readonly TextLine[]): Block[] {
  const groups = groupBrokenLines(lines);
  const kinds = classifyGroups(groups);
  const blocks: Block[] = [];
  let firstBody = true;
  groups.forEach((group, index) => {
    const kind = kinds[index] ?? 'body';
    const line = group.lines[0]?.number ?? 1;
    const lastLine = group.lines.at(-1)?.number ?? line;
    if (kind === 'body' && firstBody) {
      firstBody = false;
      const datelineLength = matchDateline(group.text);
      if (datelineLength > 0 && group.lines.length >= 1) {
        // Offsets: the dateline lies within the group's first line, so its span maps directly.
        const datelineEnd = group.start + datelineLength;
        const firstLine = group.lines[0];
        const rest = firstLine ? firstLine.text.slice(datelineLength) : '';
        const bodyStart = datelineEnd + (rest.length - rest.trimStart().length);
        blocks.push({ kind: 'dateline', start: group.start, end: datelineEnd, line, lastLine: line });
        blocks.push({ kind: 'body', start: bodyStart, end: group.end, line, lastLine });
        return;
      }
    }
    blocks.push({ kind, start: group.start, end: group.end, line, lastLine });
  });
  return blocks;
}
