import { describe, expect, it } from 'vitest';
import * as references from '../../src/remark/claim-references.ts';
import { parseReferenceTarget, UnresolvedReferenceError, type ReferenceResolver } from '../../src/remark/claim-references.ts';
import { headingIdOf } from '../../src/remark/heading-ids.ts';
import { renderMarkdown } from '../../src/remark/render-markdown.ts';
import { resolveNoteReferences } from '../../src/site/note-references.ts';
import { indexStory } from '../../src/site/story-index.ts';
import { storyViewOf } from '../helpers/stories.ts';

/** A resolver that knows claim c001 and sentence p2-s1 of report b, as a story would. */
const resolve: ReferenceResolver = (target) => {
  if (target.kind === 'claim') return target.claim === 'c001' ? { href: '/claims/c001/', name: 'claim c001' } : { problem: `no claim ${target.claim}` };
  return target.report === 'b' && target.sentence === 'p2-s1' ? { href: '/reports/b/#b-p2-s1', name: 'B, line 2' } : { problem: `no sentence ${target.sentence} in ${target.report}` };
};

/** Renders `markdown` as the file `notes.md`, or returns the error it stops with. */
function render(markdown: string, resolver: ReferenceResolver | 'none' = resolve): string | Error {
  try {
    return renderMarkdown(markdown, { file: 'content/stories/test/notes.md', resolve: resolver === 'none' ? undefined : resolver }).html;
  } catch (error) {
    return error as Error;
  }
}

describe('the claim-references module', () => {
  it('exports the plugin, the target parser and the error', () => {
    expect(Object.keys(references).sort()).toEqual(['UnresolvedReferenceError', 'parseReferenceTarget', 'remarkClaimReferences']);
  });
});

describe('parseReferenceTarget', () => {
  it('reads a claim id and a report#sentence reference, and refuses anything else', () => {
    expect(['c005', 'C5', '002#p3-s1', 'B # p1-s2', 'hello', '#p1-s1', '002#'].map(parseReferenceTarget)).toEqual([
      { kind: 'claim', claim: 'c005' },
      { kind: 'claim', claim: 'c5' },
      { kind: 'sentence', report: '002', sentence: 'p3-s1' },
      { kind: 'sentence', report: 'B', sentence: 'p1-s2' },
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('remarkClaimReferences', () => {
  it('turns a claim reference into a link named after the claim', () => {
    expect(render('See [[c001]] first.')).toBe('<p>See <a href="/claims/c001/" class="note-reference">claim c001</a> first.</p>');
  });

  it('turns a sentence reference into a link, with the link text the note gives', () => {
    expect(render('As [[b#p2-s1|the second report]] has it.')).toBe('<p>As <a href="/reports/b/#b-p2-s1" class="note-reference">the second report</a> has it.</p>');
  });

  it('leaves references inside code alone', () => {
    expect(render('Write `[[c999]]` to link a claim.')).toBe('<p>Write <code>[[c999]]</code> to link a claim.</p>');
  });

  it('stops with the file, line and column of a claim reference that does not resolve', () => {
    const error = render('First line.\n\nSecond paragraph, then [[c999]] here.');
    expect(error).toBeInstanceOf(UnresolvedReferenceError);
    expect((error as Error).message).toBe('content/stories/test/notes.md:3:24: [[c999]] does not resolve: no claim c999');
  });

  it('counts lines inside a paragraph that runs over several lines', () => {
    const error = render('A note\nthat runs on\nto [[b#p9-s9]].');
    expect([(error as UnresolvedReferenceError).line, (error as UnresolvedReferenceError).column]).toEqual([3, 4]);
  });

  it('stops at a reference it cannot read, saying how to write one', () => {
    expect((render('See [[the toll]].') as Error).message).toMatch(/^content\/stories\/test\/notes\.md:1:5: \[\[the toll\]\] does not resolve: write a claim as/);
  });

  it('refuses every reference on a page that belongs to no story', () => {
    expect((render('See [[c001]].', 'none') as Error).message).toMatch(/belongs to no story/);
  });

  it('drops raw HTML instead of passing it through', () => {
    expect(render('Text <script>alert(1)</script> more.')).toBe('<p>Text alert(1) more.</p>');
  });
});

describe('headingIdOf', () => {
  it('makes a heading’s text an id for links', () => {
    expect(['Independent support', 'Who says it?', 'Éditeur’s notes', '!!!'].map(headingIdOf)).toEqual(['independent-support', 'who-says-it', 'editeur-s-notes', 'section']);
  });
});

describe('resolveNoteReferences', () => {
  const story = storyViewOf(
    [
      { id: 'alpha', paragraphs: ['Rain fell.', 'Roads closed.'] },
      { id: 'beta', paragraphs: ['It rained.'], outlet: 'Valley News' },
    ],
    [['alpha0', 'beta0']],
  );
  const resolveIn = resolveNoteReferences(indexStory(story));

  it('links a claim of the story to its page', () => {
    expect(resolveIn({ kind: 'claim', claim: 'c001' })).toEqual({ href: '/stories/test/claims/c001/', name: 'claim c001' });
  });

  it('finds a report by its label, outlet, file name or the start of its id', () => {
    const targets = ['A', 'Valley News', 'alpha.txt', 'bet'].map((report) => resolveIn({ kind: 'sentence', report, sentence: 'p1-s1' }));
    expect(targets.map((target) => ('href' in target ? target.href : target.problem))).toEqual([
      '/stories/test/reports/alpha/#alpha-p1-s1',
      '/stories/test/reports/beta/#beta-p1-s1',
      '/stories/test/reports/alpha/#alpha-p1-s1',
      '/stories/test/reports/beta/#beta-p1-s1',
    ]);
  });

  it('says why a claim, report or sentence is not found', () => {
    const problems = [
      resolveIn({ kind: 'claim', claim: 'c009' }),
      resolveIn({ kind: 'sentence', report: 'Z', sentence: 'p1-s1' }),
      resolveIn({ kind: 'sentence', report: 'A', sentence: 'p7-s1' }),
    ].map((result) => ('problem' in result ? result.problem : result.href));
    expect(problems).toEqual([
      'story test has no claim c009 (its claims are c001 to c001)',
      'story test has no report "Z" (name one by its label, file name or id: A, Valley News)',
      'report A (alpha.txt) has no sentence p7-s1; sentence ids read p<paragraph>-s<sentence>, e.g. p3-s1',
    ]);
  });
});
