import { describe, expect, it } from 'vitest';
import * as agencies from '../../src/pipeline/lexicon/en/agencies.ts';
import * as attribution from '../../src/pipeline/lexicon/en/attribution.ts';
import * as calendar from '../../src/pipeline/lexicon/en/calendar.ts';
import * as clauseWords from '../../src/pipeline/lexicon/en/clause-words.ts';
import * as contractions from '../../src/pipeline/lexicon/en/contractions.ts';
import * as functionWords from '../../src/pipeline/lexicon/en/function-words.ts';
import * as irregularVerbs from '../../src/pipeline/lexicon/en/irregular-verbs.ts';
import * as nameParticles from '../../src/pipeline/lexicon/en/name-particles.ts';
import * as negation from '../../src/pipeline/lexicon/en/negation.ts';
import * as procedureSteps from '../../src/pipeline/lexicon/en/procedure-steps.ts';
import * as spellingVariants from '../../src/pipeline/lexicon/en/spelling-variants.ts';
import * as stopWords from '../../src/pipeline/lexicon/en/stop-words.ts';
import * as titles from '../../src/pipeline/lexicon/en/titles.ts';

/** Every word set and every word-keyed map of the English lexicon, by module and export name. */
const LISTS = Object.entries({
  agencies,
  attribution,
  calendar,
  clauseWords,
  contractions,
  functionWords,
  irregularVerbs,
  nameParticles,
  negation,
  procedureSteps,
  spellingVariants,
  stopWords,
  titles,
}).flatMap(([module, exports]) =>
  Object.entries(exports).flatMap(([name, value]): [string, string[]][] =>
    value instanceof Set || value instanceof Map ? [[`${module}.${name}`, [...value.keys()] as string[]]] : [],
  ),
);

describe('the English lexicon', () => {
  it('has word lists to check', () => {
    expect(LISTS.length).toBeGreaterThan(20);
  });

  it.each(LISTS)('%s holds lower-case words without spaces', (_, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(word).toMatch(/^[\p{Ll}'’-]+$/u);
  });

  it('writes dotted abbreviations as a reader sees them, capital first, without the full stop', () => {
    for (const abbreviation of titles.DOTTED_ABBREVIATIONS) expect(abbreviation).toMatch(/^\p{Lu}\p{Ll}*$/u);
  });

  it('lists the days from Sunday and the months from January, one abbreviation list each', () => {
    expect(calendar.WEEKDAYS[0]).toBe('sunday');
    expect(calendar.MONTHS[0]).toBe('january');
    expect(calendar.WEEKDAY_ABBREVIATIONS).toHaveLength(7);
    expect(calendar.MONTH_ABBREVIATIONS).toHaveLength(12);
    calendar.MONTHS.forEach((month, index) => {
      for (const abbreviation of calendar.MONTH_ABBREVIATIONS[index] ?? []) expect(month.startsWith(abbreviation)).toBe(true);
    });
  });

  it('maps every irregular spelling to a different American form', () => {
    for (const [british, american] of spellingVariants.IRREGULAR_SPELLINGS) expect(british).not.toBe(american);
  });
});
