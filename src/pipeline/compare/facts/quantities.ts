/**
 * Finds the quantities in a sentence — counts, measures, money, percentages, fractions, durations — and
 * normalises each to a value range in a base unit, with what it counts (noun) and, for casualty-style
 * figures, the role of the counted (killed, injured, displaced …). Years, dates, clock times, ordinals
 * and numbers inside names ("Covid-19") are not quantities.
 */
import { type Figure, type FigureKind, type ScanToken, readFigure, scanTokens } from './number-words.ts';
import { CURRENCY_SIGNS, type Dimension, lookUpUnit, type UnitDefinition } from './measurement-units.ts';
import { isStopWord } from '../words/words.ts';
import { stemWord } from '../words/word-stem.ts';
import { DEFAULT_SETTINGS } from '../../settings.ts';

/** How the report hedges a figure. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'between';

/** What happened to the people or things counted; only figures with the same role are compared. */
export type Role = 'killed' | 'injured' | 'casualties' | 'displaced' | 'detained' | 'freed' | 'missing';

/** One quantity found in a text. All numbers are in the base unit of `dimension` (see units.ts). */
export interface Quantity {
  /** Exact text of the quantity (qualifier, figure, unit), `text.slice(start, end)` of the input. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly figure: FigureKind;
  readonly dimension: Dimension;
  /** Unit symbol for display ("km", "miles", "%"); undefined for plain counts. */
  readonly unit: UnitDefinition | undefined;
  /** The figure as written, in its own unit (low end of a range). */
  readonly stated: number;
  /** High end of a range as written; equals `stated` otherwise. */
  readonly statedHigh: number;
  /** Range implied by the figure and its qualifier, in base units (`Infinity` for "at least"). */
  readonly low: number;
  readonly high: number;
  readonly qualifier: Qualifier;
  readonly range: boolean;
  /** "40-year-old", "week-old": an age, which is at least N and under N+1 units. */
  readonly age: boolean;
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

/** Hedges before a figure, longest first so "well over" wins over "over". */
const QUALIFIERS: readonly { readonly words: readonly string[]; readonly qualifier: Qualifier }[] = (
  [
    ['no fewer than', 'at-least'],
    ['no less than', 'at-least'],
    ['a minimum of', 'at-least'],
    ['at least', 'at-least'],
    ['more than', 'more-than'],
    ['greater than', 'more-than'],
    ['upwards of', 'more-than'],
    ['in excess of', 'more-than'],
    ['well over', 'more-than'],
    ['well above', 'more-than'],
    ['just over', 'more-than'],
    ['over', 'more-than'],
    ['above', 'more-than'],
    ['no more than', 'at-most'],
    ['a maximum of', 'at-most'],
    ['as many as', 'at-most'],
    ['up to', 'at-most'],
    ['at most', 'at-most'],
    ['less than', 'less-than'],
    ['fewer than', 'less-than'],
    ['just under', 'less-than'],
    ['under', 'less-than'],
    ['below', 'less-than'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['an estimated', 'about'],
    ['approximately', 'about'],
    ['roughly', 'about'],
    ['around', 'about'],
    ['about', 'about'],
    ['some', 'about'],
    ['circa', 'about'],
    ['between', 'between'],
  ] as const
)
  .map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier }))
  .sort((a, b) => b.words.length - a.words.length);

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

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Words that introduce a sub-count of a figure already given. */
const PART_MARKERS = [['including'], ['among', 'them'], ['of', 'whom'], ['of', 'which'], ['among', 'whom']];

function wordAt(tokens: readonly ScanToken[], index: number): string | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token.lower : undefined;
}

function matchQualifier(tokens: readonly ScanToken[], index: number): { qualifier: Qualifier; length: number } {
  for (const entry of QUALIFIERS) {
    if (entry.words.every((word, offset) => wordAt(tokens, index + offset) === word)) {
      return { qualifier: entry.qualifier, length: entry.words.length };
    }
  }
  return { qualifier: 'exact', length: 0 };
}

function readCurrency(tokens: readonly ScanToken[], index: number): { code: string; length: number } | undefined {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token?.kind === 'word' && /^(us|a|c|nz|hk)$/.test(token.lower) && next?.text === '$' && next.joined) {
    return { code: token.lower === 'us' ? 'USD' : `${token.text.toUpperCase()}D`, length: 2 };
  }
  const code = token === undefined ? undefined : CURRENCY_SIGNS.get(token.text);
  return code === undefined ? undefined : { code, length: 1 };
}

/** A numeral glued to a word ("Covid-19", "F-35", "G7") is part of a name, not a quantity. */
function isPartOfName(tokens: readonly ScanToken[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token === undefined || !token.joined || previous === undefined) return false;
  if (previous.kind === 'word') return true;
  return previous.text === '-' && previous.joined && tokens[index - 2]?.kind === 'word';
}

/** Bare four-digit numbers from 1000 to 2100 are years unless a plural noun follows ("1500 people"). */
function isYear(tokens: readonly ScanToken[], figure: Figure): boolean {
  const token = tokens[figure.from];
  if (token === undefined || figure.to !== figure.from + 1 || !/^\d{4}$/.test(token.text)) return false;
  if (figure.value < 1000 || figure.value > 2100) return false;
  const next = tokens[figure.to];
  if (next?.kind === 'word' && next.joined) return true; // "1980s"
  const word = next?.kind === 'word' ? next.lower : '';
  const plural = /[^s']s$/.test(word) || ['people', 'men', 'women', 'children', 'police', 'staff'].includes(word);
  return !plural;
}

/** Day of month ("5 December", "December 5"), clock time ("3 p.m.", "14:30") or ordinal ("3rd"). */
function isDatePartOrTime(tokens: readonly ScanToken[], figure: Figure): boolean {
  const token = tokens[figure.from];
  if (token?.kind !== 'number') return false;
  const next = tokens[figure.to];
  const previous = tokens[figure.from - 1];
  if (next?.joined === true && /^(st|nd|rd|th)$/.test(next.lower)) return true;
  if (next?.text === ':' && next.joined && tokens[figure.to + 1]?.kind === 'number') return true;
  if (previous?.text === ':' && previous.joined) return true;
  if (next !== undefined && /^(a\.m\.|p\.m\.|am|pm|gmt|utc)$/.test(next.lower)) return true;
  if (next !== undefined && MONTHS.has(next.lower.replace(/\.$/, ''))) return true;
  if (previous !== undefined && MONTHS.has(previous.lower.replace(/\.$/, ''))) return true;
  return false;
}

interface UnitMatch {
  readonly unit: UnitDefinition;
  readonly to: number;
  readonly age: boolean;
}

/** Unit after the figure: "%", "40 km", "40km", "30-mile", "40-year-old", "per cent". */
function readUnit(tokens: readonly ScanToken[], index: number): UnitMatch | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  let cursor = index;
  if (token.text === '-' && token.joined && tokens[index + 1]?.joined === true) cursor += 1;
  const words = [tokens[cursor], tokens[cursor + 1], tokens[cursor + 2]].map((t) => (t === undefined ? '' : t.lower));
  const found = lookUpUnit(words);
  if (found === undefined) return undefined;
  let to = cursor + found.length;
  let age = false;
  if (found.unit.dimension === 'time') {
    if (tokens[to]?.text === '-' && tokens[to]?.joined && wordAt(tokens, to + 1) === 'old') {
      to += 2;
      age = true;
    } else if (wordAt(tokens, to) === 'old') {
      to += 1;
      age = true;
    }
  }
  return { unit: found.unit, to, age };
}

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
    if (token?.kind !== 'word' || isStopWord(token.lower) || /ly$/.test(token.lower)) break;
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
    if (isStopWord(word) && word !== 'here') break;
    words.push(word);
  }
  return words.length === 0 ? undefined : words.join(' ');
}

/** "a year", "per month", "annually", "an hour" right after a sum of money: the period of a rate. */
function readPeriod(tokens: readonly ScanToken[], index: number): string | undefined {
  const first = wordAt(tokens, index);
  if (first === 'annually' || first === 'yearly') return 'year';
  if (first === 'monthly') return 'month';
  if (first === 'weekly') return 'week';
  if (first !== 'a' && first !== 'an' && first !== 'per' && first !== 'each' && first !== 'every') return undefined;
  const period = wordAt(tokens, index + 1);
  return period !== undefined && ['year', 'month', 'week', 'day', 'hour', 'season', 'game'].includes(period) ? period : undefined;
}

/** Range implied by a figure and its hedge. Plain figures are points; "about" is ±10 % (a common rounding). */
function impliedRange(qualifier: Qualifier, low: number, high: number): [number, number] {
  const tiny = Math.max(1e-9, Math.abs(low) * 1e-9);
  switch (qualifier) {
    case 'about':
      return [low * 0.9, high * 1.1];
    case 'nearly':
      return [low * 0.9, high];
    case 'at-least':
      return [low, Infinity];
    case 'more-than':
      return [low + tiny, Infinity];
    case 'at-most':
      return [0, high];
    case 'less-than':
      return [0, high - tiny];
    default:
      return [low, high];
  }
}

/** Unit-word durations without a figure: "week-old", "a week", "a year-long" → one unit. */
function readBareDuration(
  tokens: readonly ScanToken[],
  index: number,
): { figure: Figure; unit: UnitMatch; article: boolean } | undefined {
  const article = wordAt(tokens, index);
  const hasArticle = article === 'a' || article === 'an';
  const unitIndex = hasArticle ? index + 1 : index;
  const found = lookUpUnit([wordAt(tokens, unitIndex) ?? '']);
  if (found === undefined || found.unit.dimension !== 'time' || /s$/.test(wordAt(tokens, unitIndex) ?? '')) return undefined;
  const hyphen = tokens[unitIndex + 1];
  const suffix = wordAt(tokens, unitIndex + 2);
  const compound = hyphen?.text === '-' && hyphen.joined && (suffix === 'old' || suffix === 'long');
  if (!compound && !hasArticle) return undefined;
  if (!hasArticle && tokens[unitIndex]?.joined === true) return undefined;
  const to = compound ? unitIndex + 3 : unitIndex + 1;
  // In "a week-old advance" the article belongs to the noun, not to the duration.
  const from = compound ? unitIndex : index;
  const figure: Figure = { kind: 'number', value: 1, low: 1, high: 1, from, to: unitIndex, weak: false };
  return { figure, unit: { unit: found.unit, to, age: compound && suffix === 'old' }, article: hasArticle && !compound };
}

/**
 * Finds every quantity in `text`. Each comes with its exact text and offsets, its dimension and base-unit
 * range, and for counts the counted noun and role, so that only like is compared with like.
 */
export function extractQuantities(text: string): Quantity[] {
  const tokens = scanTokens(text);
  const quantities: Quantity[] = [];
  let index = 0;
  while (index < tokens.length) {
    const found = readQuantityAt(text, tokens, index);
    if (found === undefined) {
      index += 1;
      continue;
    }
    quantities.push(found.quantity);
    index = found.next;
  }
  return quantities;
}

function readQuantityAt(
  text: string,
  tokens: readonly ScanToken[],
  start: number,
): { quantity: Quantity; next: number } | undefined {
  // A token glued to a preceding word or word-hyphen ("Covid-19", "pro-2011") starts no quantity.
  if (tokens[start]?.joined === true && isPartOfName(tokens, start)) return undefined;
  const { qualifier, length } = matchQualifier(tokens, start);
  let cursor = start + length;
  const currency = readCurrency(tokens, cursor);
  if (currency !== undefined) cursor += currency.length;
  let figure = readFigure(tokens, cursor, currency !== undefined);
  let unitMatch: UnitMatch | undefined;
  let articleDuration = false;
  if (figure === undefined) {
    if (currency !== undefined) return undefined;
    const bare = readBareDuration(tokens, cursor);
    if (bare === undefined) return undefined;
    figure = bare.figure;
    unitMatch = bare.unit;
    articleDuration = bare.article;
  }
  if (figure.kind === 'number' && tokens[figure.from]?.kind === 'number' && isPartOfName(tokens, figure.from) && currency === undefined) {
    return undefined;
  }
  let last = figure;
  let range = false;
  const joiner = tokens[figure.to];
  if (unitMatch === undefined && joiner !== undefined) {
    const isDash = joiner.text === '-' || joiner.text === '–';
    const isTo = joiner.lower === 'to' || (qualifier === 'between' && joiner.lower === 'and');
    if (isDash || isTo) {
      const second = readFigure(tokens, figure.to + 1, currency !== undefined);
      if (second !== undefined && second.kind === figure.kind && second.value > figure.value) {
        last = second;
        range = true;
      }
    }
  }
  if (qualifier === 'between' && !range) return undefined;
  if (unitMatch === undefined) {
    unitMatch =
      tokens[last.to]?.text === '%' && tokens[last.to]?.joined
        ? { unit: { symbol: '%', dimension: 'ratio', factor: 0.01 }, to: last.to + 1, age: false }
        : readUnit(tokens, last.to);
  }
  // "aged 45": an age in years without the word "years".
  if (unitMatch === undefined && wordAt(tokens, start - 1) === 'aged' && length === 0 && currency === undefined) {
    const years = lookUpUnit(['years']);
    if (years !== undefined) unitMatch = { unit: years.unit, to: last.to, age: true };
  }
  if (figure.weak && unitMatch === undefined) return undefined;
  if (currency === undefined && unitMatch === undefined && (isYear(tokens, figure) || isDatePartOrTime(tokens, figure))) {
    return undefined;
  }
  const unit: UnitDefinition | undefined =
    currency !== undefined
      ? { symbol: currency.code === 'USD' ? '$' : currency.code, dimension: `money:${currency.code}`, factor: 1 }
      : unitMatch?.unit;
  const end = unitMatch?.to ?? last.to;
  const period = unit?.dimension.startsWith('money:') === true ? readPeriod(tokens, end) : undefined;
  // "$4 million a year" is a rate, not a sum: it is only compared with other rates of the same period.
  const dimension: Dimension =
    period !== undefined && unit !== undefined ? `${unit.dimension}/${period}` as Dimension : unit?.dimension ?? (figure.kind === 'fraction' ? 'ratio' : 'count');
  const factor = unit?.factor ?? 1;
  const counted = dimension === 'count' || dimension === 'ratio' ? readNoun(tokens, end) : undefined;
  const roleFound = dimension === 'count' ? readRole(tokens, start, counted?.to ?? end, counted) : undefined;
  const age = unitMatch?.age ?? false;
  let [low, high] = impliedRange(qualifier, figure.low * factor, last.high * factor);
  // An age of N units is at least N and under N+1; "a week" is loose (observed: "in a week" for 8 days).
  if (age) high = (last.high + 1) * factor - 1e-9;
  else if (articleDuration) [low, high] = [0.75 * factor, 1.5 * factor];
  const firstToken = tokens[length > 0 || currency !== undefined ? start : figure.from];
  const lastToken = tokens[end - 1];
  if (firstToken === undefined || lastToken === undefined) return undefined;
  return {
    next: end,
    quantity: {
      text: text.slice(firstToken.start, lastToken.end),
      start: firstToken.start,
      end: lastToken.end,
      figure: figure.kind,
      dimension,
      unit,
      stated: figure.value,
      statedHigh: last.value,
      low,
      high,
      qualifier,
      range,
      age,
      noun: counted?.stem,
      nounText: counted?.text,
      role: roleFound?.role,
      roleText: roleFound?.text,
      part: isPart(tokens, start),
      anchor: dimension === 'length' ? readAnchor(tokens, end) : undefined,
    },
  };
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
  const next = /^[\s,]+([\p{L}]+)/u.exec(text.slice(quantity.end));
  return next?.[1] !== undefined && PERSON_NOUNS.has(next[1].toLowerCase());
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
