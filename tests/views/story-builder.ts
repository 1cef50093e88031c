import { storySchema } from '../../src/collections/story-schema.ts';
import { discrepancySchema, type DiffRun, type DiscrepancyKind, type Severity } from '../../src/pipeline/types.ts';
import type { StoryView } from '../../src/site/story-view.ts';

/**
 * Builds a small compared story for view tests: `reports` maps a report id to its body sentences,
 * `claims` lists claims as arrays of [report, sentence index] members. The story is parsed with the content
 * collection's schema, as the site's stories are, which checks it and gives its ids their brands.
 */
export function buildStoryView(
  reports: Record<string, string[]>,
  claims: [string, number][][],
  discrepancies: StoryView['discrepancies'] = [],
): StoryView {
  const reportViews = Object.entries(reports).map(([id, sentences]) => {
    let offset = 0;
    const text = sentences.join('\n');
    const sentenceViews = sentences.map((sentence, position) => {
      const start = offset;
      offset += sentence.length + 1;
      return { id: `${id}-p${position + 1}-s1`, source: id, kind: 'body' as const, paragraph: position, position, start, end: start + sentence.length, line: position + 1, text: sentence };
    });
    return {
      id,
      file: `${id}.txt`,
      text,
      title: sentences[0] ?? id,
      blocks: sentenceViews.map((s) => ({ kind: 'body' as const, start: s.start, end: s.end, line: s.line, lastLine: s.line })),
      metadata: {},
      warnings: [],
      paragraphs: sentenceViews.map((s, index) => ({ index, kind: 'body' as const, start: s.start, end: s.end, sentences: [s.id] })),
      sentences: sentenceViews,
      language: { tag: 'en', english: true, source: 'detected' as const, englishShare: 0.4, script: 'Latn', direction: 'ltr' as const },
    };
  });
  const sentenceId = (report: string, index: number) => `${report}-p${index + 1}-s1`;
  return storySchema.parse({
    slug: 'test',
    location: 'tests/test',
    title: 'Test story',
    metadata: { reports: {} },
    reports: reportViews,
    units: reportViews.flatMap((r) => r.sentences.map((s) => ({ id: `${s.id}-u1`, sentence: s.id, source: r.id, start: s.start, end: s.end, text: s.text }))),
    claims: claims.map((members, i) => {
      const first = members[0] ?? ['a', 0];
      return {
        id: `c${String(i + 1).padStart(3, '0')}`,
        summary: reports[first[0]]?.[first[1]] ?? '',
        summaryUnit: `${sentenceId(...first)}-u1`,
        units: members.map((m) => `${sentenceId(...m)}-u1`),
        sentences: members.map((m) => sentenceId(...m)),
        sources: [...new Set(members.map((m) => m[0]))],
        cohesion: 0.8,
      };
    }),
    links: [],
    discrepancies,
  });
}

type Finding = StoryView['discrepancies'][number];

/** What a test may set on a finding besides its id, claim and values; ids as plain strings. */
interface FindingOverrides {
  readonly kind?: DiscrepancyKind;
  readonly severity?: Severity;
  readonly sentences?: readonly string[];
  readonly values?: Readonly<Record<string, string>>;
  readonly missingFrom?: readonly string[];
  readonly diff?: readonly DiffRun[];
}

/**
 * A finding about `claim`: by default a number contradiction between the sentences `values` names,
 * each giving the value written against it. It is parsed with the contract's schema, as the collection
 * parses stored findings, so an omission must name `missingFrom` and a quote carry its `diff`.
 */
export function buildFinding(id: string, claim: string, values: Readonly<Record<string, string>>, overrides: FindingOverrides = {}): Finding {
  return discrepancySchema.parse({
    id,
    kind: 'number',
    severity: 'contradiction',
    claim,
    summary: `Finding ${id}`,
    sentences: Object.keys(values),
    values,
    ...overrides,
  });
}
