import { IngestError } from './ingest-error.ts';

/**
 * The largest report file ingest accepts, in bytes: 2 MB. The site build grows about linearly with a report,
 * in time and memory (a page per claim, the search index, the integrity check). Measured on two cores
 * (`npm run bench -- --large`, and `astro build` of the same stories): a 1 MB report beside four normal ones
 * builds in about 50 s with 2.3 GB at peak, one just under 2 MB in about 105 s with 3.2 GB, close to Node's
 * default heap limit of about 4 GB, which a larger report would soon exceed. News reports run to tens of
 * kilobytes; a file of megabytes is an archive, a transcript or a data dump, better split into reports.
 */
export const MAX_REPORT_BYTES = 2_000_000;

/** A size in bytes as file managers show it, in decimal units: "800 bytes", "80 KB", "1.5 MB", "2 MB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'KB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '')} ${unit}`;
}

/**
 * Refuses a report file over `limit` bytes with an `IngestError` that names the file, its size and the
 * limit, before any work is spent on it.
 */
export function assertReportSize(displayPath: string, bytes: number, limit: number = MAX_REPORT_BYTES): void {
  if (bytes <= limit) return;
  // The rounded size, and the exact count when rounding hides it.
  const size = (count: number): string =>
    count < 1000 ? formatByteSize(count) : `${formatByteSize(count)} (${count.toLocaleString('en-US')} bytes)`;
  throw new IngestError(
    { file: displayPath },
    `the report is ${size(bytes)}, over the limit of ${size(limit)} for one report; split it into several reports or shorten it`,
  );
}
