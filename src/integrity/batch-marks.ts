/**
 * A batch of built pages to read for the integrity check, and its reading: shared by the marks worker
 * threads (`marks-worker.ts`) and by the build's thread when a batch does not fit in a worker's heap
 * (`check-built-site.ts`), so both read a batch the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkedPage } from './check-integrity.ts';
import { cachedPageMarks, type MarksCacheLocation } from './marks-cache.ts';
import { readPageMarks } from './page-marks.ts';

/** A batch of pages to read: the site folder, and each page's file and site path. */
export interface MarksRequest {
  readonly id: number;
  readonly outDir: string;
  readonly pages: readonly { readonly file: string; readonly path: string }[];
  /** Where the marks of the last build are kept (`marks-cache.ts`), if anywhere. */
  readonly cache?: MarksCacheLocation | undefined;
}

/** The marks of each page of a batch, in the order of its pages. */
export function readBatchMarks(request: MarksRequest): MarkedPage[] {
  const { cache } = request;
  return request.pages.map((page) => {
    const html = readFileSync(join(request.outDir, page.file), 'utf8');
    const read = () => readPageMarks(page.path, html);
    return { path: page.path, marks: cache === undefined ? read() : cachedPageMarks(cache, page.path, html, read) };
  });
}
