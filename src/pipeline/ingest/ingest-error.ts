/** Where in an input file a problem was found. */
export interface InputLocation {
  /** Path of the file as shown to the user, e.g. `content/stories/hama/000.txt`. */
  readonly file: string;
  /** 1-based line number, when known. */
  readonly line?: number | undefined;
  /** 0-based byte offset into the raw file, when the problem is at the byte level. */
  readonly byteOffset?: number | undefined;
  /** Key path inside a YAML file, e.g. `reports.a.txt.url`. */
  readonly key?: string | undefined;
}

/** Formats a location the way compilers do (`file:line`), so editors can jump to it. */
export function formatLocation(location: InputLocation): string {
  const parts = [location.file + (location.line === undefined ? '' : `:${location.line}`)];
  if (location.byteOffset !== undefined) parts.push(`byte ${location.byteOffset}`);
  if (location.key !== undefined) parts.push(`key "${location.key}"`);
  return parts.join(', ');
}

/**
 * Bad input that the pipeline refuses to guess about. The message always starts with the file
 * (and line, byte offset or key) so a user can find and fix the input.
 */
export class IngestError extends Error {
  readonly location: InputLocation;

  constructor(location: InputLocation, problem: string) {
    super(`${formatLocation(location)}: ${problem}`);
    this.name = 'IngestError';
    this.location = location;
  }
}
