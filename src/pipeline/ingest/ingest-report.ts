import { canStateClaim } from '../compared-reports.ts';
import type { IngestWarning, IngestedReport, RawReportFile, SourceId, SourceMetadata } from '../types.ts';
import { classifyLines } from './classify-blocks.ts';
import { decodeReportText } from './decode.ts';
import { splitLines } from './lines.ts';
import { assertReportSize } from './report-size.ts';

/**
 * Decodes and classifies one report file. Text that is not body is kept as blocks of its own kind;
 * only whitespace is left outside every block. An empty or body-less file is not an error: it is
 * kept with a warning, so the site can say why the report is not compared (`compared-reports.ts`). A file over
 * `MAX_REPORT_BYTES` is refused with an `IngestError` naming it, its size and the limit. `label` is the
 * report's reader-facing name among its story's reports (`assignReportLabels`).
 */
export function ingestReport(
  id: SourceId,
  file: RawReportFile,
  metadata: SourceMetadata,
  displayPath: string,
  label: string,
): IngestedReport {
  assertReportSize(displayPath, file.bytes.length);
  const text = decodeReportText(displayPath, file.bytes);
  const blocks = classifyLines(splitLines(text));
  const warnings: IngestWarning[] = [];
  if (blocks.length === 0) {
    warnings.push(
      text === ''
        ? { code: 'empty-file', file: displayPath, message: 'not compared: the file is empty' }
        : { code: 'whitespace-only', file: displayPath, message: 'not compared: the file holds only whitespace' },
    );
  } else if (!blocks.some((block) => block.kind === 'body' && canStateClaim(text.slice(block.start, block.end)))) {
    warnings.push({
      code: 'no-body-text',
      file: displayPath,
      line: blocks[0]?.line,
      message: 'not compared: no body text was found (only a headline, captions, page furniture or punctuation)',
    });
  }
  return { id, file: file.name, label, text, blocks, metadata, warnings };
}
