import { describe, expect, it } from 'vitest';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import {
  MAX_SENTENCE_LENGTH,
  parseSentenceSpans,
  segmentStory,
  splitLongSpans,
  splitSentences,
} from '../../src/pipeline/segment/index.ts';
import { readHama, segmentedHama } from '../helpers/hama.ts';
import { segmentText } from '../helpers/stories.ts';

/** Splits one paragraph and returns the sentence texts. */
const sentencesOf = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('does not end a sentence at a title abbreviation', () => {
    expect(sentencesOf('A spokesman, Maj. Hassan Ali, spoke. Then Gen. Smith left.')).toEqual([
      'A spokesman, Maj. Hassan Ali, spoke.',
      'Then Gen. Smith left.',
    ]);
  });

  it('does not end a sentence at Mr. or inside U.N.', () => {
    expect(sentencesOf('Fighters came to support Mr. Assad. The U.N. food agency said 280,000 fled.')).toEqual([
      'Fighters came to support Mr. Assad.',
      'The U.N. food agency said 280,000 fled.',
    ]);
  });

  it('keeps a quotation of several sentences together with its attribution', () => {
    const text = '“We will win. The battle is ahead. Nothing can stop us,” said the commander. He left.';
    expect(sentencesOf(text)).toEqual(['“We will win. The battle is ahead. Nothing can stop us,” said the commander.', 'He left.']);
  });

  it('ignores quote marks that do not balance instead of gluing the paragraph together', () => {
    const text = 'The sign said “closed. We went home. It rained all night. Nobody came.';
    expect(splitSentences(text)).toHaveLength(parseSentenceSpans(text).length);
    expect(splitSentences(text).length).toBeGreaterThan(2);
  });

  it('does not glue sentences around a closing mark that rebuilt text pushed past a space', () => {
    const text = 'The boy was shot with an "improvised gun. "The father was dead. Police came.';
    expect(sentencesOf(text)).toEqual(['The boy was shot with an "improvised gun.', '"The father was dead.', 'Police came.']);
  });

  it('keeps numbers with units and decimals inside one sentence', () => {
    expect(sentencesOf('Homs lies 40 km south. The rate rose 2.5 per cent.')).toEqual(['Homs lies 40 km south.', 'The rate rose 2.5 per cent.']);
  });

  it('does not split at an ellipsis inside a quotation', () => {
    const text = '“Between our soldiers and terrorist groups… these groups were able to enter it,” it said. Next.';
    expect(sentencesOf(text)).toHaveLength(2);
  });
});

describe('segmentStory on the Hama reports', () => {
  const story = segmentedHama();
  const sentences = story.reports.flatMap((r) => r.sentences);

  it.each([
    ['Mr. Assad', 'Mr.'],
    ['U.N. food agency', 'U.N.'],
    ['Maj. Hassan', 'Maj.'],
  ])('never ends a sentence inside “%s”', (phrase, abbreviation) => {
    expect(sentences.filter((s) => s.text.includes(phrase)).length).toBeGreaterThan(0);
    expect(sentences.filter((s) => s.text.endsWith(abbreviation))).toEqual([]);
  });

  it('gives every sentence a unique id', () => {
    expect(sentences.length).toBeGreaterThan(100);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
  });

  it('gives the same ids and offsets on a second run', () => {
    const again = segmentStory(ingestStory(readHama())).reports.flatMap((r) => r.sentences);
    expect(again.map((s) => [s.id, s.start, s.end])).toEqual(sentences.map((s) => [s.id, s.start, s.end]));
  });

  it('makes ids that are valid, readable URL fragments', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) expect(sentence.id).toMatch(/^[a-z0-9-]+-p\d+-s\d+$/);
  });

  it('stores each sentence as the exact text at its offsets, whitespace collapsed', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const report of story.reports) {
      for (const sentence of report.sentences) {
        expect(sentence.text).toBe(report.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' '));
      }
    }
  });

  it('keeps the three-sentence quotation of Jihad Yazigi in 001 in one sentence', () => {
    const quote = sentences.find((s) => s.text.startsWith('“Assad can no longer afford'));
    expect(quote?.text.endsWith('remarked Jihad Yazigi, editor of the Syria Report newsletter.')).toBe(true);
  });
});

describe('report titles', () => {
  it('uses the headline when the report has one', () => {
    expect(segmentText('Council Approves Budget\nThe council approved the budget.').title).toBe('Council Approves Budget');
  });

  it('uses the first words, marked as cut, when there is no headline', () => {
    expect(segmentText('The council approved the budget on Monday after a debate that lasted more than nine hours.').title).toBe(
      'The council approved the budget on Monday after a debate that lasted …',
    );
  });

  it('uses the file name when the report has no text', () => {
    expect(segmentText('', 'empty.txt').title).toBe('empty.txt');
  });
});

describe('sentences that end in a number', () => {
  it.each([
    ['The strike began on day 11. Then the union gave in.', ['The strike began on day 11.', 'Then the union gave in.']],
    ['He was born on Feb. 17. Jackson said so.', ['He was born on Feb. 17.', 'Jackson said so.']],
  ])('splits %j after the number', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('does not split a quotation that has a number and a full stop inside it', () => {
    expect(sentencesOf('“We lost game 3. Then we won the series,” the coach said. He smiled.')).toEqual([
      '“We lost game 3. Then we won the series,” the coach said.',
      'He smiled.',
    ]);
  });

  it('leaves decimals and list numbers alone', () => {
    expect(sentencesOf('They won 2.5 million in prizes. 1. Fans cheered.')).toHaveLength(2);
  });
});

describe('sentences longer than the limit', () => {
  /** A line of `count` words with no punctuation at all. */
  const unpunctuated = (count: number) =>
    Array.from({ length: count }, (_, index) => ['river', 'flood', 'and', 'the', 'families', 'road'][index % 6]).join(' ');

  it.each([
    ['cuts at the last whitespace within the limit', 'aaaa bbbb cccc', 9, ['aaaa bbbb', 'cccc']],
    ['cuts a run without whitespace at the limit', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['never cuts a character in two', '😀😀😀', 3, ['😀', '😀', '😀']],
    ['leaves a span within the limit alone', 'aaaa bbbb', 9, ['aaaa bbbb']],
  ])('%s', (_, text, limit, expected) => {
    const spans = splitLongSpans(text, [{ start: 0, end: text.length }], limit);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });

  it('splits a long line without punctuation into sentences no longer than the limit', () => {
    const line = unpunctuated(3000);
    const spans = splitSentences(line);
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
  });

  it('keeps every word of the long line, in order, once, at its exact offsets', () => {
    const report = segmentText(`Floods Reach the Valley\n${unpunctuated(3000)}\n`);
    const body = report.sentences.filter((sentence) => sentence.kind === 'body');
    for (const sentence of body) {
      expect(sentence.text).toBe(report.text.slice(sentence.start, sentence.end));
      expect(sentence.end - sentence.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    }
    expect(body.map((sentence) => sentence.text).join(' ')).toBe(unpunctuated(3000));
    expect(body.map((sentence) => sentence.id)).toEqual(body.map((_, index) => `report-p2-s${index + 1}`));
  });
});
