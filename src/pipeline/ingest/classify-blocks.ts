import type { Block, BlockKind } from '../types.ts';
import {
  BOILERPLATE_PATTERNS,
  LABEL_LINE,
  RELATED_LINK_PATTERNS,
  matchLinePattern,
} from './boilerplate-patterns.ts';
import { endsLikeSentence, isTitleCase, startsLowerCase, wordsOf, type TextLine } from './lines.ts';

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
/** Share of a standfirst's content words that must recur in one later paragraph. */
const STANDFIRST_OVERLAP = 0.8;

/** True when a line is page furniture or a related link on its own, whatever follows it. */
function isFurnitureLine(text: string): boolean {
  const words = wordsOf(text).length;
  const finished = endsLikeSentence(text);
  return (
    matchLinePattern(BOILERPLATE_PATTERNS, text, words, finished) !== undefined ||
    matchLinePattern(RELATED_LINK_PATTERNS, text, words, finished) !== undefined
  );
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
 * Joins a line to the previous one when the break fell inside a sentence: the previous line does
 * not end like a sentence and this one starts in lower case (observed in a Hama report:
 * "a chronic collective" / "failure of previous de-escalation arrangements").
 */
export function groupBrokenLines(lines: readonly TextLine[]): LineGroup[] {
  const groups: TextLine[][] = [];
  for (const line of lines) {
    const current = groups.at(-1);
    const previous = current?.at(-1);
    if (current && previous && continuesSentence(previous.text, line.text)) {
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
      words: wordsOf(text).length,
      finished: endsLikeSentence(text),
    };
  });
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

/**
 * True when a paragraph restates a later one: most of its content words recur in one later
 * paragraph. Sites print the summary line (standfirst) above the body and again inside it.
 */
function isRestatedLater(group: LineGroup, later: readonly LineGroup[]): boolean {
  const words = contentWords(group.text);
  if (words.size < 4) return false;
  return later.some((other) => {
    const otherWords = contentWords(other.text);
    let shared = 0;
    for (const word of words) if (otherWords.has(word)) shared++;
    return shared / words.size >= STANDFIRST_OVERLAP;
  });
}

function isQuestion(text: string): boolean {
  return /\?["'”’]*$/.test(text);
}

/**
 * Classifies each group of lines, as an ordered list of rules where the first match wins:
 * page furniture and related links by pattern, the value line of a footer label, the headline
 * (first line, not a finished sentence), a standfirst (the first paragraph restated later),
 * short unfinished lines as subheadings (title case or a question) or photo captions, and
 * everything else as body.
 */
export function classifyGroups(groups: readonly LineGroup[]): BlockKind[] {
  const kinds: BlockKind[] = [];
  let seenContent = false;
  let seenBody = false;
  groups.forEach((group, index) => {
    const previousKind = kinds[index - 1];
    const previous = groups[index - 1];
    const kind = ((): BlockKind => {
      if (matchLinePattern(BOILERPLATE_PATTERNS, group.text, group.words, group.finished)) return 'boilerplate';
      if (matchLinePattern(RELATED_LINK_PATTERNS, group.text, group.words, group.finished)) return 'related-link';
      if (
        previousKind === 'boilerplate' &&
        previous &&
        LABEL_LINE.test(previous.text) &&
        group.words <= 4 &&
        !group.finished
      ) {
        return 'boilerplate';
      }
      if (!seenContent) {
        if ((!group.finished || isQuestion(group.text)) && group.words <= MAX_HEADLINE_WORDS) return 'headline';
      }
      if (!seenBody && group.finished && isRestatedLater(group, groups.slice(index + 1))) return 'standfirst';
      if (seenContent && group.words <= MAX_SHORT_LINE_WORDS && (!group.finished || isQuestion(group.text))) {
        return isTitleCase(group.text) || isQuestion(group.text) ? 'subheading' : 'caption';
      }
      return 'body';
    })();
    if (kind !== 'boilerplate' && kind !== 'related-link') seenContent = true;
    if (kind === 'body') seenBody = true;
    kinds.push(kind);
  });
  return kinds;
}

/**
 * A dateline at the start of a report's first body paragraph: an upper-case place, optional
 * region, agency or date in brackets, then a dash ("BEIRUT —", "WASHINGTON (Reuters) -",
 * "HENRY COUNTY, Ind. (Aug. 28, 2015) –"), following wire-service style.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,3})(?:,\s*[\p{L}.'’ ]{1,30}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|--|-)(?=\s+\S)/u;

/** Returns the length of a dateline prefix at the start of the text, or 0. */
export function matchDateline(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  const place = /^\p{Lu}[\p{Lu}'’.\-]+/u.exec(match[0]);
  // A single capital letter or a two-letter word ("A -", "US -") is too weak to call a dateline.
  return place && place[0].replace(/[^\p{Lu}]/gu, '').length >= 3 ? match[0].length : 0;
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
