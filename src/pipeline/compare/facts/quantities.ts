/**
 * The quantities of a sentence as the comparison needs them: each quantity the one quantity reader finds
 * (`text/quantities.ts`: counts, measures, money, percentages, fractions, durations, as value ranges in a
 * base unit) with what it counts (noun) and, for casualty-style figures, the role of the counted (killed,
 * injured, displaced …), so that only like is compared with like.
 */
import { type ScanToken, scanTokens, wordAt } from '../../text/scan-tokens.ts';
import { readQuantities, type StatedQuantity } from '../../text/quantities.ts';
import { isCompactStopWord, stemWord, tokenizeWords } from '../../text/index.ts';
import { DEFAULT_SETTINGS } from '../../settings.ts';
import { rememberSentenceFacts } from '../../text/sentence-memo.ts';

/** What happened to the people or things counted; only figures with the same role are compared. */
export type Role = 'killed' | 'injured' | 'casualties' | 'displaced' | 'detained' | 'freed' | 'missing';

/** One quantity found in a text, with what it counts. */
export interface Quantity extends StatedQuantity {
  /** Stem of the counted noun ("people" → "peopl"), and its text. */
  readonly noun: string | undefined;
  readonly nounText: string | undefined;
  readonly role: Role | undefined;
  /** The word that gave the role, exactly as written ("killed", "deaths"). */
  readonly roleText: string | undefined;
  /** A sub-count introduced by "including", "among them", "of whom". */
  readonly part: boolean;
  /**
   * For distances, the place they are measured from, lower case ("detroit" in "15 miles north of
   * Detroit", "here" in "50 miles north of here"); undefined when the text names none.
   */
  readonly anchor?: string | undefined;
}

/** Words that give a counted figure its role (verbs, participles, nouns), from casualty reporting. */
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map(
  (
    [
      ['killed kill kills killing dead death deaths died die dies dying fatalities fatality lives', 'killed'],
      ['injured injuring injure wounded wounding hurt injuries injury', 'injured'],
      ['casualties casualty', 'casualties'],
      ['displaced displacing fled fleeing flee flees evacuated refugees homeless uprooted', 'displaced'],
      ['detained detaining detain arrested arresting arrest jailed imprisoned detainees detainee prisoners prisoner', 'detained'],
      ['freed freeing free released releasing', 'freed'],
      ['missing disappeared', 'missing'],
    ] as const
  ).flatMap(([words, role]) => words.split(' ').map((word): [string, Role] => [word, role])),
);

/** Nouns that only say "people", compatible with any more specific person noun of the same role. */
const GENERIC_PEOPLE = new Set(['peopl', 'person', 'individu', 'human']);

/** Words that introduce a sub-count of a figure already given. */
const PART_MARKERS = [['including'], ['among', 'them'], ['of', 'whom'], ['of', 'which'], ['among', 'whom']];

interface NounMatch {
  readonly stem: string;
  readonly text: string;
  readonly to: number;
}

/** Counted noun after a figure: "826 people", "tens of thousands of people", "two thirds of the city". */
function readNoun(tokens: readonly ScanToken[], index: number): NounMatch | undefined {
  let cursor = index;
  if (wordAt(tokens, cursor) === 'of') {
    cursor += 1;
    if (['the', 'these', 'those', 'its', 'their', 'his', 'her'].includes(wordAt(tokens, cursor) ?? '')) cursor += 1;
  }
  let head: ScanToken | undefined;
  let headIndex = cursor;
  for (let taken = 0; taken < 3; taken += 1) {
    const token = tokens[cursor];
    if (token?.kind !== 'word' || isCompactStopWord(token.lower) || /ly$/.test(token.lower)) break;
    const role = ROLE_WORDS.get(token.lower);
    if (role !== undefined && /(ed|ing)$/.test(token.lower)) break; // a participle, not a noun
    head = token;
    headIndex = cursor;
    cursor += 1;
    if (role !== undefined) break;
  }
  if (head === undefined) return undefined;
  const bare = head.lower.replace(/'s$/, '');
  if (/(ing|ed)$/.test(bare) && !ROLE_WORDS.has(bare)) return undefined;
  return { stem: stemWord(bare), text: head.text, to: headIndex + 1 };
}

/** Role of a figure: a role verb just before it, else its noun, else a role word shortly after it. */
function readRole(
  tokens: readonly ScanToken[],
  from: number,
  to: number,
  noun: NounMatch | undefined,
): { role: Role; text: string } | undefined {
  for (let index = from - 1; index >= Math.max(0, from - 3); index -= 1) {
    const token = tokens[index];
    if (token === undefined || (token.kind === 'symbol' && token.text !== '-')) break;
    const role = token.kind === 'word' ? ROLE_WORDS.get(token.lower) : undefined;
    if (role !== undefined && /(ed|ing)$/.test(token.lower)) return { role, text: token.text };
  }
  if (noun !== undefined) {
    const role = ROLE_WORDS.get(noun.text.toLowerCase());
    if (role !== undefined) return { role, text: noun.text };
  }
  let words = 0;
  for (let index = to; index < tokens.length && words < 12; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'symbol') {
      if (/^[.;:!?(—–]$/.test(token.text)) break;
      continue;
    }
    words += 1;
    const role = token.kind === 'word' ? ROLE_WORDS.get(token.lower) : undefined;
    if (role !== undefined) return { role, text: token.text };
  }
  return undefined;
}

function isPart(tokens: readonly ScanToken[], from: number): boolean {
  return PART_MARKERS.some((marker) =>
    marker.every((word, offset) => wordAt(tokens, from - marker.length + offset) === word),
  );
}

/** Words between a distance and the place it is measured from ("40 km north of", "3 miles away from"). */
const DIRECTIONS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west northern southern eastern western away outside inland offshore off short'.split(' '),
);
const ANCHOR_STOPS = new Set('the a an central downtown'.split(' '));

/** The place a distance is measured from: "[direction] of|from <up to three words>", determiners left out. */
function readAnchor(tokens: readonly ScanToken[], index: number): string | undefined {
  let cursor = index;
  while (DIRECTIONS.has(wordAt(tokens, cursor) ?? '') || tokens[cursor]?.text === '-') cursor += 1;
  const preposition = wordAt(tokens, cursor);
  if (preposition !== 'of' && preposition !== 'from') return undefined;
  const words: string[] = [];
  for (cursor += 1; cursor < tokens.length && words.length < 3; cursor += 1) {
    const word = wordAt(tokens, cursor);
    if (word === undefined) break;
    if (ANCHOR_STOPS.has(word)) continue;
    if (isCompactStopWord(word) && word !== 'here') break;
    words.push(word);
  }
  return words.length === 0 ? undefined : words.join(' ');
}

/**
 * Finds every quantity in `text`. Each comes with its exact text and offsets, its dimension and base-unit
 * range, and for counts the counted noun and role, so that only like is compared with like. Read once per
 * sentence text (`text/sentence-memo.ts`).
 */
export const extractQuantities: (text: string) => Quantity[] = rememberSentenceFacts(readSentenceQuantities);

function readSentenceQuantities(text: string): Quantity[] {
  const tokens = scanTokens(text);
  return readQuantities(text, tokens).map(({ quantity, from, to }) => {
    const counted =
      quantity.dimension === 'count' || quantity.dimension === 'ratio'
        ? readNoun(tokens, to)
        : // A sum of a named thing ("$500,000 of airtime"): what was bought or set aside, not what it all costs.
          quantity.dimension.startsWith('money:') && wordAt(tokens, to) === 'of'
          ? readNoun(tokens, to)
          : undefined;
    const roleFound = quantity.dimension === 'count' ? readRole(tokens, from, counted?.to ?? to, counted) : undefined;
    return {
      ...quantity,
      noun: counted?.stem,
      nounText: counted?.text,
      role: roleFound?.role,
      roleText: roleFound?.text,
      part: isPart(tokens, from),
      anchor: quantity.dimension === 'length' ? readAnchor(tokens, to) : undefined,
    };
  });
}

/** Nouns for people that follow an age ("a 45-year-old man"), from common news usage. */
const PERSON_NOUNS = new Set(
  (
    'man men woman women boy boys girl girls child children person people baby teenager teen suspect victim mother father ' +
    'son daughter student pupil soldier officer driver resident journalist worker patient gunman pilot passenger nurse doctor'
  ).split(' '),
);

/**
 * Whether an age is a person's ("a 45-year-old man", "aged 45"): compared as a number. Other ages and
 * durations ("a week-old offensive", "for 40 years") are compared as dates.
 */
export function isPersonAge(quantity: Quantity, text: string): boolean {
  if (!quantity.age) return false;
  if (/\baged\s+$/i.test(text.slice(Math.max(0, quantity.start - 6), quantity.start))) return true;
  // The word right after the age, past spaces and commas only ("a 45-year-old man", "aged 45, woman").
  const rest = text.slice(quantity.end);
  const [next] = tokenizeWords(rest, 'letters');
  return next !== undefined && next.start > 0 && /^[\s,]+$/.test(rest.slice(0, next.start)) && PERSON_NOUNS.has(next.text.toLowerCase());
}

/** Whether a figure's noun says only "people", which any more specific person noun may refine. */
function nounsAgree(a: Quantity, b: Quantity): boolean {
  if (a.noun === undefined || b.noun === undefined) return true;
  if (a.noun === b.noun) return true;
  return GENERIC_PEOPLE.has(a.noun) && GENERIC_PEOPLE.has(b.noun);
}

/**
 * Whether two quantities measure the same kind of thing and may be compared: same dimension; for counts,
 * the same role (killed vs killed) or the same counted noun; sub-counts ("including 222") only with
 * sub-counts. Anything else would compare apples with oranges and raise false alarms.
 */
export function measureSameThing(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension || a.part !== b.part) return false;
  // Distances from different places ("north of Detroit" / "north of here") measure different things.
  if (a.anchor !== undefined && b.anchor !== undefined && !sharesWord(a.anchor, b.anchor)) return false;
  if (a.dimension === 'count') {
    if (a.role !== undefined && b.role !== undefined) return a.role === b.role && nounsAgree(a, b);
    if (a.role !== undefined || b.role !== undefined) return false;
    return a.noun !== undefined && a.noun === b.noun;
  }
  if (a.dimension === 'ratio') return nounsAgree(a, b);
  // A sum of a named thing ("$500,000 of airtime" reserved) is compared only with sums of that thing, not
  // with a total cost ("costing the group $1 million"): two measures (BASIL, issue #16 review).
  if (a.dimension.startsWith('money:')) return a.noun === b.noun;
  return true;
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((word) => words.has(word));
}

function close(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Whether two quantities give the same figure, ignoring hedges: "15" = "fifteen", "40 km" ≈ "25 miles",
 * "at least 15" = "15" (reports drop "at least" routinely), "tens of thousands" = "tens of thousands".
 * Figures in different units may differ by the relative `conversionTolerance` (`CompareSettings`).
 */
export function sameFigure(
  a: Quantity,
  b: Quantity,
  conversionTolerance: number = DEFAULT_SETTINGS.compare.conversionTolerance,
): boolean {
  if (a.figure === 'magnitude' || b.figure === 'magnitude') {
    return a.figure === b.figure && a.stated === b.stated && a.statedHigh === b.statedHigh;
  }
  const sameUnit = a.unit?.symbol === b.unit?.symbol;
  const tolerance = sameUnit ? 1e-9 : conversionTolerance;
  const factorA = a.unit?.factor ?? 1;
  const factorB = b.unit?.factor ?? 1;
  if (a.range !== b.range) return false;
  return close(a.stated * factorA, b.stated * factorB, tolerance) && close(a.statedHigh * factorA, b.statedHigh * factorB, tolerance);
}

/**
 * Whether both quantities can be true at once: their implied ranges overlap, allowing for rounding
 * (`conversionTolerance`) when the units differ. "12 killed" and "at least 15 dead" cannot; "over 10,000" and "tens of thousands" can.
 */
export function rangesOverlap(
  a: Quantity,
  b: Quantity,
  conversionTolerance: number = DEFAULT_SETTINGS.compare.conversionTolerance,
): boolean {
  const sameUnit = a.unit?.symbol === b.unit?.symbol;
  const slack = sameUnit ? 0 : conversionTolerance;
  return a.low <= b.high * (1 + slack) && b.low <= a.high * (1 + slack);
}
