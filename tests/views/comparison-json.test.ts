import { describe, expect, it } from 'vitest';
import { buildComparisonJson } from '../../src/site/views/comparison-json.ts';
import { storyViewOf } from '../helpers/stories.ts';

describe('buildComparisonJson', () => {
  const story = storyViewOf([{ id: 'a', paragraphs: ['A1.'] }, { id: 'b', paragraphs: ['B1.'] }], [['a0', 'b0']]);

  it('writes the story’s comparison as indented JSON ending in a newline', () => {
    const text = buildComparisonJson(story);
    expect([text.startsWith('{\n  "schemaVersion"'), text.endsWith('}\n')]).toEqual([true, true]);
  });

  it('reads back as the story’s claims with their page addresses', () => {
    expect(JSON.parse(buildComparisonJson(story)).claims).toEqual([
      { id: 'c001', summary: 'A1.', sentences: ['a-p1-s1', 'b-p1-s1'], sources: ['a', 'b'], url: '/stories/test/claims/c001/' },
    ]);
  });
});
