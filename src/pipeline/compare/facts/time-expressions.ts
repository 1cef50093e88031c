/**
 * Finds when things happened: weekdays, dates, years, decades, clock times, relative expressions
 * ("yesterday", "last week", "13 years ago") and durations ("eight days", "week-old"), and turns points
 * into day ranges. Relative expressions are only resolved against a report's own publication date.
 */
import { capitalise, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lexicon/en/calendar.ts';
import { extractQuantities, type Quantity } from './quantities.ts';
import { rememberSentenceFacts } from '../../text/sentence-memo.ts';

/** How fine a point in time is. */
export type Granularity = 'time-of-day' | 'day' | 'week' | 'month' | 'year' | 'decade';

/** A point in time as written. */
export interface TimePoint {
  readonly kind: 'point';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly granularity: Granularity;
  /** `absolute`: a calendar date or year; `weekday`: a day name; `relative`: needs the report's date. */
  readonly anchor: 'absolute' | 'weekday' | 'relative';
  /** Absolute points: first and last day, as days since 1970-01-01 (UTC). */
  readonly days: readonly [number, number] | undefined;
  /** Weekday points: 0 = Sunday … 6 = Saturday. */
  readonly weekday: number | undefined;
  /** Relative points: how far from the publication date, in `unit`s (negative = before); ± `spread`. */
  readonly offset: { readonly unit: 'day' | 'week' | 'month' | 'year'; readonly amount: number; readonly spread: number } | undefined;
  /** A month (0-based) and day written without a year ("December 5"), resolved against the publication year. */
  readonly monthDay: { readonly month: number; readonly day: number } | undefined;
  /** Clock time in minutes after midnight, and its time zone word if any. */
  readonly minutes: number | undefined;
  readonly zone: string | undefined;
  /**
   * Clock times: how many minutes either side the written time may stand for. "7:01 p.m." is exact (0);
   * "around 8:30 p.m." may be a quarter of an hour off (15); a whole hour ("7 p.m.", "about 7 p.m.") may
   * stand for any time within half an hour of it (29), so "7 p.m." and "7:01 p.m." differ only in precision.
   */
  readonly clockSlack?: number | undefined;
  /** "by Wednesday", "before 2011", "until last week": a limit, not the date of the event itself. */
  readonly bound: boolean;
}

/** A length of time ("eight days", "week-old", "for 40 years"). */
export interface TimeSpan {
  readonly kind: 'duration';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
}

/** Any time expression. */
export type TimeExpression = TimePoint | TimeSpan;

// Month names and abbreviations, as one list per month (`lexicon/en/calendar.ts`).
const MONTH_NAMES: readonly (readonly string[])[] = MONTHS.map((month, index) => [month, ...(MONTH_ABBREVIATIONS[index] ?? [])]);
// A month as dates write it: the capitalised name, or the capitalised abbreviation with its full stop.
const MONTH_PATTERN = `(${[...MONTHS.map(capitalise), ...MONTH_ABBREVIATIONS.flat().map((abbreviation) => `${capitalise(abbreviation)}\\.`)].join('|')})`;
// A capitalised day name, not a plural ("Sundays").
const WEEKDAY_NAME = new RegExp(`\\b(${WEEKDAYS.map(capitalise).join('|')})\\b(?!s)`, 'g');

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((names) => names.includes(key));
}

/** Days since 1970-01-01 of a UTC calendar date; month is 0-based and may overflow (as `Date.UTC`). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month, day) / 86_400_000);
}

/** Words before a point that make it a limit rather than the date of the event. */
const BOUND_WORDS = /\b(?:by|before|until|till|after|through|ahead of)\s+(?:the\s+)?(?:last\s+|this\s+|next\s+)?$/i;

function basePoint(
  match: { index: number; 0: string },
  text: string,
  fields: Partial<Omit<TimePoint, 'kind' | 'text' | 'start' | 'end' | 'bound'>> & Pick<TimePoint, 'granularity' | 'anchor'>,
  valueStart = match.index,
  valueText = match[0],
): TimePoint {
  return {
    kind: 'point',
    text: valueText,
    start: valueStart,
    end: valueStart + valueText.length,
    granularity: fields.granularity,
    anchor: fields.anchor,
    days: fields.days,
    weekday: fields.weekday,
    offset: fields.offset,
    monthDay: fields.monthDay,
    minutes: fields.minutes,
    zone: fields.zone,
    clockSlack: fields.clockSlack,
    bound: BOUND_WORDS.test(text.slice(Math.max(0, valueStart - 20), valueStart)),
  };
}

function findDates(text: string): TimePoint[] {
  const points: TimePoint[] = [];
  const monthDay = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
  for (const match of text.matchAll(monthDay)) {
    const month = monthIndex(match[1] ?? '');
    const day = Number(match[2]);
    const year = match[3] === undefined ? undefined : Number(match[3]);
    points.push(dateOrRelative(match, text, month, day, year));
  }
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}(?:,?\\s+(\\d{4})\\b)?`, 'g');
  for (const match of text.matchAll(dayMonth)) {
    const day = Number(match[1]);
    const month = monthIndex(match[2] ?? '');
    const year = match[3] === undefined ? undefined : Number(match[3]);
    points.push(dateOrRelative(match, text, month, day, year));
  }
  const monthYear = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{4})\\b`, 'g');
  for (const match of text.matchAll(monthYear)) {
    const month = monthIndex(match[1] ?? '');
    const year = Number(match[2]);
    points.push(
      basePoint(match, text, { granularity: 'month', anchor: 'absolute', days: [dayNumber(year, month, 1), dayNumber(year, month + 1, 0)] }),
    );
  }
  return points;
}

function dateOrRelative(
  match: RegExpExecArray | RegExpMatchArray,
  text: string,
  month: number,
  day: number,
  year: number | undefined,
): TimePoint {
  const at = { index: match.index ?? 0, 0: match[0] };
  if (year !== undefined) {
    const days = dayNumber(year, month, day);
    return basePoint(at, text, { granularity: 'day', anchor: 'absolute', days: [days, days] });
  }
  return basePoint(at, text, { granularity: 'day', anchor: 'relative', monthDay: { month, day } });
}

function findYearsAndDecades(text: string): TimePoint[] {
  const points: TimePoint[] = [];
  for (const match of text.matchAll(/\b(1[5-9]\d0|20\d0)s\b/g)) {
    const decade = Number(match[1]);
    points.push(
      basePoint(match, text, { granularity: 'decade', anchor: 'absolute', days: [dayNumber(decade, 0, 1), dayNumber(decade + 10, 0, 0)] }),
    );
  }
  // Four-digit years from 1500 to 2099 that are not counts ("1500 people") or parts of larger numbers.
  for (const match of text.matchAll(/(?<![\d,.$€£-])\b(1[5-9]\d\d|20\d\d)\b(?!\d|,\d|s\b|\s+(?:people|men|women|children|troops|police|[a-z]*[^s’'\s]s)\b)/g)) {
    const year = Number(match[1]);
    points.push(basePoint(match, text, { granularity: 'year', anchor: 'absolute', days: [dayNumber(year, 0, 1), dayNumber(year, 11, 31)] }));
  }
  return points;
}

function findWeekdays(text: string): TimePoint[] {
  const points: TimePoint[] = [];
  for (const match of text.matchAll(WEEKDAY_NAME)) {
    const before = text.slice(Math.max(0, match.index - 6), match.index);
    if (/\bnext\s+$/i.test(before)) continue; // the future week is too ambiguous to date
    points.push(basePoint(match, text, { granularity: 'day', anchor: 'weekday', weekday: WEEKDAYS.indexOf((match[1] ?? '').toLowerCase()) }));
  }
  return points;
}

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['yesterday', -1],
  ['last night', -1],
  ['tomorrow', 1],
]);

function findRelative(text: string): TimePoint[] {
  const points: TimePoint[] = [];
  for (const match of text.matchAll(/\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi)) {
    const amount = RELATIVE_DAYS.get((match[1] ?? '').toLowerCase()) ?? 0;
    points.push(basePoint(match, text, { granularity: 'day', anchor: 'relative', offset: { unit: 'day', amount, spread: 0 } }));
  }
  for (const match of text.matchAll(/\b(last|this|next|the previous|the prior|the following)\s+(week|month|year)\b/gi)) {
    const which = (match[1] ?? '').toLowerCase();
    const unit = (match[2] ?? 'week').toLowerCase() as 'week' | 'month' | 'year';
    const amount = which === 'this' ? 0 : which === 'next' || which === 'the following' ? 1 : -1;
    points.push(basePoint(match, text, { granularity: unit, anchor: 'relative', offset: { unit, amount, spread: 0 } }));
  }
  return points;
}

/** Hedges right before a clock time: the time is approximate. */
const CLOCK_HEDGE = /\b(?:about|around|approximately|roughly|circa|nearly|almost|shortly (?:after|before)|just (?:after|before)|some time (?:after|before))\s+(?:at\s+)?$/i;

/** Minutes either side a clock time may stand for (see `TimePoint.clockSlack`). */
function clockSlack(text: string, start: number, minutesWritten: boolean): number {
  if (!minutesWritten) return 29;
  return CLOCK_HEDGE.test(text.slice(Math.max(0, start - 30), start)) ? 15 : 0;
}

function findClockTimes(text: string): TimePoint[] {
  const points: TimePoint[] = [];
  const clock = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(GMT|UTC|local time|[A-Z]{2,4}T))?/gi;
  for (const match of text.matchAll(clock)) {
    const hour = Number(match[1]) % 12;
    const pm = (match[3] ?? '').toLowerCase().startsWith('p');
    const minutes = (hour + (pm ? 12 : 0)) * 60 + Number(match[2] ?? 0);
    const slack = clockSlack(text, match.index, match[2] !== undefined);
    points.push(basePoint(match, text, { granularity: 'time-of-day', anchor: 'absolute', minutes, zone: match[4]?.toUpperCase(), clockSlack: slack }));
  }
  for (const match of text.matchAll(/\b(\d{2}):(\d{2})\s*(GMT|UTC|local time|[A-Z]{2,4}T)?\b/g)) {
    const minutes = Number(match[1]) * 60 + Number(match[2]);
    if (Number(match[1]) > 23) continue;
    const slack = clockSlack(text, match.index, true);
    points.push(basePoint(match, text, { granularity: 'time-of-day', anchor: 'absolute', minutes, zone: match[3]?.toUpperCase(), clockSlack: slack }));
  }
  return points;
}

/** Durations, and "N units ago" as points relative to the publication date. */
function findDurations(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const quantity of extractQuantities(text)) {
    if (quantity.dimension !== 'time' || quantity.unit === undefined) continue;
    const after = text.slice(quantity.end, quantity.end + 12);
    if (/^\s+ago\b/i.test(after)) {
      const unit = quantity.unit.factor >= 365 ? 'year' : quantity.unit.factor >= 28 ? 'month' : quantity.unit.factor >= 7 ? 'week' : 'day';
      const perUnit = { day: 1, week: 7, month: 30.436875, year: 365.2425 }[unit];
      const amount = -(quantity.stated * quantity.unit.factor) / perUnit;
      const end = quantity.end + (/^\s+ago/i.exec(after)?.[0].length ?? 0);
      // "13 years ago" is rounded to the unit: ± half a unit.
      found.push(
        basePoint({ index: quantity.start, 0: text.slice(quantity.start, end) }, text, {
          granularity: unit,
          anchor: 'relative',
          offset: { unit, amount, spread: quantity.unit.factor / perUnit / 2 },
        }),
      );
      continue;
    }
    if (/^\s+(?:earlier|later|before|after)\b/i.test(after)) continue; // relative to another event
    found.push({ kind: 'duration', text: quantity.text, start: quantity.start, end: quantity.end, quantity });
  }
  return found;
}

/**
 * Finds every time expression in `text`, in text order; where two overlap ("December 5, 2024" and "2024"),
 * the longer wins. Read once per sentence text (`text/sentence-memo.ts`).
 */
export const extractTimeExpressions: (text: string) => TimeExpression[] = rememberSentenceFacts(readTimeExpressions);

function readTimeExpressions(text: string): TimeExpression[] {
  const all = [...findDates(text), ...findYearsAndDecades(text), ...findWeekdays(text), ...findRelative(text), ...findClockTimes(text), ...findDurations(text)];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimeExpression[] = [];
  for (const expression of all) {
    if (kept.some((other) => expression.start < other.end && expression.end > other.start)) continue;
    kept.push(expression);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Parses an ISO date (`2024-12-05`, optionally with a time) into its UTC day number; undefined if unreadable. */
export function publishedDay(published: string | undefined): number | undefined {
  if (published === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (match === null) return undefined;
  return dayNumber(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function addMonths(day: number, months: number): [number, number] {
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  return [dayNumber(year, month, 1), dayNumber(year, month + 1, 0)];
}

/**
 * First and last day a point can mean, given the report's publication day. Weekdays are the latest such
 * day on or before publication (news copy uses day names for the past week). Undefined when the point
 * needs a date the report does not give, or is a clock time.
 */
export function resolvePoint(point: TimePoint, published: number | undefined): readonly [number, number] | undefined {
  if (point.granularity === 'time-of-day') return undefined;
  if (point.anchor === 'absolute') return point.days;
  if (published === undefined) return undefined;
  if (point.anchor === 'weekday') {
    const weekday = (published + 4) % 7; // 1970-01-01 was a Thursday
    const day = published - ((weekday - (point.weekday ?? 0) + 7) % 7);
    return [day, day];
  }
  if (point.monthDay !== undefined) {
    // A month and day without a year: the one nearest to publication, before or after it. News copy leaves
    // the year out for dates within the coming months as well as the past ones (AP style: no year for the
    // current year); "the Dec. 12 election" in a report of 9 November is that December's (BASIL 2017 story).
    const { month, day: date } = point.monthDay;
    const year = new Date(published * 86_400_000).getUTCFullYear();
    const candidates = [year - 1, year, year + 1].map((candidate) => dayNumber(candidate, month, date));
    const day = candidates.reduce((best, candidate) => (Math.abs(candidate - published) < Math.abs(best - published) ? candidate : best));
    return [day, day];
  }
  const offset = point.offset;
  if (offset === undefined) return undefined;
  const unitDays = { day: 1, week: 7, month: 30.436875, year: 365.2425 }[offset.unit];
  if (offset.spread > 0) {
    const centre = published + offset.amount * unitDays;
    return [Math.floor(centre - offset.spread * unitDays), Math.ceil(centre + offset.spread * unitDays)];
  }
  if (offset.unit === 'day') return [published + offset.amount, published + offset.amount];
  if (offset.unit === 'week') {
    const monday = published - ((published + 3) % 7); // ISO weeks start on Monday
    return [monday + 7 * offset.amount, monday + 7 * offset.amount + 6];
  }
  if (offset.unit === 'month') return addMonths(published, offset.amount);
  const year = new Date(published * 86_400_000).getUTCFullYear() + offset.amount;
  return [dayNumber(year, 0, 1), dayNumber(year, 11, 31)];
}
