import { describe, expect, it } from 'vitest';
import { isDateStampLine } from '../../src/pipeline/ingest/date-stamp.ts';
import { daysInMonth, findIsoDateProblem, isCalendarDate, isLeapYear } from '../../src/pipeline/ingest/index.ts';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2000, true],
    [2023, false],
    [1900, false],
  ])('takes %i for a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it('gives every month of a common and a leap year its length, and 0 to months that do not exist', () => {
    expect(Array.from({ length: 14 }, (_, month) => daysInMonth(2023, month))).toEqual([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('isCalendarDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2024, 2, 30, false],
    [2023, 2, 29, false],
    [2024, 4, 31, false],
    [2024, 13, 1, false],
    [2024, 1, 0, false],
    [2024, 12, 31, true],
  ])('takes %i-%i-%i for a real day: %s', (year, month, day, real) => {
    expect(isCalendarDate(year, month, day)).toBe(real);
  });
});

describe('findIsoDateProblem', () => {
  it('finds no problem with a real date or date-time', () => {
    expect(['2024-02-29', '2024-12-05T14:00', '2024-12-05T14:00:00Z', '2024-12-05 14:00:00.250-0800'].map(findIsoDateProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('explains an impossible day, month, time or zone', () => {
    expect(findIsoDateProblem('2024-02-30')).toBe('2024-02-30 is not a real calendar date: February 2024 has days 01 to 29');
    expect(findIsoDateProblem('2024-00-01')).toBe('2024-00-01 is not a real calendar date: there is no month 00');
    expect(findIsoDateProblem('2024-01-01T23:61')).toMatch(/time of day that does not exist/);
    expect(findIsoDateProblem('2024-01-01T23:00+15:00')).toMatch(/time zone offset that does not exist/);
  });

  it('asks for the ISO form when the text is not one', () => {
    expect(findIsoDateProblem('05/12/2024')).toMatch(/^must be an ISO date such as 2024-12-05/);
    expect(findIsoDateProblem('2024-12-05T14')).toMatch(/^must be an ISO date/);
  });
});

describe('date stamps in report text', () => {
  it('takes a stamp with an impossible date for page furniture all the same, since no date is read out of it', () => {
    expect(isDateStampLine('Updated 31/02/2019 6:04 PM')).toBe(true);
  });
});
