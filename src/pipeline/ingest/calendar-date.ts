/**
 * Checks the dates `story.yaml` gives. `Date.parse` is no check: V8 takes any day up to 31 and rolls
 * it over (`2024-02-30` and `2023-02-29` become 1 March, `2024-04-31` 1 May), so year, month and day
 * are compared with the Gregorian calendar here.
 */
import { capitalise, MONTHS } from '../lexicon/en/calendar.ts';

/** Month names as an error message writes them ("February 2023 has days 01 to 28"). */
const MONTH_NAMES: readonly string[] = MONTHS.map(capitalise);

/** True for a leap year of the (proleptic) Gregorian calendar: 2024 and 2000, not 2023 or 1900. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year, month (1–12) and day name a real day: 2024-02-29 does, 2023-02-29 and 2024-04-31 do not. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The forms `story.yaml` accepts: a date (`2024-12-05`), or a date and a time of at least hours and
 * minutes with an optional zone (`2024-12-05T14:00`, `2024-12-05 14:00:30.5+01:00`, `…Z`): the
 * ISO 8601 profile that JSON-LD readers and `Date.parse` both understand.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * Says what is wrong with an ISO date or date-time as `story.yaml` gives it, or returns undefined
 * when it names a real moment. The message is meant to follow the value's key in an error.
 */
export function findIsoDateProblem(value: string): string | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) return 'must be an ISO date such as 2024-12-05 (or a date-time such as 2024-12-05T14:00:00Z)';
  const [, y = '', m = '', d = '', hours, minutes, seconds, zoneHours, zoneMinutes] = match;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (month < 1 || month > 12) return `${value.slice(0, 10)} is not a real calendar date: there is no month ${m}`;
  if (!isCalendarDate(year, month, day)) {
    const last = daysInMonth(year, month);
    return `${value.slice(0, 10)} is not a real calendar date: ${MONTH_NAMES[month - 1]} ${y} has days 01 to ${last}`;
  }
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59))) {
    return `${value} has a time of day that does not exist (hours run 00–23, minutes and seconds 00–59)`;
  }
  if (zoneHours !== undefined && (Number(zoneHours) > 14 || Number(zoneMinutes) > 59)) {
    return 'has a time zone offset that does not exist (offsets run from -12:00 to +14:00)';
  }
  return undefined;
}
