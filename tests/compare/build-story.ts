/**
 * Test helper: builds a small `AlignedStory` by hand from a few sentences per report and a claim grouping,
 * so each detector can be tested on fixtures that isolate one behaviour, without running ingest or align.
 */
import type {
  AlignedStory,
  Claim,
  ClaimId,
  ClaimUnit,
  SegmentedReport,
  Sentence,
  SentenceId,
  SourceId,
  StorySlug,
  UnitId,
} from '../../src/pipeline/types.ts';

/** One hand-made report: an id such as `a`, an optional publication date, and its sentences in order. */
export interface FixtureReport {
  readonly id: string;
  readonly published?: string;
  readonly sentences: readonly string[];
}

/**
 * A claim member: `"a0"` is the whole of sentence 0 of report `a`; `"a0|some words"` is a unit made of
 * that exact substring of the sentence.
 */
export type MemberRef = string;

/** Builds the story. Every sentence is its own body paragraph; `claims` lists members per claim. */
export function buildStory(reports: readonly FixtureReport[], claims: readonly (readonly MemberRef[])[]): AlignedStory {
  const segmented: SegmentedReport[] = reports.map((fixture) => {
    const source = fixture.id as SourceId;
    let offset = 0;
    const sentences: Sentence[] = fixture.sentences.map((text, position) => {
      const sentence: Sentence = {
        id: `${fixture.id}-p${position + 1}-s1` as SentenceId,
        source,
        kind: 'body',
        paragraph: position,
        position,
        start: offset,
        end: offset + text.length,
        line: position + 1,
        text,
      };
      offset += text.length + 1;
      return sentence;
    });
    return {
      id: source,
      file: `${fixture.id}.txt`,
      text: fixture.sentences.join('\n'),
      blocks: sentences.map((s) => ({ kind: 'body' as const, start: s.start, end: s.end, line: s.line, lastLine: s.line })),
      metadata: fixture.published === undefined ? {} : { published: fixture.published },
      warnings: [],
      title: fixture.sentences[0] ?? fixture.id,
      language: { tag: 'en', english: true, source: 'detected', englishShare: 0.4, script: 'Latn', direction: 'ltr' },
      paragraphs: sentences.map((s) => ({ index: s.paragraph, kind: 'body' as const, start: s.start, end: s.end, sentences: [s.id] })),
      sentences,
    };
  });
  const sentenceOf = (ref: string): Sentence => {
    const match = /^([a-z]+)(\d+)$/.exec(ref);
    const report = segmented.find((r) => r.id === match?.[1]);
    const sentence = report?.sentences[Number(match?.[2])];
    if (sentence === undefined) throw new Error(`no sentence ${ref}`);
    return sentence;
  };
  const units: ClaimUnit[] = [];
  const builtClaims: Claim[] = claims.map((members, claimIndex) => {
    const claimUnits = members.map((member, memberIndex) => {
      const [ref = '', part] = member.split('|');
      const sentence = sentenceOf(ref);
      const text = part ?? sentence.text;
      const at = sentence.text.indexOf(text);
      if (at === -1) throw new Error(`"${text}" is not in ${ref}`);
      const unit: ClaimUnit = {
        id: `${sentence.id}-u${claimIndex}-${memberIndex}` as UnitId,
        sentence: sentence.id,
        source: sentence.source,
        start: sentence.start + at,
        end: sentence.start + at + text.length,
        text,
      };
      units.push(unit);
      return unit;
    });
    const [first] = claimUnits;
    if (first === undefined) throw new Error('a claim needs members');
    return {
      id: `c${String(claimIndex + 1).padStart(3, '0')}` as ClaimId,
      summary: first.text,
      summaryUnit: first.id,
      units: claimUnits.map((u) => u.id),
      sentences: [...new Set(claimUnits.map((u) => u.sentence))],
      sources: [...new Set(claimUnits.map((u) => u.source))],
      cohesion: 1,
    };
  });
  return {
    slug: 'fixture' as StorySlug,
    location: 'tests/compare',
    metadata: { reports: {} },
    title: 'Fixture',
    reports: segmented,
    units,
    claims: builtClaims,
    links: [],
  };
}
