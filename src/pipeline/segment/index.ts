import type {
  BlockKind,
  IngestWarning,
  IngestedReport,
  IngestedStory,
  Paragraph,
  SegmentedReport,
  SegmentedStory,
  Sentence,
  SentenceId,
} from '../types.ts';
import { parseSentenceSpans, type SentenceSpan } from './retext.ts';
import { judgeReportLanguage } from './language.ts';
import { repairSentenceSpans, splitLongSpans, trimSpan } from './sentence-rules.ts';
import { DEFAULT_SETTINGS, type SegmentSettings } from '../settings.ts';

export { parseSentenceSpans } from './retext.ts';
export { MAX_SENTENCE_LENGTH, repairSentenceSpans, splitLongSpans } from './sentence-rules.ts';
export { englishFunctionWordShare, judgeReportLanguage, knownLanguageTag } from './language.ts';
export { countLettersByScript, directionOfLanguage, judgeWriting } from './script.ts';

/** Block kinds whose text is prose and is split into sentences; others stay whole (a headline is one unit). */
const SPLIT_KINDS: ReadonlySet<BlockKind> = new Set(['body', 'standfirst']);

/** Number of words a title made from a report's first words may have. */
const TITLE_WORDS = 12;

/** Collapses runs of whitespace (including the line break of a joined line) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits one paragraph of text into sentence spans (offsets relative to the paragraph), none longer than
 * `MAX_SENTENCE_LENGTH`; `maxQuoteMerge`: see `SegmentSettings.maxQuoteMerge`.
 */
export function splitSentences(paragraph: string, maxQuoteMerge: number = DEFAULT_SETTINGS.segment.maxQuoteMerge): SentenceSpan[] {
  return splitLongSpans(paragraph, repairSentenceSpans(paragraph, parseSentenceSpans(paragraph), maxQuoteMerge));
}

/**
 * Builds the id of a sentence: report id, 1-based paragraph and 1-based sentence in that paragraph,
 * e.g. `000-8249785760228b4c-p3-s2`. Same input, same ids; readable in a URL fragment.
 */
export function sentenceId(source: string, paragraph: number, sentence: number): SentenceId {
  return `${source}-p${paragraph + 1}-s${sentence + 1}` as SentenceId;
}

/** Line (1-based) of an offset, from the report's line-start table. */
function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * A report's display title: its headline, else its first words (marked as cut with "…"), else its
 * file name. Never invented.
 */
export function titleOf(report: IngestedReport, sentences: readonly Sentence[]): string {
  const headline = sentences.find((sentence) => sentence.kind === 'headline');
  if (headline) return headline.text;
  const first = sentences.find((sentence) => sentence.kind === 'body') ?? sentences[0];
  if (!first) return report.file;
  const words = first.text.split(' ');
  return words.length <= TITLE_WORDS ? first.text : `${words.slice(0, TITLE_WORDS).join(' ')} …`;
}

/** Splits one ingested report into paragraphs and sentences with offsets and stable ids, and judges its language. */
export function segmentReport(
  report: IngestedReport,
  location = '',
  settings: SegmentSettings = DEFAULT_SETTINGS.segment,
): SegmentedReport {
  const lineStarts = [0];
  for (let i = 0; i < report.text.length; i++) if (report.text[i] === '\n') lineStarts.push(i + 1);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = report.blocks.map((block, paragraphIndex) => {
    const blockText = report.text.slice(block.start, block.end);
    const spans = SPLIT_KINDS.has(block.kind)
      ? splitSentences(blockText, settings.maxQuoteMerge)
      : splitLongSpans(blockText, [trimSpan(blockText, 0, blockText.length)]);
    const ids = spans.map((span, index) => {
      const id = sentenceId(report.id, paragraphIndex, index);
      const start = block.start + span.start;
      const end = block.start + span.end;
      sentences.push({
        id,
        source: report.id,
        kind: block.kind,
        paragraph: paragraphIndex,
        position: sentences.length,
        start,
        end,
        line: lineAt(lineStarts, start),
        text: collapseWhitespace(report.text.slice(start, end)),
      });
      return id;
    });
    return { index: paragraphIndex, kind: block.kind, start: block.start, end: block.end, sentences: ids };
  });
  const language = judgeReportLanguage(sentences, report.metadata, settings);
  const warnings: readonly IngestWarning[] = language.english
    ? report.warnings
    : [
        ...report.warnings,
        {
          code: 'not-english',
          file: location === '' ? report.file : `${location}/${report.file}`,
          message: `not compared: the text does not read as English (language ${language.tag}, ${language.source}); the aligner only handles English`,
        },
      ];
  return { ...report, warnings, title: titleOf(report, sentences), paragraphs, sentences, language };
}

/**
 * Segments every report of a story. The story title is the one `story.yaml` gives, else the first
 * report headline, else the folder slug.
 */
export function segmentStory(story: IngestedStory, settings: SegmentSettings = DEFAULT_SETTINGS.segment): SegmentedStory {
  const reports = story.reports.map((report) => segmentReport(report, story.location, settings));
  const headline = reports.flatMap((report) => report.sentences).find((sentence) => sentence.kind === 'headline');
  return { ...story, title: story.metadata.title ?? headline?.text ?? story.slug, reports };
}
