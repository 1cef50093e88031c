import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDateStampLine } from '../../src/pipeline/ingest/date-stamp.ts';
import { classifyLines, matchDateline, splitLines } from '../../src/pipeline/ingest/index.ts';
import type { BlockKind } from '../../src/pipeline/types.ts';
import { segmentText } from '../helpers/stories.ts';

// Hand-made reports in the layouts of real news pages (invented text; see news-dev/README.md for
// the layouts they imitate). Each test isolates one layout.

const FIXTURES = resolve(import.meta.dirname, '../fixtures/layouts');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Classifies a text and returns each block as [kind, text]. */
function classify(text: string): [BlockKind, string][] {
  return classifyLines(splitLines(text)).map((block) => [block.kind, text.slice(block.start, block.end)]);
}

/** The kind of the block whose text is exactly `line`. */
function kindOf(text: string, line: string): BlockKind | undefined {
  return classify(text).find(([, blockText]) => blockText === line)?.[0];
}

/** Puts a line between two body sentences, so only the line itself decides its kind. */
const between = (line: string) => `Ferry Runs Aground\nA ferry ran aground on Sunday.\n${line}\nAll passengers were rescued.`;

describe('reports with one sentence a line and no paragraphs (ECB+ layout)', () => {
  const text = fixture('one-sentence-a-line.txt');
  const blocks = classify(text);

  it('finds the headline and the update stamp and takes every other line for body', () => {
    expect(blocks.map(([kind]) => kind)).toEqual(['headline', 'boilerplate', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('keeps a long sentence without a full stop as body, not as a caption', () => {
    expect(kindOf(text, 'The coastguard said the vessel struck a sandbank shortly after leaving the harbour in thick fog')).toBe('body');
  });

  it('keeps a sentence that leads into a quotation with a colon as body', () => {
    expect(kindOf(text, 'The harbour master gave this account of the morning:')).toBe('body');
  });

  it('takes a sentence whose closing quote was rebuilt with a space before it for finished', () => {
    expect(kindOf(text, `He said, 'Everyone stayed calm. '"`)).toBe('body');
  });

  it('still takes a short unfinished line between sentences for a photo caption', () => {
    expect(kindOf(between('Lifeboat crews bring passengers ashore at dawn'), 'Lifeboat crews bring passengers ashore at dawn')).toBe('caption');
  });

  it('keeps a short pull-quote between sentences as a heading, not as body', () => {
    expect(kindOf(between("'Scrape, scrape'"), "'Scrape, scrape'")).toBe('caption');
  });
});

describe('posted and updated stamps and dates on their own line', () => {
  it.each([
    'Updated 4/9/2019 6:04 PM',
    'Posted: 08/02/2019 11:10 am EDT',
    'Last updated 13:26 14/09/2019',
    'Last updated on: March 11, 2019 19:04 IST Last updated on: March 11, 2019 19:04 IST',
    'POSTED: 1052 GMT (1852 HKT), April 10, 2019',
    'SEPTEMBER 16, 2019 11:12AM',
    '14:25 Sun Sep 15 2019',
    '8:44AM BST 16 Sep 2019',
    'Thursday, Apr 2, 2019 | Updated 1:32 PM PDT',
    'on April 30, 2019 at 4:31 AM, updated April 30, 2019 at 8:33 AM',
    'MONDAY, MAY 23, 2019',
  ])('recognises %j as a date stamp', (line) => {
    expect(isDateStampLine(line)).toBe(true);
    expect(kindOf(between(line), line)).toBe('boilerplate');
  });

  it.each(['On May 2, 2019 the council met.', 'Pier 39', 'Mumbai, Nov 11', 'Council Meets At 9'])('does not take %j for a date stamp', (line) => {
    expect(isDateStampLine(line)).toBe(false);
  });

  it('does not join a stamp that starts in lower case to the headline above it', () => {
    const text = 'Ferry Runs Aground Off Gull Point\non June 2, 2019 at 9:14 AM, updated June 2, 2019 at 11:02 AM\nA ferry ran aground.';
    expect(classify(text)).toEqual([
      ['headline', 'Ferry Runs Aground Off Gull Point'],
      ['boilerplate', 'on June 2, 2019 at 9:14 AM, updated June 2, 2019 at 11:02 AM'],
      ['body', 'A ferry ran aground.'],
    ]);
  });

  it('takes the line after a date stamp for the headline when the report opens with the stamp', () => {
    expect(classify('Friday, June 7, 2019\nFerry Runs Aground Off Gull Point\nA ferry ran aground.').map(([kind]) => kind)).toEqual([
      'boilerplate',
      'headline',
      'body',
    ]);
  });
});

describe('bylines and credits', () => {
  it.each(['By JANE ROE Associated Press Writer', 'By Jane Roe and Sam Poe', 'Contributing: Sam Poe', 'Compiled by Jane Roe'])(
    'takes %j for page furniture',
    (line) => {
      expect(kindOf(between(line), line)).toBe('boilerplate');
    },
  );
});

describe('a local TV station page (GVC layout)', () => {
  const text = fixture('tv-station-page.txt');

  it.each([
    ['Please enable Javascript to watch this video', 'boilerplate'],
    ['Firefighters battle the blaze on Dock Street on Tuesday night. (WXYZ Photo/Jane Roe)', 'caption'],
    ['PORTVILLE, Ore. (WXYZ) –', 'dateline'],
    ['Council Approves New Parking Rules For Harbour District', 'related-link'],
    ['Stay with WXYZ 9 for the latest updates on this story.', 'boilerplate'],
    ['Contact Jane Roe: jroe@example.com or 555-010-0123.', 'boilerplate'],
    ['Share this: Facebook', 'boilerplate'],
    ['Twitter', 'boilerplate'],
    ['Pinterest', 'boilerplate'],
    ['More', 'boilerplate'],
    ['Like this: Like Loading...', 'boilerplate'],
    ['Copyright 2019 WXYZ. All rights reserved.', 'boilerplate'],
    ['Contributing: Sam Poe', 'boilerplate'],
    ['School Board Delays Vote On Summer Term', 'related-link'],
    ['Two Injured In Crash On Coastal Highway', 'related-link'],
  ] as const)('classifies %j as %s', (line, kind) => {
    expect(kindOf(text, line)).toBe(kind);
  });

  it('keeps the tip line with a phone number as body', () => {
    expect(kindOf(text, 'Anyone with information is asked to call the fire department at (555) 010-0199.')).toBe('body');
  });

  it('keeps five body sentences and nothing else as body', () => {
    expect(classify(text).filter(([kind]) => kind === 'body')).toHaveLength(5);
  });

  it('keeps every non-whitespace character of the page in some block', () => {
    const covered = classify(text).map(([, blockText]) => blockText).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('headlines of unrelated stories', () => {
  it('keeps a short subheading whose words the body shares', () => {
    const text = 'Ferry Runs Aground\nA ferry ran aground on a sandbank.\nRescue At Dawn\nLifeboats reached the ferry at dawn.';
    expect(kindOf(text, 'Rescue At Dawn')).toBe('subheading');
  });

  it('takes a bulleted teaser with a label for a related link', () => {
    expect(kindOf(between('• Jane Roe: Why the harbour needs a new pier'), '• Jane Roe: Why the harbour needs a new pier')).toBe('related-link');
  });

  it('takes a title-case line after the last body paragraph for a related link', () => {
    expect(kindOf(`${between('Nobody was hurt.')}\nMayor Opens New Library`, 'Mayor Opens New Library')).toBe('related-link');
  });
});

describe('photo captions and decks', () => {
  it.each([
    'Buy Photo Lifeboat crews bring passengers ashore on Sunday, June 2, 2019. (Photo: Jane Roe/The Example Times)',
    'The stranded ferry on Sunday morning. | Facebook photo',
    'CREDIT: Gull Point Coastguard',
  ])('takes %j for a caption by its photo credit', (line) => {
    expect(kindOf(between(line), line)).toBe('caption');
  });

  it('takes a short unfinished line under the headline for a deck (standfirst)', () => {
    const text = 'Ferry Runs Aground Off Gull Point\nThe second grounding at the point this year\nA ferry ran aground on Sunday.';
    expect(classify(text).map(([kind]) => kind)).toEqual(['headline', 'standfirst', 'body']);
  });

  it('does not take a first paragraph for a standfirst when a later one only repeats its names', () => {
    const text =
      'Harbour Board chair Ann Lee announced today that the ferry service will resume on Monday.\n' +
      'The service was suspended after the grounding.\n' +
      'Also today, Harbour Board chair Ann Lee announced that the pier will be rebuilt.';
    expect(classify(text)[0]?.[0]).toBe('body');
  });
});

describe('agency datelines', () => {
  it.each([
    ['(KXYZ.com) – Police say the ferry ran aground.', '(KXYZ.com) –'],
    ['(via KXYZ) -- A ferry ran aground.', '(via KXYZ) --'],
    ['GULL POINT, June 2 (Reuters) - A ferry ran aground.', 'GULL POINT, June 2 (Reuters) -'],
  ])('finds the agency dateline in %j', (text, dateline) => {
    expect(text.slice(0, matchDateline(text))).toBe(dateline);
  });

  it.each(['GULL POINT, Ore. (KXYZ) -', 'Gull Point, Jun 2, 2019/09:00 am (GPN)'])('takes the line %j, only a dateline, for a dateline', (line) => {
    expect(kindOf(between(line), line)).toBe('dateline');
  });
});

describe('spaced hyphens in rebuilt text', () => {
  const text = 'Ferry Hit\nHIT - AND - RUN DRIVER CHARGED AFTER CRASH NEAR THE PIER, POLICE SAY.\nNobody else was hurt.';

  it('does not take the first word of a spaced compound for a dateline', () => {
    expect(matchDateline('HIT - AND - RUN DRIVER CHARGED AFTER CRASH.')).toBe(0);
  });

  it('keeps the exact text of the file in the sentence and valid offsets', () => {
    const report = segmentText(text);
    const sentence = report.sentences.find((s) => s.text.startsWith('HIT'));
    expect(sentence?.kind).toBe('body');
    expect(sentence?.text).toBe('HIT - AND - RUN DRIVER CHARGED AFTER CRASH NEAR THE PIER, POLICE SAY.');
    expect(report.text.slice(sentence?.start, sentence?.end)).toBe(sentence?.text);
  });
});

describe('quotes facing the wrong way', () => {
  it('never glues two paragraphs into one sentence', () => {
    const text =
      'Ferry Runs Aground\nThe captain called it an "unlucky turn. "The fog came in fast, he said.\n' +
      '" Nobody panicked, "a passenger said.\nThe ferry was towed off on Monday.';
    const report = segmentText(text);
    const paragraphs = report.sentences.map((sentence) => sentence.paragraph);
    expect(report.sentences.every((sentence) => !sentence.text.includes('\n'))).toBe(true);
    expect(new Set(paragraphs).size).toBe(4);
    expect(report.sentences.find((s) => s.text.startsWith('" Nobody'))?.text).toBe('" Nobody panicked, "a passenger said.');
  });
});
