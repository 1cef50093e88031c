import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../src/pipeline/types.ts';
import type { StoryView } from '../../src/site/story-view.ts';
import { buildReportView } from '../../src/site/views/report.ts';
import { storyViewOf } from '../helpers/stories.ts';

const SITE = new URL('https://parallax.example/');

/** Reports `a` and `b`, and `copy`, which has the same text as `a` and says so in a warning. */
function storyWithCopy(): StoryView {
  const built = storyViewOf(
    [
      { id: 'a', paragraphs: ['Rain fell.'] },
      { id: 'b', paragraphs: ['It rained.'] },
      { id: 'copy', paragraphs: ['Rain fell.'] },
    ],
    [['a0', 'b0']],
  );
  return {
    ...built,
    reports: built.reports.map((report) =>
      report.id === 'copy'
        ? {
            ...report,
            duplicateOf: 'a' as SourceId,
            warnings: [
              { code: 'duplicate' as const, file: 'copy.txt', message: 'same text as a.txt' },
              { code: 'not-english' as const, file: 'copy.txt', message: 'not compared: the text does not read as English' },
            ],
          }
        : report.id === 'a'
          ? { ...report, metadata: { outlet: 'Gazette', published: '2024-12-05' } }
          : report,
    ),
  };
}

describe('buildReportView', () => {
  it('states the report’s file, sentence counts and only the metadata story.yaml gives', () => {
    expect(buildReportView(storyWithCopy(), 'a', SITE).facts).toEqual({
      file: 'a.txt',
      sentences: 1,
      bodySentences: 1,
      outlet: 'Gazette',
      published: '2024-12-05',
      language: undefined,
      url: undefined,
    });
  });

  it('links a copy to the report it copies, and keeps that out of its warnings', () => {
    const view = buildReportView(storyWithCopy(), 'copy', SITE);
    expect([view.original, view.warnings]).toEqual([{ href: '/stories/test/reports/a/', label: 'A' }, ['not compared: the text does not read as English']]);
  });

  it('titles the page after the report’s label, leaving its file name to the facts', () => {
    const view = buildReportView(storyWithCopy(), 'b', SITE);
    expect([view.frame.current, view.label]).toEqual(['Report B', 'B']);
  });

  it('writes the report’s JSON-LD with its absolute address', () => {
    expect(JSON.parse(buildReportView(storyWithCopy(), 'a', SITE).jsonLd)).toMatchObject({ '@type': 'NewsArticle', mainEntityOfPage: 'https://parallax.example/stories/test/reports/a/' });
  });

  it('refuses a report the story does not have', () => {
    expect(() => buildReportView(storyWithCopy(), 'z', SITE)).toThrow('report z missing from test');
  });
});
