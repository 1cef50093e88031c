/**
 * The one quantity reader: a figure with what makes it a measure — its hedge ("at least", "about"), its
 * currency, its range ("15 to 20"), its unit ("40 km", "40km", "30-mile", "per cent") or age
 * ("40-year-old") — normalised to a value range in a base unit. Years, dates, clock times, ordinals and
 * numbers inside names ("Covid-19") are not quantities. What a quantity counts (its noun and role) is the
 * compare stage's business (`compare/facts/quantities.ts`).
 */
import { FIGURE_HEDGES, type Qualifier } from '../lexicon/en/numbers.ts';
import { CURRENCY_SIGNS, lookUpUnit } from '../lexicon/en/units.ts';
import type { Dimension, UnitDefinition } from '../lexicon/units.ts';
import { type Figure, type FigureKind, readFigure } from './numbers.ts';
import { type ScanToken, scanTokens, wordAt } from './scan-tokens.ts';

export type { Qualifier } from '../lexicon/en/numbers.ts';

/** One quantity read from a text. All numbers are in the base unit of `dimension` (`lexicon/units.ts`). */
export interface StatedQuantity {
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
}

/** A quantity and the scanner tokens `[from, to)` it was read from, hedge and unit included. */
export interface QuantityReading {
  readonly quantity: StatedQuantity;
  readonly from: number;
  readonly to: number;
}

/** Hedges before a figure, longest first so "well over" wins over "over". */
const QUALIFIERS: readonly { readonly words: readonly string[]; readonly qualifier: Qualifier }[] = FIGURE_HEDGES.map(
  ([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier }),
).sort((a, b) => b.words.length - a.words.length);

// Month names and abbreviations, after and before a day of the month ("5 December", "Dec. 5").
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** The longest hedge starting at token `index`, or `exact` when none does. */
function matchQualifier(tokens: readonly ScanToken[], index: number): { qualifier: Qualifier; length: number } {
  for (const entry of QUALIFIERS) {
    if (entry.words.every((word, offset) => wordAt(tokens, index + offset) === word)) {
      return { qualifier: entry.qualifier, length: entry.words.length };
    }
  }
  return { qualifier: 'exact', length: 0 };
}

/** A currency sign at token `index` ("$", "€"), or a country prefix and dollar sign ("US$", "A$"). */
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
 * Reads every quantity of a text from its scanner tokens (default `scanTokens(text)`), in text order, each with
 * the tokens it was read from so that callers can read on from there (what it counts, where from).
 */
export function readQuantities(text: string, tokens: readonly ScanToken[] = scanTokens(text)): QuantityReading[] {
  const readings: QuantityReading[] = [];
  let index = 0;
  while (index < tokens.length) {
    const found = readQuantityAt(text, tokens, index);
    if (found === undefined) {
      index += 1;
      continue;
    }
    readings.push(found);
    index = found.to;
  }
  return readings;
}

/** Reads the quantity that starts at token `start` (its hedge, if any), or undefined when none does. */
function readQuantityAt(text: string, tokens: readonly ScanToken[], start: number): QuantityReading | undefined {
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
  const age = unitMatch?.age ?? false;
  let [low, high] = impliedRange(qualifier, figure.low * factor, last.high * factor);
  // An age of N units is at least N and under N+1; "a week" is loose (observed: "in a week" for 8 days).
  if (age) high = (last.high + 1) * factor - 1e-9;
  else if (articleDuration) [low, high] = [0.75 * factor, 1.5 * factor];
  const firstToken = tokens[length > 0 || currency !== undefined ? start : figure.from];
  const lastToken = tokens[end - 1];
  if (firstToken === undefined || lastToken === undefined) return undefined;
  return {
    from: start,
    to: end,
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
    },
  };
}

