import { describe, expect, it } from 'vitest';
import { buildComparisonJson } from '../../src/site/views/comparison-json.ts';
import { storyViewOf, withVerdicts } from '../helpers/stories.ts';

describe('buildComparisonJson', () => {
  const story = storyViewOf([{ id: 'a', paragraphs: ['A1.'] }, { id: 'b', paragraphs: ['B1.'] }], [['a0', 'b0']]);

  it('writes the story’s comparison as indented JSON ending in a newline', () => {
    const text = buildComparisonJson(story);
    expect([text.startsWith('{\n  "schemaVersion"'), text.endsWith('}\n')]).toEqual([true, true]);
  });

  it('reads back as the story’s claims with their page addresses', () => {
    expect(JSON.parse(buildComparisonJson(story)).claims).toEqual([
      { id: 'c001', summary: 'A1.', sentences: ['a-p1-s1', 'b-p1-s1'], sources: ['a', 'b'], independentSources: 2, sharedCopies: [], speakers: [], url: '/stories/test/claims/c001/' },
    ]);
  });

  it('gives each source its label, and counts sources that share a copy once in a claim’s independent sources', () => {
    const shared = withVerdicts(story, ['a', 'b'], [['a', 'b', 'same-copy']]);
    const exported = JSON.parse(buildComparisonJson(shared));
    expect([exported.sources.map((source: { label: string }) => source.label), exported.claims[0].independentSources, exported.claims[0].sharedCopies]).toEqual([
      ['A', 'B'],
      1,
      [['a', 'b']],
    ]);
  });

  it('carries the speaker of each claim sentence that attributes it, with offsets into the report text', () => {
    const quoted = storyViewOf(
      [
        { id: 'a', paragraphs: ['The bridge will reopen in May, Mayor Ann Lutz said.'] },
        { id: 'b', paragraphs: ['The bridge reopens in May.'] },
      ],
      [['a0', 'b0']],
    );
    const exported = JSON.parse(buildComparisonJson(quoted));
    const speaker = exported.claims[0].speakers[0];
    const text: string = exported.sources[0].text;
    expect([exported.claims[0].speakers.length, speaker.sentence, speaker.text, text.slice(speaker.start, speaker.end)]).toEqual([
      1,
      'a-p1-s1',
      'Mayor Ann Lutz',
      'Mayor Ann Lutz',
    ]);
  });
});
