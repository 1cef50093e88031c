import { describe, expect, it } from 'vitest';
import {
  diffQuotes,
  extractQuotes,
  findQuoteDiscrepancies,
  judgeRewording,
  prepareQuote,
  quotesBySentence,
  viewClaims,
} from '../../src/pipeline/compare/index.ts';
import type { AlignedStory } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';
import { hamaWithClaims } from '../helpers/hama.ts';

function quoteFindings(story: AlignedStory) {
  const quotes = quotesBySentence(story);
  return viewClaims(story).flatMap((claim) => findQuoteDiscrepancies(claim, quotes));
}

function pair(a: string, b: string): AlignedStory {
  return alignedStoryOf([{ id: 'a', paragraphs: [a] }, { id: 'b', paragraphs: [b] }], [['a0', 'b0']]);
}

/** The one quotation of a text, prepared for comparison. */
function quote(text: string) {
  const [span] = extractQuotes(text).quotes;
  if (span === undefined) throw new Error(`no quotation in ${text}`);
  return prepareQuote(span);
}

describe('extractQuotes', () => {
  it('finds a quotation in curly quotes', () => {
    expect(extractQuotes('The army said it left “to preserve civilian lives” after clashes.').quotes.map((q) => q.quoted)).toEqual([
      'to preserve civilian lives',
    ]);
  });

  it('finds a quotation in straight quotes', () => {
    expect(extractQuotes('He said "we will return" and left.').quotes.map((q) => q.quoted)).toEqual(['we will return']);
  });

  it('joins a quotation split by its attribution', () => {
    const text = '“We urge him,” he said, “to keep Iraq clear of war.”';
    const [joined] = extractQuotes(text).quotes;
    expect(joined?.quoted).toBe('We urge him, to keep Iraq clear of war.');
    expect(joined?.parts).toHaveLength(2);
  });

  it('does not join a show named after an attribution to the quotation before it', () => {
    const text = '"We are looking into the records," Mayor Hill told Radio Kent\'s "Breakfast" programme on Friday.';
    expect(extractQuotes(text).quotes.map((q) => q.quoted)).toEqual(['We are looking into the records,', 'Breakfast']);
  });

  it('does not take an attribution caught between two misplaced marks for a quotation', () => {
    // Rebuilt corpus text: the closing mark pushed past a space before the attribution, no opening mark.
    const text = 'The two boats turned back, "said Commander Rao, the port spokesman. The crews were held," said Commander Rao.';
    expect(extractQuotes(text).quotes.map((q) => q.quoted)).toEqual([]);
  });

  it('finds a quotation in typewriter doubled marks, not the attribution after it', () => {
    expect(extractQuotes("''The bridge was unsafe,\" Inspector Lane said.").quotes.map((q) => q.quoted)).toEqual(['The bridge was unsafe,']);
  });

  it('finds a quotation in the single quotation marks of a headline', () => {
    expect(extractQuotes("Minister calls the cuts 'a disgrace' in a letter").quotes.map((q) => q.quoted)).toEqual(['a disgrace']);
  });

  it('keeps two quotations apart when no speech verb sits between them', () => {
    expect(extractQuotes('He called it “a massive blow” because “they could not do it”.').quotes).toHaveLength(2);
  });

  it('carries an open quotation into the next sentences of the paragraph', () => {
    const story = alignedStoryOf(
      [{ id: 'a', paragraphs: [{ kind: 'body', sentences: ['“It will not fall.', 'The walls are strong.', 'Help is coming,” he said.'] }] }],
      [['a0']],
    );
    const quotes = quotesBySentence(story);
    expect([...quotes.values()].map((list) => list.map((q) => q.quoted))).toEqual([['It will not fall.'], ['The walls are strong.'], ['Help is coming,']]);
  });

  it('does not carry an open quotation into the next paragraph', () => {
    const story = alignedStoryOf([{ id: 'a', paragraphs: ['“It will not fall.', 'The walls are strong.'] }], [['a0']]);
    const quotes = quotesBySentence(story);
    expect([...quotes.values()].map((list) => list.map((q) => q.quoted))).toEqual([['It will not fall.'], []]);
  });
});

describe('judging rewording', () => {
  it('treats a changed content word as a contradiction', () => {
    expect(judgeRewording(quote('“to preserve civilian lives”'), quote('“to safeguard civilian lives”'))).toBe('contradiction');
  });

  it('treats a dropped negation as a contradiction', () => {
    expect(judgeRewording(quote('“we will not leave the city”'), quote('“we will leave the city”'))).toBe('contradiction');
  });

  it('treats an excerpt of a longer quotation as no rewording', () => {
    expect(judgeRewording(quote('“to preserve civilian lives and prevent urban combat”'), quote('to avoid “urban combat”'))).toBeUndefined();
  });

  it('treats changes of function words or inflection as a variant', () => {
    expect(judgeRewording(quote('“the army will protect the civilians”'), quote('“the army will protect civilians”'))).toBe('variant');
  });

  it('treats a quoted verb in another tense as a variant', () => {
    expect(judgeRewording(quote('“the mill closed for good”'), quote('“the mill closes for good”'))).toBe('variant');
  });

  it('calls one word added to a quotation the other quotes further a variant, not a contradiction', () => {
    expect(judgeRewording(quote('“we moved too slowly and we are sorry”'), quote('“we moved far too slowly”'))).toBe('variant');
    // Same extent, one word added inside: still a rewording of one utterance.
    expect(judgeRewording(quote('“we moved too slowly”'), quote('“we moved far too slowly”'))).toBe('contradiction');
  });

  it('treats inflected forms of the same words as a variant', () => {
    expect(judgeRewording(quote('announced “the complete liberation” of the city'), quote('declared the city “completely liberated.”'))).toBe('variant');
  });

  it('ignores case and punctuation', () => {
    expect(judgeRewording(quote('“Your time has come,”'), quote('"your time has come"'))).toBeUndefined();
  });
});

describe('diffQuotes', () => {
  it('gives a word-level diff that keeps spacing for display', () => {
    expect(diffQuotes(quote('“to preserve civilian lives and prevent urban combat”'), quote('“to safeguard civilian lives and avoid urban combat”'))).toEqual([
      { op: 'equal', text: 'to ' },
      { op: 'delete', text: 'preserve ' },
      { op: 'insert', text: 'safeguard ' },
      { op: 'equal', text: 'civilian lives and ' },
      { op: 'delete', text: 'prevent ' },
      { op: 'insert', text: 'avoid ' },
      { op: 'equal', text: 'urban combat' },
    ]);
  });
});

describe('quote discrepancies on hand-made pairs', () => {
  it('reports a quotation worded differently, with its diff', () => {
    const [finding] = quoteFindings(
      pair('“We will not leave our homes,” the mayor said.', '“We will never abandon our homes,” the mayor said.'),
    );
    expect(finding).toMatchObject({
      kind: 'quote',
      severity: 'contradiction',
      summary: '“We will not leave our homes” (1 report) vs “We will never abandon our homes” (1 report)',
      values: { 'a-p1-s1': 'We will not leave our homes', 'b-p1-s1': 'We will never abandon our homes' },
    });
    expect((finding?.kind === 'quote' ? finding.diff : []).filter((run) => run.op !== 'equal')).toEqual([
      { op: 'delete', text: 'not leave ' },
      { op: 'insert', text: 'never abandon ' },
    ]);
  });

  it('reports nothing when the same words are quoted with straight and curly marks', () => {
    expect(quoteFindings(pair('“Your time has come,” the group said.', 'The group said: "Your time has come."'))).toEqual([]);
  });

  it('reports nothing when one report quotes only part of the other’s quotation', () => {
    expect(
      quoteFindings(pair('Troops left “to preserve civilian lives and prevent urban combat”.', 'Troops left to avoid “urban combat” and protect civilians.')),
    ).toEqual([]);
  });

  it('does not compare unrelated quotations in one claim', () => {
    expect(quoteFindings(pair('The minister called it “a dark day”.', 'The minister promised “swift justice for the victims”.'))).toEqual([]);
  });
});

describe('quote discrepancies: false alarms seen on real copy', () => {
  it('reports nothing for British and American spellings of the same words', () => {
    expect(quoteFindings(pair('“We realised the storm would flood the harbour at night,” she said.', '“We realized the storm would flood the harbor at night,” she said.'))).toEqual([]);
  });

  it('reports nothing for words a report put in brackets inside the quotation (its own insertion)', () => {
    expect(quoteFindings(pair('“The crew turned (the boat) towards the reef and stopped,” he said.', '“The crew turned towards the reef and stopped,” he said.'))).toEqual([]);
  });

  it('keeps bracketed words when deciding whether two quotations are one quote', () => {
    expect(quoteFindings(pair('“When [Lee’s] son came in, he found her by the door,” Ana said.', '“When I went to look, I found the woman lying by the door, but she was not moving,” Ben said.'))).toEqual([]);
  });

  it('reports nothing for a quotation found word for word inside a longer one, even with repeated words', () => {
    expect(quoteFindings(pair('“I miss my town,” Lee said.', '“I do know that I miss my town. I miss the river too,” Lee said.'))).toEqual([]);
  });

  it('does not set two quotations of one report against each other', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['“I miss my town and the old bridge,” Lee said.', '“I miss the river and the old bridge,” he added.'] },
        { id: 'b', paragraphs: ['“I miss my town and the old bridge, and the river,” Lee said.'] },
      ],
      [['a0', 'a1', 'b0']],
    );
    expect(quoteFindings(story).filter((finding) => finding.sentences.every((id) => id.startsWith('a-')))).toEqual([]);
  });

  it('does not take two quotations that share only the story’s topic words for one quote', () => {
    const filler = (report: string) =>
      Array.from({ length: 16 }, (_, index) => `Day ${index + 1} of the harbour festival brought the festival host to stage ${report}${index}.`);
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['“Yes, it is settled: I am hosting the festival!” the singer wrote.', ...filler('a')] },
        { id: 'b', paragraphs: ['“We are delighted she will host the festival,” the organisers said.', ...filler('b')] },
      ],
      [['a0', 'b0']],
    );
    expect(quoteFindings(story)).toEqual([]);
  });

  it('reports nothing for words a report left out with an ellipsis', () => {
    expect(quoteFindings(pair('She called the losses “entirely... avoidable tragedies.”', '“These were entirely, utterly and completely avoidable tragedies,” she said.'))).toEqual([]);
  });

  it('reports nothing for two excerpts of one statement that share a whole sentence', () => {
    expect(
      quoteFindings(
        pair(
          '“I mourn the boy who fired the gun. I mourn his friends and his teachers,” he said.',
          '“I also mourn my own town. I mourn the boy who fired the gun,” he said.',
        ),
      ),
    ).toEqual([]);
  });

  it('still reports a sentence reworded inside two excerpts lined up on a shared sentence', () => {
    const [finding] = quoteFindings(
      pair('“The levee held. We will rebuild every house,” the mayor said.', '“The levee held. We will repair some houses,” the mayor said.'),
    );
    expect(finding?.severity).toBe('contradiction');
  });
});

describe('quote discrepancies on the Hama reports', () => {
  it('finds the army statement quoted as “to preserve …” by two reports and “to safeguard …” by one', () => {
    const story = hamaWithClaims([['000:p3-s2', '001:p5-s1', '002:p5-s1', '004:p2-s1']]);
    expect(quoteFindings(story)).toEqual([
      expect.objectContaining({
        severity: 'contradiction',
        summary: '“to preserve civilian lives and prevent urban combat” (2 reports) vs “to safeguard civilian lives and avoid urban combat” (1 report)',
        values: {
          '000-8249785760228b4c-p3-s2': 'to preserve civilian lives and prevent urban combat',
          '001-42da666f9773e7f0-p5-s1': 'to safeguard civilian lives and avoid urban combat',
          '002-a4f2713c72e55b86-p5-s1': 'to preserve civilian lives and prevent urban combat',
        },
      }),
    ]);
  });

  it('finds the analyst’s quotation reworded across two reports', () => {
    const story = hamaWithClaims([['001:p22-s1', '002:p16-s1']]);
    const [finding] = quoteFindings(story);
    expect(finding?.severity).toBe('contradiction');
    expect((finding?.kind === 'quote' ? finding.diff : []).some((run) => run.op === 'delete' && run.text.includes('significant'))).toBe(true);
  });

  it('finds the old wound quoted as “cleanse the wound …” and “cleansing a 40-year-old wound”', () => {
    const story = hamaWithClaims([['002:p14-s1', '004:p6-s3']]);
    expect(quoteFindings(story).map((f) => f.severity)).toEqual(['contradiction']);
  });

  it('finds no quote discrepancy in “Your time has come” quoted in full or with a longer opening', () => {
    const story = hamaWithClaims([['000:p6-s1', '001:p7-s1', '002:p15-s2', '004:p9-s2']]);
    expect(quoteFindings(story)).toEqual([]);
  });
});
