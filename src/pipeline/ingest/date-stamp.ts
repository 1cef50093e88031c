/**
 * Recognises a publication stamp on a line of its own: a date and/or time, optionally led by
 * "Posted", "Updated", "Published", "Last updated on:" and joined by "at", "|" or "@", in any of
 * the spellings news sites print ("Updated 4/9/2007 6:04 PM", "SEPTEMBER 16, 2013 11:12AM",
 * "14:25 Sun Sep 15 2013", "8:44AM BST 16 Sep 2013", "POSTED: 1052 GMT (1852 HKT), April 10, 2007").
 * Observed at the top of most ECB+ reports (news-dev), one site each, so no single pattern covers
 * them; instead every word of the line must be a date or time word, which no sentence is.
 * Only the shape of a stamp is read, never a date out of it: a stamp with an impossible date
 * ("Updated 31/02/2019") is still page furniture, shown as the text it is, and no date is taken
 * from a stamp for the JSON-LD or the export, so there is no calendar check here. Dates that are
 * published come from `story.yaml` and are checked there (`calendar-date.ts`).
 */
import { MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/en/calendar.ts';
import { splitOnWhitespace } from '../text/index.ts';

/** Words that lead or join the parts of a stamp; they carry no date themselves. */
const STAMP_WORDS = new Set(['posted', 'updated', 'published', 'modified', 'created', 'last', 'on', 'at', 'am', 'pm', 'and']);

/** A time: "6:04", "5:59:13", "03.31", "11:12AM", "8:13am", "51AM", "1052" (military). */
const TIME = /^(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|\d{1,2}(?:am|pm)|[01]\d[0-5]\d|2[0-3][0-5]\d)$/i;
/** A numeric date: "4/9/2007", "09/14/2013", "2015-08-27", "14/09/2013", "2009/02". */
const NUMERIC_DATE = /^(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?)$/;
/** A day or year number, possibly ordinal: "2", "2nd", "2013". */
const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/i;
/** A time zone or agency code written in capitals: "EDT", "IST", "PT", "GMT+01", "(HKT)". */
const ZONE = /^[A-Z]{2,4}(?:[+-]\d{1,2})?$/;

/** Longest line, in words, taken for a stamp (a stamp printed twice, as some ECB+ lines are, stays under it). */
const MAX_STAMP_WORDS = 24;

type StampToken = 'month' | 'weekday' | 'time' | 'date' | 'number' | 'filler';

function classifyToken(raw: string): StampToken | undefined {
  const token = raw.replace(/^[([]+|[)\],:;]+$/g, '');
  if (token === '') return 'filler';
  const bare = token.replace(/\.$/, '');
  const lower = bare.toLowerCase();
  if (MONTH_WORDS.has(lower)) return 'month';
  if (WEEKDAY_WORDS.has(lower)) return 'weekday';
  if (ZONE.test(bare) || /^[ap]\.?m\.?$/i.test(token)) return 'filler';
  if (STAMP_WORDS.has(lower) || /^[|@•–—-]+$/.test(token)) return 'filler';
  if (TIME.test(bare)) return 'time';
  if (NUMERIC_DATE.test(bare)) return 'date';
  if (DAY_OR_YEAR.test(bare)) return 'number';
  return undefined;
}

/**
 * True when every word of the line is part of a date or time stamp and the line names a date or a
 * time: a month, a weekday, a clock time or a numeric date, with at least one number.
 */
export function isDateStampLine(text: string): boolean {
  // Split "2009/02:00" and "Nov 11-Mumbai"-style joins at the separators stamps use between parts.
  const tokens = splitOnWhitespace(text)
    .flatMap((chunk) => chunk.split(/(?<=\d)\/(?=\d{2}:)|,/))
    .filter((token) => token !== '');
  if (tokens.length === 0 || tokens.length > MAX_STAMP_WORDS) return false;
  const kinds = tokens.map(classifyToken);
  if (kinds.some((kind) => kind === undefined)) return false;
  const hasNumber = /\d/.test(text);
  const namesDate = kinds.some((kind) => kind === 'month' || kind === 'weekday' || kind === 'time' || kind === 'date');
  return hasNumber && namesDate;
}

/** A place of one to four capitalised words before a comma: "Washington D.C.,", "NEW YORK,". */
const PLACE_PREFIX = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*/u;

/**
 * True when a line is a dateline of place and date on its own, as wire and church-press stories
 * print it above the body: "Washington D.C., Jul 13, 2009/02:00 pm (CNA)", "LONDON, June 5, 2019".
 */
export function isPlaceDateLine(text: string): boolean {
  const place = PLACE_PREFIX.exec(text);
  return place !== null && isDateStampLine(text.slice(place[0].length));
}
