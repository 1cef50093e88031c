/**
 * English calendar words: the names of the days and months and their abbreviations. Names follow the
 * Unicode CLDR English (`en`) wide and abbreviated calendar forms; "Sept" (Associated Press Stylebook) and
 * "Tues", "Thur", "Thurs" (common US abbreviations, printed in date stamps of the ECB+ reports, news-dev)
 * are added. Every stage that needs a date word builds its set or pattern from these lists, so a second
 * language adds its own `calendar.ts`.
 */

/** Day names, lower case, in `Date.prototype.getUTCDay` order (Sunday is 0). */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Abbreviations of each day of `WEEKDAYS`, same order. */
export const WEEKDAY_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['sun'],
  ['mon'],
  ['tue', 'tues'],
  ['wed'],
  ['thu', 'thur', 'thurs'],
  ['fri'],
  ['sat'],
];

/** Month names, lower case, January first (index 0, as `Date.UTC` counts months). */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Abbreviations of each month of `MONTHS`, same order; May has none. */
export const MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['jan'],
  ['feb'],
  ['mar'],
  ['apr'],
  [],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sept', 'sep'],
  ['oct'],
  ['nov'],
  ['dec'],
];

/** Every month word, names and abbreviations, lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS.flat()]);

/** Every weekday word, names and abbreviations, lower case. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS.flat()]);

/** Day and month names (not abbreviations), lower case: capitalised words that name no entity. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** A word with its first letter in upper case ("monday" → "Monday"), as calendar words are written. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
