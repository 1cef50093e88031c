import { describe, expect, it } from 'vitest';
import { classifyLines, matchDateline, splitLines } from '../../src/pipeline/ingest/index.ts';
import type { BlockKind } from '../../src/pipeline/types.ts';

/** Classifies a text and returns each block as [kind, text]. */
function classify(text: string): [BlockKind, string][] {
  return classifyLines(splitLines(text)).map((block) => [block.kind, text.slice(block.start, block.end)]);
}

describe('classifyLines', () => {
  it('takes an unfinished first line for the headline', () => {
    expect(classify('Council Approves Budget After Long Debate\nThe council approved the budget on Monday.')).toEqual([
      ['headline', 'Council Approves Budget After Long Debate'],
      ['body', 'The council approved the budget on Monday.'],
    ]);
  });

  it('keeps a finished first sentence as body, not as a headline', () => {
    expect(classify('The council approved the budget on Monday.\nIt passed by five votes.')[0]?.[0]).toBe('body');
  });

  it('takes a first paragraph that the body restates for a standfirst', () => {
    const text =
      'The new bridge will cut travel times across the river by half.\n' +
      'Work on the bridge began on Monday.\n' +
      'Officials said the new bridge will cut travel times across the river by half when it opens.';
    expect(classify(text)[0]).toEqual(['standfirst', 'The new bridge will cut travel times across the river by half.']);
  });

  it('labels a short title-case line in the body as a subheading and a question as a subheading', () => {
    const kinds = classify('The vote was close.\nWhat Comes Next\nThe mayor must sign it.\nWhy does it matter?\nIt funds schools.').map(([k]) => k);
    expect(kinds).toEqual(['body', 'subheading', 'body', 'subheading', 'body']);
  });

  it('labels a short sentence-case line without a full stop as a photo caption', () => {
    expect(classify('The vote was close.\nCouncillors leave the chamber after the vote\nThe mayor must sign it.')[1]).toEqual([
      'caption',
      'Councillors leave the chamber after the vote',
    ]);
  });

  it('joins a sentence that a line break split in two into one block', () => {
    const text = 'The mayor said the plan reflects “a long\nrecord of careful spending”.\nIt passed.';
    const blocks = classifyLines(splitLines(text));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ kind: 'body', line: 1, lastLine: 2 });
    expect(text.slice(blocks[0]?.start, blocks[0]?.end)).toBe('The mayor said the plan reflects “a long\nrecord of careful spending”.');
  });

  it('splits a dateline prefix off the first body paragraph', () => {
    const text = 'LONDON — The council approved the budget on Monday.';
    expect(classify(text)).toEqual([
      ['dateline', 'LONDON —'],
      ['body', 'The council approved the budget on Monday.'],
    ]);
  });

  it.each([
    ['Last Updated:', 'boilerplate'],
    ['Updated: 12 March 2024, 10:15 IST', 'boilerplate'],
    ['(with inputs from agencies)', 'boilerplate'],
    ['Latest Europe stories', 'boilerplate'],
    ['Please enable Javascript to watch this video', 'boilerplate'],
    ['Copyright 2024 The Example Times. All rights reserved.', 'boilerplate'],
    ['By Jane Doe, Staff Writer', 'boilerplate'],
    ['Friday August 2, 2013 @ 8:13am PDT', 'boilerplate'],
    ['Share this article', 'boilerplate'],
    ['ALSO READ: Five things to know about the budget', 'related-link'],
    ['Read more: How the council works', 'related-link'],
  ] as const)('classifies the page-furniture line %j as %s', (line, kind) => {
    const kinds = classify(`The council approved the budget on Monday.\n${line}\nIt passed by five votes.`).map(([k]) => k);
    expect(kinds).toEqual(['body', kind, 'body']);
  });

  it('takes the short value line after a footer label for furniture too', () => {
    expect(classify('The vote was close.\n- Location :\nLondon, England').map(([k]) => k)).toEqual(['body', 'boilerplate', 'boilerplate']);
  });

  it('does not take a body sentence that starts like a byline for a byline', () => {
    expect(classify('The vote was close.\nBy Monday, the council had approved the budget.')[1]?.[0]).toBe('body');
  });

  it('keeps every non-whitespace character of the input in some block', () => {
    const text = 'Headline Here\n\n  BERLIN — Body one.  \nA caption line\n(with inputs from agencies)\n';
    const covered = classifyLines(splitLines(text)).map((b) => text.slice(b.start, b.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('matchDateline', () => {
  it.each([
    ['BEIRUT — Syrian rebels', 'BEIRUT —'],
    ['WASHINGTON (Reuters) - The', 'WASHINGTON (Reuters) -'],
    ['HENRY COUNTY, Ind. (Aug. 28, 2015) – Officials', 'HENRY COUNTY, Ind. (Aug. 28, 2015) –'],
  ])('finds the dateline in %j', (text, dateline) => {
    expect(text.slice(0, matchDateline(text))).toBe(dateline);
  });

  it.each(['A - B testing began.', 'The rebels — who had waited — moved.', 'US - China talks resumed.'])(
    'finds no dateline in %j',
    (text) => {
      expect(matchDateline(text)).toBe(0);
    },
  );
});

describe('reports without sentence-final punctuation', () => {
  it('keeps every line as a body unit of its own instead of a headline or captions', () => {
    const text = 'Council Passes Budget\nThe council approved the budget on Monday after a debate\nthe vote was five to two the clerk said\nIt takes effect in May';
    expect(classify(text).map(([kind]) => kind)).toEqual(['headline', 'body', 'body', 'body']);
  });
});
