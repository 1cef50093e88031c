import { describe, expect, it } from 'vitest';
import { buildRssView } from '../../src/site/views/rss.ts';
import { summarizeStory } from '../../src/collections/story-summary.ts';
import { buildCoverageNote, buildFinding, storyViewOf } from '../helpers/stories.ts';

const story = summarizeStory(storyViewOf(
  [
    { id: 'a', paragraphs: ['A1.', 'A2.'] },
    { id: 'b', paragraphs: ['B1.'] },
  ],
  [['a0', 'b0'], ['a1']],
  [buildFinding('d1', 'c001', { 'a-p1-s1': 'A1', 'b-p1-s1': 'B1' }, { kind: 'name', severity: 'variant' })],
  [buildCoverageNote('c002', ['a'])],
), '/cache/test.json');

describe('buildRssView', () => {
  it('describes each story by its reports, claims and discrepancies, coverage left out', () => {
    expect(buildRssView([story], new URL('https://parallax.example/')).items).toEqual([
      { title: 'Test story', link: '/stories/test/', description: '2 reports, 2 claims, 1 discrepancy compared.' },
    ]);
  });

  it('dates an item only when story.yaml dates the story', () => {
    const dated = { ...story, metadata: { ...story.metadata, published: '2024-12-05' } };
    expect(buildRssView([dated], undefined).items[0]?.pubDate).toEqual(new Date('2024-12-05'));
  });

  it('falls back to the local address when the site has none', () => {
    expect(buildRssView([], undefined).site).toBe('http://127.0.0.1:4321');
  });
});
