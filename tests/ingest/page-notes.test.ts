import { describe, expect, it } from 'vitest';
import { classifyLines, splitLines } from '../../src/pipeline/ingest/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { BlockKind } from '../../src/pipeline/types.ts';
import { rawStoryOf } from '../helpers/stories.ts';

// Hand-made reports (invented text) with the notes a newsroom prints around a report: bylines, credit
// lines, corrections, editor's notes, links to other stories and passages quoted from another outlet.
// None of them is a claim of the report (issue #15, item 7).

/** Classifies a text and returns each block as [kind, text]. */
function classify(text: string): [BlockKind, string][] {
  return classifyLines(splitLines(text)).map((block) => [block.kind, text.slice(block.start, block.end)]);
}

/** A short report with a note between its first and last body paragraphs. */
const reportWith = (note: string) =>
  `Harbour Bridge Reopens After Repairs\nThe harbour bridge reopened on Tuesday after six weeks of repairs, the port authority said.\n${note}\nTraffic was light on the first morning, officials said.\n`;

/** The kinds of the blocks of `reportWith(note)`, note included. */
const kindsAround = (note: string) => classify(reportWith(note)).map(([kind]) => kind);

describe('bylines', () => {
  it('takes a byline above the headline for furniture and still finds the headline', () => {
    const text = 'By Jane Roe\nHarbour Bridge Reopens After Repairs\nThe harbour bridge reopened on Tuesday, the port authority said.\n';
    expect(classify(text).map(([kind]) => kind)).toEqual(['boilerplate', 'headline', 'body']);
  });

  it('takes an upper-case byline of two reporters and their paper for furniture', () => {
    expect(kindsAround('By JANE ROE and JOHN DOE | The Example Times')).toEqual(['headline', 'body', 'boilerplate', 'body']);
  });
});

describe('credit lines', () => {
  it.each([
    'Jane Roe and John Doe contributed to this report.',
    'The Associated Press contributed to this report.',
    'Jane Roe contributed reporting from Paris.',
    'John Doe in Lyon contributed additional reporting.',
  ])('takes %j for furniture', (note) => {
    expect(kindsAround(note)).toEqual(['headline', 'body', 'boilerplate', 'body']);
  });

  it('keeps a body sentence about a contribution as body', () => {
    expect(kindsAround('Local firms contributed to the repair fund, the mayor said.')).toEqual(['headline', 'body', 'body', 'body']);
  });
});

describe('corrections and editor’s notes', () => {
  it.each([
    'Correction: An earlier version of this article misstated the length of the repairs.',
    'Clarification: This story has been changed to make clear that the port authority owns the bridge.',
    'An earlier version of this story gave the wrong day for the reopening.',
    'This article has been updated to include a statement from the mayor.',
    '(This story was corrected to fix the spelling of a name.)',
    'Editor’s note: Jane Roe is a former adviser to the port authority.',
    "Editor's Note: This report is part of a series on the city's roads.",
    'Corrections & Clarifications: A story on Monday gave the wrong toll for lorries.',
    'Continue reading the main story',
  ])('takes %j for furniture', (note) => {
    expect(kindsAround(note)).toEqual(['headline', 'body', 'boilerplate', 'body']);
  });

  it('keeps a body sentence about a correction as body', () => {
    expect(kindsAround('The authority said a correction to the toll rates would follow next month.')).toEqual(['headline', 'body', 'body', 'body']);
  });
});

describe('links to other stories', () => {
  it.each(['Read more: City plans second bridge', 'RELATED: Ferry fares rise for the summer', 'See more: Ferry fares rise for the summer'])('takes %j for a related link', (note) => {
    expect(kindsAround(note)).toEqual(['headline', 'body', 'related-link', 'body']);
  });

  it('takes a lone headline-like teaser that shares no word with the body for a related link', () => {
    expect(kindsAround('Zoo Welcomes Twin Panda Cubs Monday')).toEqual(['headline', 'body', 'related-link', 'body']);
  });
});

describe('passages quoted from another outlet', () => {
  it('takes a paragraph opened by "As <outlet> reported:" for a quoted report', () => {
    expect(kindsAround('As The Example Post reported: the repairs ran two weeks over schedule.')).toEqual([
      'headline',
      'body',
      'quoted-report',
      'body',
    ]);
  });

  it('takes the quoted paragraphs after a lead-in ending in a colon for the quoted report too', () => {
    const note = 'As CNN reported on Monday:\n“The repairs ran two weeks over schedule.\n“Engineers blamed the weather.”';
    expect(kindsAround(note)).toEqual(['headline', 'body', 'quoted-report', 'quoted-report', 'quoted-report', 'body']);
  });

  it('keeps a sentence that cites an outlet without a colon as the report’s own body', () => {
    expect(kindsAround('As The Example Post reported, the repairs ran two weeks over schedule.')).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('keeps a quotation of a person rather than an outlet as body', () => {
    expect(kindsAround('As Mayor Jane Roe wrote: the repairs ran two weeks over schedule.')).toEqual(['headline', 'body', 'body', 'body']);
  });
});

describe('the whole pipeline', () => {
  const notes = [
    'By JANE ROE and JOHN DOE | The Example Times',
    'Jane Roe and John Doe contributed to this report.',
    'Jane Roe contributed reporting from Paris.',
    'Correction: An earlier version of this article misstated the length of the repairs.',
    'This article has been updated to include a statement from the mayor.',
    'Editor’s note: Jane Roe is a former adviser to the port authority.',
    'Read more: City plans second bridge',
    'As The Example Post reported: the repairs ran two weeks over schedule.',
  ];
  const body = (lead: string) =>
    `Harbour Bridge Reopens After Repairs\n${lead}\n${notes.join('\n')}\nTraffic was light on the first morning, officials said.\n`;
  const story = runPipeline(
    rawStoryOf({
      'a.txt': body('The harbour bridge reopened on Tuesday after six weeks of repairs, the port authority said.'),
      'b.txt': body('After six weeks of repairs, the harbour bridge reopened on Tuesday, according to the port authority.'),
    }),
  );

  it('still joins the two reports’ shared body claims', () => {
    expect(story.claims.some((claim) => claim.sources.length === 2)).toBe(true);
  });

  it('makes no claim unit of any byline, credit, correction, note, link or quoted passage', () => {
    const noteWords = ['Jane Roe', 'contributed', 'Correction', 'updated', 'Editor', 'Read more', 'Example Post', 'schedule'];
    expect(story.units.filter((unit) => noteWords.some((word) => unit.text.includes(word))).map((unit) => unit.text)).toEqual([]);
  });
});
