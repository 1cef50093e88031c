import type {
  BlockKind,
  Paragraph,
  ReportLanguage,
  SegmentedReport,
  SegmentedStory,
  Sentence,
  SentenceId,
  SourceId,
  StorySlug,
} from '../../src/pipeline/types.ts';

/** One hand-made report: its paragraphs, each a list of sentences; a string paragraph is one body sentence. */
export interface ReportSpec {
  readonly id: string;
  /** Whether segment would have found the report English; default true. */
  readonly english?: boolean;
  readonly paragraphs: readonly (string | { readonly kind: BlockKind; readonly sentences: readonly string[] })[];
}

/**
 * Builds a segmented story from strings, without ingest or segment: one line per paragraph, sentences
 * joined by one space, ids `<report>-p<n>-s<m>` as segment makes them. For tests that need exact control.
 */
export function buildSegmentedStory(reports: readonly ReportSpec[], slug = 'fixture'): SegmentedStory {
  return {
    slug: slug as StorySlug,
    location: `fixtures/${slug}`,
    title: slug,
    metadata: { reports: {} },
    reports: reports.map((spec) => buildReport(spec)),
  };
}

const ENGLISH: ReportLanguage = { tag: 'en', english: true, source: 'declared', englishShare: 0.4, script: 'Latn', direction: 'ltr' };
const NOT_ENGLISH: ReportLanguage = { tag: 'und', english: false, source: 'detected', englishShare: 0.02, script: 'Latn', direction: 'ltr' };

function buildReport(spec: ReportSpec): SegmentedReport {
  const id = spec.id as SourceId;
  let text = '';
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = spec.paragraphs.map((entry, index) => {
    const paragraph = typeof entry === 'string' ? { kind: 'body' as const, sentences: [entry] } : entry;
    if (index > 0) text += '\n';
    const start = text.length;
    const ids: SentenceId[] = paragraph.sentences.map((sentenceText, position) => {
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
    text,
    blocks: paragraphs.map((paragraph, index) => ({
      kind: paragraph.kind,
      start: paragraph.start,
      end: paragraph.end,
      line: index + 1,
      lastLine: index + 1,
    })),
    metadata: {},
    warnings: [],
    title: sentences[0]?.text ?? spec.id,
    paragraphs,
    sentences,
    language: spec.english === false ? NOT_ENGLISH : ENGLISH,
  };
}
