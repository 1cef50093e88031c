import { lookUpOwn } from '../look-up-own.ts';
import type { IngestedReport, IngestedStory, RawStory, SourceId } from '../types.ts';
import { ingestReport } from './ingest-report.ts';
import { assignReportLabels, letterLabel } from './report-labels.ts';
import { assignUniqueSlugs, stripTextExtension } from './slug.ts';

export { IngestError, formatLocation, type InputLocation } from './ingest-error.ts';
export { decodeReportText, decodeUtf8Text, detectWideEncoding, findInvalidUtf8, type WideEncoding, type WideText } from './decode.ts';
export { daysInMonth, findIsoDateProblem, isCalendarDate, isLeapYear } from './calendar-date.ts';
export { classifyLines, matchDateline } from './classify-blocks.ts';
export { splitLines } from './lines.ts';
export { ingestReport } from './ingest-report.ts';
export { MAX_REPORT_BYTES, assertReportSize, formatByteSize } from './report-size.ts';
export { parseStoryMetadata } from './story-metadata.ts';
export { assignReportLabels, letterLabel } from './report-labels.ts';
export { slugify, assignUniqueSlugs } from './slug.ts';

/** Collapses whitespace so that two copies of one text compare equal whatever their line ends or spacing. */
function fingerprint(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Ingests a story: decodes, normalises and classifies every report file (in file-name order, which
 * is the order the story's files are read in) and flags reports whose text repeats an earlier one.
 */
export function ingestStory(raw: RawStory): IngestedStory {
  const files = [...raw.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ids = assignUniqueSlugs(files.map((file) => stripTextExtension(file.name)), 'report');
  const metadata = files.map((file) => lookUpOwn(raw.metadata.reports, file.name) ?? {});
  const labels = assignReportLabels(metadata.map((meta) => ({ metadata: meta })));
  const seen = new Map<string, SourceId>();
  const reports: IngestedReport[] = files.map((file, index) => {
    const id = (ids[index] ?? `report-${index + 1}`) as SourceId;
    const report = ingestReport(id, file, metadata[index] ?? {}, `${raw.location}/${file.name}`, labels[index] ?? letterLabel(index));
    const key = fingerprint(report.text);
    const original = key === '' ? undefined : seen.get(key);
    if (original === undefined) {
      if (key !== '') seen.set(key, id);
      return report;
    }
    return {
      ...report,
      duplicateOf: original,
      warnings: [
        ...report.warnings,
        { code: 'duplicate', file: `${raw.location}/${file.name}`, message: `same text as report ${original}; shown, but not compared twice` },
      ],
    };
  });
  return { slug: raw.slug, location: raw.location, metadata: raw.metadata, reports, notices: raw.notices ?? [] };
}
