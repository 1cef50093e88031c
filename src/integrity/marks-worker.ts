/**
 * Worker-thread entry of the parallel integrity check (`check-built-site.ts`): reads the built pages it is
 * given and answers with what each marks, in the order given, so the check itself stays one pass over
 * small marks while the HTML parsing, which dominates it, runs on every core.
 */
import { parentPort } from 'node:worker_threads';
import { readBatchMarks, type MarksRequest } from './batch-marks.ts';
import type { MarkedPage } from './check-integrity.ts';

/** The marks of a batch, in the order of its pages, or the error that stopped it. */
export type MarksReply =
  | { readonly id: number; readonly kind: 'done'; readonly marked: readonly MarkedPage[] }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

const port = parentPort;
if (port === null) throw new Error('marks-worker.ts runs only as a worker thread of the integrity check');

port.on('message', (request: MarksRequest) => {
  try {
    port.postMessage({ id: request.id, kind: 'done', marked: readBatchMarks(request) } satisfies MarksReply);
  } catch (error) {
    port.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies MarksReply);
  }
});
