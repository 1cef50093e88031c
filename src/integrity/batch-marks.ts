/**
 * A batch of built pages to read for the integrity check, and its reading: shared by the marks worker
 * threads (`marks-worker.ts`) and by the build's thread when a batch does not fit in a worker's heap
 * (`check-built-site.ts`), so both read a batch the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkedPage } from './check-integrity.ts';
import { readPageMarks } from './page-marks.ts';

/** A batch of pages to read: the site folder, and each page's file and site path. */
export interface MarksRequest {
  readonly id: number;
  readonly outDir: string;
  readonly pages: readonly { readonly file: string; readonly path: string }[];
}

/** The marks of each page of a batch, in the order of its pages. */
export function readBatchMarks(request: MarksRequest): MarkedPage[] {
  return request.pages.map((page) => ({ path: page.path, marks: readPageMarks(page.path, readFileSync(join(request.outDir, page.file), 'utf8')) }));
}
