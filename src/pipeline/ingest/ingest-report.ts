import type { IngestWarning, IngestedReport, RawReportFile, SourceId, SourceMetadata } from '../types.ts';
import { classifyLines } from './classify-blocks.ts';
import { decodeReportText } from './decode.ts';
import { splitLines } from './lines.ts';
import { assertReportSize } from './report-size.ts';

/**
 * Decodes and classifies one report file. Text that is not body is kept as blocks of its own kind;
 * only whitespace is left outside every block. An empty or body-less file is not an error: it is
 * kept with a warning, so the site can say why the report has nothing to compare. A file over
 * `MAX_REPORT_BYTES` is refused with an `IngestError` naming it, its size and the limit.
 */
export function ingestReport(
  id: SourceId,
  file: RawReportFile,
  metadata: SourceMetadata,
  displayPath: string,
): IngestedReport {
  assertReportSize(displayPath, file.bytes.length);
  const text = decodeReportText(displayPath, file.bytes);
  const blocks = classifyLines(splitLines(text));
  const warnings: IngestWarning[] = [];
  if (blocks.length === 0) {
    warnings.push({ file: displayPath, message: 'the file is empty; there is nothing to compare' });
  } else if (!blocks.some((block) => block.kind === 'body')) {
    warnings.push({
      file: displayPath,
      line: blocks[0]?.line,
      message: 'no body text was found (only headline, captions or page furniture); the report is shown but not compared',
    });
  }
  return { id, file: file.name, text, blocks, metadata, warnings };
}
