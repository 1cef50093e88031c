/**
 * Stories for tests, built from a few texts at the stage a test starts from:
 *
 * - `rawStoryOf`: files in memory, as a story folder gives them, for tests that run the real stages;
 * - `segmentText`: one text through the real ingest and segment;
 * - `segmentedStoryOf`: a segmented story laid out by hand, without ingest or segment, for exact control of
 *   kinds, paragraphs and ids;
 * - `alignedStoryOf` / `withClaims`: a segmented story with claims grouped by hand, so compare, provenance and
 *   the views are tested without the aligner deciding the groups;
 * - `storyViewOf`: such a story as the site reads it, through the content collection's schema, and
 *   `buildFinding` for the findings a view test needs.
 *
 * The real Hama reports are loaded by `hama.ts`.
 */
import { storySchema } from '../../src/collections/story-schema.ts';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { assignReportLabels, letterLabel } from '../../src/pipeline/ingest/report-labels.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import {
  coverageNoteSchema,
  derivationSchema,
  discrepancySchema,
  type CoverageNote,
  type AlignedStory,
  type BlockKind,
  type Claim,
  type ClaimId,
  type ClaimUnit,
  type DerivationVerdict,
  type DiffRun,
  type Discrepancy,
  type DiscrepancyKind,
  type Paragraph,
  type RawStory,
  type ReportLanguage,
  type SegmentedReport,
  type SegmentedStory,
  type Severity,
  type Sentence,
  type SentenceId,
  type SourceId,
  type StorySlug,
  type UnitId,
} from '../../src/pipeline/types.ts';
import type { StoryView } from '../../src/site/story-view.ts';
import { speakerOfSpan } from '../../src/pipeline/align/units/claim-units.ts';
import { extractAttributions } from '../../src/pipeline/text/speakers.ts';

/** Builds a raw story in memory from file names and texts (or bytes), as `readStoryFolder` would give it. */
export function rawStoryOf(files: Readonly<Record<string, string | Uint8Array>>, slug = 'fixture'): RawStory {
  return {
    slug: slug as StorySlug,
    location: `fixtures/${slug}`,
    metadata: { reports: {} },
    files: Object.entries(files).map(([name, content]) => ({
      name,
      bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    })),
  };
}

/** Ingests and segments one report text with the real stages and returns the report. */
export function segmentText(text: string, name = 'report.txt'): SegmentedReport {
  const [report] = segmentStory(ingestStory(rawStoryOf({ [name]: text }))).reports;
  if (report === undefined) throw new Error(`${name} gave no report`);
  return report;
}

/** One paragraph of a hand-made report: its kind and its sentences, joined by one space. */
export interface ParagraphSpec {
  readonly kind: BlockKind;
  readonly sentences: readonly string[];
}

/** One hand-made report. */
export interface ReportSpec {
  /** Report id; letters only when claims name its sentences (`a0`). */
  readonly id: string;
  /** Paragraphs in order, one line each; a string is a body paragraph of one sentence. */
  readonly paragraphs: readonly (string | ParagraphSpec)[];
  /** Whether segment would have found the report English; default true. */
  readonly english?: boolean;
  /** Publication date, as story.yaml gives it. */
  readonly published?: string;
  /** Id of an earlier report whose text this one repeats, as ingest marks a copy. */
  readonly duplicateOf?: string;
  /** Outlet, as story.yaml gives it; the report's label then comes from it as ingest makes it. */
  readonly outlet?: string;
}

const ENGLISH: ReportLanguage = { tag: 'en', english: true, source: 'detected', englishShare: 0.4, script: 'Latn', direction: 'ltr' };
const NOT_ENGLISH: ReportLanguage = { tag: 'und', english: false, source: 'detected', englishShare: 0.02, script: 'Latn', direction: 'ltr' };

/**
 * Builds a segmented story, slug `test` and titled "Test story", from hand-made reports, without ingest or
 * segment: one line per paragraph, sentences joined by one space, ids `<report>-p<n>-s<m>` as segment makes
 * them, each report titled by its first sentence.
 */
export function segmentedStoryOf(reports: readonly ReportSpec[]): SegmentedStory {
  const labels = assignReportLabels(reports.map((spec) => ({ metadata: metadataOf(spec) })));
  return {
    slug: 'test' as StorySlug,
    location: 'tests/test',
    title: 'Test story',
    metadata: { reports: {} },
    reports: reports.map((spec, index) => buildReport(spec, labels[index] ?? letterLabel(index))),
  };
}

function metadataOf(spec: ReportSpec): { outlet?: string; published?: string } {
  return { ...(spec.outlet === undefined ? {} : { outlet: spec.outlet }), ...(spec.published === undefined ? {} : { published: spec.published }) };
}

function buildReport(spec: ReportSpec, label: string): SegmentedReport {
  const id = spec.id as SourceId;
  let text = '';
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = spec.paragraphs.map((entry, index) => {
    const paragraph: ParagraphSpec = typeof entry === 'string' ? { kind: 'body', sentences: [entry] } : entry;
    if (index > 0) text += '\n';
    const start = text.length;
    const ids = paragraph.sentences.map((sentenceText, position) => {
      if (position > 0) text += ' ';
      const sentenceStart = text.length;
      text += sentenceText;
      const sentenceId = `${spec.id}-p${index + 1}-s${position + 1}` as SentenceId;
      sentences.push({
        id: sentenceId,
        source: id,
        kind: paragraph.kind,
        paragraph: index,
        position: sentences.length,
        start: sentenceStart,
        end: text.length,
        line: index + 1,
        text: sentenceText.replace(/\s+/g, ' ').trim(),
      });
      return sentenceId;
    });
    return { index, kind: paragraph.kind, start, end: text.length, sentences: ids };
  });
  return {
    id,
    file: `${spec.id}.txt`,
    label,
    text,
    blocks: paragraphs.map((paragraph, index) => ({ kind: paragraph.kind, start: paragraph.start, end: paragraph.end, line: index + 1, lastLine: index + 1 })),
    metadata: metadataOf(spec),
    ...(spec.duplicateOf === undefined ? {} : { duplicateOf: spec.duplicateOf as SourceId }),
    warnings: [],
    title: sentences[0]?.text ?? spec.id,
    paragraphs,
    sentences,
    language: spec.english === false ? NOT_ENGLISH : ENGLISH,
  };
}

/** A claim member: a sentence, whole or only the exact words `text` of it. */
export interface ClaimMember {
  readonly sentence: Sentence;
  readonly text?: string;
}

/**
 * Adds claims grouped by hand to a segmented story: each member becomes one unit, numbered within its
 * sentence as the aligner numbers them (`…-p2-s1-u1`, `-u2`), the first member's words are the summary,
 * cohesion is 1 and there are no links. Claims are numbered c001… in the order given.
 */
export function withClaims(story: SegmentedStory, groups: readonly (readonly ClaimMember[])[]): AlignedStory {
  const units: ClaimUnit[] = [];
  const unitsOfSentence = new Map<string, number>();
  const claims: Claim[] = groups.map((members, claimIndex) => {
    const claimUnits = members.map(({ sentence, text = sentence.text }) => {
      const at = sentence.text.indexOf(text);
      if (at === -1) throw new Error(`"${text}" is not in ${sentence.id}`);
      const number = (unitsOfSentence.get(sentence.id) ?? 0) + 1;
      unitsOfSentence.set(sentence.id, number);
      const speaker = speakerOfSpan(extractAttributions(sentence.text), at, at + text.length);
      const unit: ClaimUnit = {
        ...(speaker === undefined ? {} : { speaker: { text: speaker.speaker, start: sentence.start + speaker.start, end: sentence.start + speaker.end } }),
        id: `${sentence.id}-u${number}` as UnitId,
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
      units: claimUnits.map((unit) => unit.id),
      sentences: [...new Set(claimUnits.map((unit) => unit.sentence))],
      sources: [...new Set(claimUnits.map((unit) => unit.source))],
      cohesion: 1,
    };
  });
  return { ...story, units, claims, links: [] };
}

/**
 * A claim member by reference: `"a0"` is sentence 0 (in report order) of report `a`; `"a0|some words"` is
 * only those exact words of it.
 */
export type MemberRef = string;

/** Builds a segmented story from hand-made reports and groups the referenced sentences into claims. */
export function alignedStoryOf(reports: readonly ReportSpec[], claims: readonly (readonly MemberRef[])[]): AlignedStory {
  const story = segmentedStoryOf(reports);
  const memberOf = (ref: MemberRef): ClaimMember => {
    const [name = '', text] = ref.split('|');
    const match = /^([a-z]+)(\d+)$/.exec(name);
    const sentence = story.reports.find((report) => report.id === match?.[1])?.sentences[Number(match?.[2])];
    if (sentence === undefined) throw new Error(`no sentence ${name}`);
    return text === undefined ? { sentence } : { sentence, text };
  };
  return withClaims(story, claims.map((members) => members.map(memberOf)));
}

/**
 * A hand-made story as the site's pages read it: `alignedStoryOf` with the given findings, stored and read
 * back through the pipeline's schema as story pages read it from the pipeline cache (`readStoredStory`).
 */
export function storyViewOf(
  reports: readonly ReportSpec[],
  claims: readonly (readonly MemberRef[])[],
  discrepancies: readonly Discrepancy[] = [],
  coverage: readonly CoverageNote[] = [],
): StoryView {
  return storySchema.parse(JSON.parse(JSON.stringify({ ...alignedStoryOf(reports, claims), discrepancies, coverage })));
}

/** A coverage note about `claim`: carried by `sources` only (`unique` when one), left out by `missingFrom`. */
export function buildCoverageNote(claim: string, sources: readonly string[], missingFrom: readonly string[] = []): CoverageNote {
  return coverageNoteSchema.parse({
    kind: missingFrom.length === 0 ? 'unique' : 'omission',
    claim,
    summary: `Coverage of ${claim}`,
    sources,
    sentences: [],
    missingFrom,
  });
}

/** What a view test may set on a finding besides its id, claim and values; ids as plain strings. */
export interface FindingOverrides {
  readonly kind?: DiscrepancyKind;
  readonly severity?: Severity;
  readonly sentences?: readonly string[];
  readonly values?: Readonly<Record<string, string>>;
  readonly diff?: readonly DiffRun[];
}

/**
 * A finding about `claim`: by default a number contradiction between the sentences `values` names, each
 * giving the value written against it. It is parsed with the contract's schema, as the collection parses
 * stored findings, so a quote must carry its `diff`.
 */
export function buildFinding(id: string, claim: string, values: Readonly<Record<string, string>>, overrides: FindingOverrides = {}): Discrepancy {
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

/**
 * Adds a provenance analysis set by hand to a story view: every ordered pair of `reports` is `independent`
 * except the pairs listed in `sharing`, which get their verdict both ways round. The figures are placeholders
 * (nothing shared, nothing measured): views that read only the verdicts are tested without the analysis.
 */
export function withVerdicts(
  story: StoryView,
  reports: readonly string[],
  sharing: readonly (readonly [string, string, Exclude<DerivationVerdict, 'independent'>])[],
): StoryView {
  const verdictOf = (a: string, b: string): DerivationVerdict =>
    sharing.find(([x, y]) => (x === a && y === b) || (x === b && y === a))?.[2] ?? 'independent';
  const pairs = reports.flatMap((source) =>
    reports
      .filter((carrier) => carrier !== source)
      .map((carrier) => ({
        source,
        carrier,
        claims: 0,
        shared: 0,
        coverage: 0,
        inOrder: 0,
        orderAgreement: 0,
        orderChance: 1,
        wordingClaims: 0,
        verbatimClaims: 0,
        sharedClaims: [],
        verdict: verdictOf(source, carrier),
        explanation: '',
      })),
  );
  return { ...story, derivation: derivationSchema.parse({ reports, pairs }) };
}

/** One claim unit per sentence, id `<sentence>-u1`, as the aligner makes them for simple sentences. */
export function sentenceUnitsOf(story: SegmentedStory): ClaimUnit[] {
  return story.reports.flatMap((report) =>
    report.sentences.map((sentence) => ({
      id: `${sentence.id}-u1` as UnitId,
      sentence: sentence.id,
      source: report.id,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
    })),
  );
}
