import { describe, expect, it } from 'vitest';
import { buildClaimView } from '../../src/site/views/claim.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

const story = storyViewOf(
  [
    { id: 'a', paragraphs: ['200 homes flooded on Friday.'] },
    { id: 'b', paragraphs: ['250 homes flooded on Friday.'] },
    { id: 'c', paragraphs: ['Roads closed.'] },
  ],
  [['a0', 'b0'], ['c0']],
  [buildFinding('d1', 'c001', { 'a-p1-s1': '200', 'b-p1-s1': '250' })],
  [buildCoverageNote('c001', ['a', 'b'], ['c'])],
);

describe('buildClaimView', () => {
  it('lists the disagreements about the claim and not the report that leaves it out', () => {
    expect(buildClaimView(story, 'c001').disagreements.map((item) => item.id)).toEqual(['d1']);
  });

  it('quotes each carrying report’s sentence with the value it disagrees on marked', () => {
    expect(buildClaimView(story, 'c001').carrying.map((report) => report.sentences[0]?.pieces)).toEqual([
      [
        { text: '200', marked: true },
        { text: ' homes flooded on Friday.', marked: false },
      ],
      [
        { text: '250', marked: true },
        { text: ' homes flooded on Friday.', marked: false },
      ],
    ]);
  });

  it('names the compared reports that do not carry the claim', () => {
    expect(buildClaimView(story, 'c001').missing.map((report) => report.href)).toEqual(['/stories/test/reports/c/']);
  });

  it('counts the reports that carry the claim in words', () => {
    expect(buildClaimView(story, 'c002').carriedBy).toBe('carried by 1 report');
  });

  it('gives each quoted sentence its speaker in the report’s words, and none to a narrated event', () => {
    const said = storyViewOf(
      [
        { id: 'a', paragraphs: ['The bridge will reopen in May, Mayor Ann Lutz said.'] },
        { id: 'b', paragraphs: ['The bridge reopens in May.'] },
      ],
      [['a0', 'b0']],
    );
    expect(buildClaimView(said, 'c001').carrying.map((report) => report.sentences.map((sentence) => sentence.speaker))).toEqual([
      ['Mayor Ann Lutz'],
      [undefined],
    ]);
  });

  it('names the speakers side by side when reports give the same words to different people', () => {
    const said = storyViewOf(
      [
        { id: 'a', paragraphs: ['The bridge will reopen in May, Mayor Ann Lutz said.'] },
        { id: 'b', paragraphs: ['The bridge will reopen in May, engineer Tom Reyes said.'] },
        { id: 'c', paragraphs: ['The bridge reopens in May.'] },
      ],
      [['a0', 'b0', 'c0']],
    );
    expect(buildClaimView(said, 'c001').speakers.map(({ report, text, sentence }) => [report, text, sentence])).toEqual([
      ['A', 'Mayor Ann Lutz', 'a-p1-s1'],
      ['B', 'engineer Tom Reyes', 'b-p1-s1'],
    ]);
  });

  it('names no speakers when the reports give the claim to one speaker or none', () => {
    const said = storyViewOf(
      [
        { id: 'a', paragraphs: ['The bridge will reopen in May, Mayor Ann Lutz said.'] },
        { id: 'b', paragraphs: ['The bridge will reopen in May, mayor Ann Lutz said.'] },
        { id: 'c', paragraphs: ['The bridge reopens in May.'] },
      ],
      [['a0', 'b0', 'c0']],
    );
    expect(buildClaimView(said, 'c001').speakers).toEqual([]);
  });

  it('refuses a claim the story does not have', () => {
    expect(() => buildClaimView(story, 'c999')).toThrow('claim c999 missing from test');
  });
});
