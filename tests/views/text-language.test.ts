import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/site/story-index.ts';
import type { StoryView } from '../../src/site/story-view.ts';
import {
  UNKNOWN_TEXT,
  claimSummaryAttributes,
  reportTextAttributes,
  sentenceTextAttributes,
  storyTitleAttributes,
} from '../../src/site/text-language.ts';
import { storyViewOf } from '../helpers/stories.ts';

type Language = StoryView['reports'][number]['language'];

const ARABIC: Language = { tag: 'ar', english: false, source: 'detected', englishShare: 0, script: 'Arab', direction: 'rtl' };
const ENGLISH: Language = { tag: 'en', english: true, source: 'detected', englishShare: 0.4, script: 'Latn', direction: 'ltr' };
const UNKNOWN_LATIN: Language = { tag: 'und', english: true, source: 'too-short', englishShare: 0, script: 'Latn', direction: 'ltr' };

/** A two-report story whose report `b` is written as `language` says. */
function storyWith(language: Language, title?: string): StoryView {
  const story = storyViewOf(
    [
      { id: 'a', paragraphs: ['Rebels took the city.'] },
      { id: 'b', paragraphs: ['أخذ المتمردون المدينة.'] },
    ],
    [['a0'], ['b0']],
  );
  return {
    ...story,
    ...(title === undefined ? {} : { title, metadata: { ...story.metadata, title } }),
    reports: story.reports.map((report) => (report.id === 'b' ? { ...report, language } : report)),
  };
}

describe('text language attributes', () => {
  it('marks an Arabic report ar, right to left', () => {
    expect(reportTextAttributes({ language: ARABIC })).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('marks an English report en, left to right', () => {
    expect(reportTextAttributes(storyWith(ARABIC).reports[0])).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('gives a report of unknown language an empty lang, never en', () => {
    expect(reportTextAttributes({ language: UNKNOWN_LATIN })).toEqual({ lang: '', dir: 'ltr' });
  });

  it('keeps a script-only tag such as und-Cyrl', () => {
    expect(reportTextAttributes({ language: { ...UNKNOWN_LATIN, tag: 'und-Cyrl', script: 'Cyrl' } })).toEqual({ lang: 'und-Cyrl', dir: 'ltr' });
  });

  it('gives text of no known report unknown language and automatic direction', () => {
    expect(reportTextAttributes(undefined)).toEqual(UNKNOWN_TEXT);
  });

  it('marks a sentence and a claim summary with their report’s attributes', () => {
    const story = storyWith(ARABIC);
    const index = indexStory(story);
    const [english, arabic] = story.claims;
    expect(sentenceTextAttributes(index, { source: 'b' })).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(claimSummaryAttributes(index, { summaryUnit: arabic?.summaryUnit ?? '' })).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(claimSummaryAttributes(index, { summaryUnit: english?.summaryUnit ?? '' })).toEqual({ lang: 'en', dir: 'ltr' });
    expect(claimSummaryAttributes(index, { summaryUnit: 'missing' })).toEqual(UNKNOWN_TEXT);
  });
});

describe('story title attributes', () => {
  it('gives a title from story.yaml the language the reports share', () => {
    expect(storyTitleAttributes(storyWith(ENGLISH, 'Rebels take the city'))).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('gives a title from story.yaml unknown language when the reports differ', () => {
    expect(storyTitleAttributes(storyWith(ARABIC, 'Rebels take the city'))).toEqual(UNKNOWN_TEXT);
  });

  it('gives a title taken from a headline the attributes of the report it comes from', () => {
    const story = storyWith(ARABIC);
    const reports = story.reports.map((report) =>
      report.id === 'b' ? { ...report, sentences: report.sentences.map((s) => ({ ...s, kind: 'headline' as const })) } : report,
    );
    expect(storyTitleAttributes({ ...story, title: 'أخذ المتمردون المدينة.', reports })).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('gives a title that is only the folder slug unknown language', () => {
    expect(storyTitleAttributes(storyWith(ARABIC))).toEqual(UNKNOWN_TEXT);
  });
});
