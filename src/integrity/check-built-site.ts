/**
 * Runs the integrity check on a built site on disk: its HTML pages, and each story's
 * `comparison.json` (written by the same build from the same data the pages were rendered from),
 * which holds every report's normalised text and every sentence.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { comparisonSchema } from '../export/comparison-schema.ts';
import { listFiles } from '../files/list-files.ts';
import {
  checkIntegrity,
  MarkedPagesCheck,
  formatViolation,
  type IntegrityPage,
  type IntegrityReport,
  type IntegrityStory,
  type MarkedPage,
} from './check-integrity.ts';
import { readBatchMarks, type MarksRequest } from './batch-marks.ts';
import { finishMarksGeneration, startMarksGeneration, type MarksCacheLocation } from './marks-cache.ts';
import type { MarksReply } from './marks-worker.ts';

/** Thrown when a built site presents text that is not the reports' own; lists every violation. */
export class IntegrityError extends Error {
  readonly report: IntegrityReport;

  constructor(report: IntegrityReport) {
    const count = report.violations.length;
    super(
      `Integrity check failed: ${count} ${count === 1 ? 'piece' : 'pieces'} of text presented as a report's words ` +
        `${count === 1 ? 'is' : 'are'} not:\n${report.violations.map((violation) => `  ${formatViolation(violation)}`).join('\n')}`,
    );
    this.name = 'IntegrityError';
    this.report = report;
  }
}

/** The site path that serves a built file: `stories/x/index.html` → `/stories/x/`. */
export function sitePathOf(outDir: string, file: string): string {
  const path = `/${relative(outDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Reads every HTML page of a built site. */
export function readBuiltPages(outDir: string): IntegrityPage[] {
  return [...builtPages(outDir)];
}

/**
 * The HTML pages of a built site, each read when it is reached: the check keeps what a page marks, not
 * the page, so a site of hundreds of megabytes is never in memory whole.
 */
export function* builtPages(outDir: string): Generator<IntegrityPage> {
  for (const path of listFiles(outDir)) {
    if (!path.endsWith('.html')) continue;
    const file = join(outDir, path);
    yield { path: sitePathOf(outDir, file), html: readFileSync(file, 'utf8') };
  }
}

/** Reads one story's `comparison.json` from a built site, validated against the export schema; undefined when it has none. */
export function readBuiltStory(outDir: string, slug: string): IntegrityStory | undefined {
  const file = join(outDir, 'stories', slug, 'comparison.json');
  if (!existsSync(file)) return undefined;
  const data = comparisonSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { slug: data.story.slug, sources: data.sources, sentences: data.sentences };
}

/** Reads each story's `comparison.json` from a built site, validated against the export schema. */
export function readBuiltStories(outDir: string): IntegrityStory[] {
  const storiesDir = join(outDir, 'stories');
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir).flatMap((slug) => readBuiltStory(outDir, slug) ?? []);
}

/** Checks a built site on disk; see `checkIntegrity`. */
export function checkBuiltSite(outDir: string): IntegrityReport {
  return checkIntegrity(builtPages(outDir), readBuiltStories(outDir));
}

/** Checks a built site and throws an `IntegrityError` naming every violation, if there is any. */
export function assertBuiltSiteIntegrity(outDir: string): IntegrityReport {
  const report = checkBuiltSite(outDir);
  if (report.violations.length > 0) throw new IntegrityError(report);
  return report;
}

/**
 * Pages per batch sent to a marks worker: big enough that messaging costs little next to parsing
 * (a page takes a millisecond or more), small enough that one thread does not end with a long tail.
 */
const PAGES_PER_BATCH = 64;

/**
 * The heap of each marks worker thread. Parsing a page makes a tree of hundreds of thousands of objects
 * that is garbage a moment later; in the build's own thread V8 let that garbage grow the heap with the
 * archive (100 stories of 5–10 reports, 12,180 pages: the build process grew by 60–210 MB during the check,
 * up to 1.27 GB, against 0.8–0.9 GB for 10 stories; docs/scale.md, "Memory: the after-build steps"). A
 * worker with a small heap collects it at once: a young generation of 16 MB (Node's default lets it grow to
 * 192 MB) and an old generation of 128 MB, far above what a batch of marks and one page's tree hold (the
 * fixture pages and the 100-story site ran in it). A batch that does not fit is read again in the build's
 * thread (`forEachBuiltPageMarks`), so a very large page costs memory, never the build.
 */
export const MARKS_WORKER_HEAP: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };

/** Whether a worker thread ended because it ran out of its `resourceLimits`. */
const isOutOfMemory = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * The marks of every page of a built site, read on `workers` threads (default one per core) in batches,
 * and returned in `listFiles` order: the same list `markPages(builtPages(outDir))` gives in one thread.
 */
export async function markBuiltPages(outDir: string, workers: number = availableParallelism(), heap: ResourceLimits = MARKS_WORKER_HEAP): Promise<MarkedPage[]> {
  const marked: MarkedPage[] = [];
  await forEachBuiltPageMarks(outDir, (page) => marked.push(page), workers, heap);
  return marked;
}

/**
 * Reads the marks of every page of a built site on `workers` worker threads (at least one, each with the
 * heap `heap`) in batches and hands them to `onPage` one at a time, in `listFiles` order, as soon as the
 * batches before have been handed over: a batch that a thread finishes early waits, and is dropped once
 * handed over, so what is held is a few batches, not the site. Even on one thread the pages are parsed in a
 * worker, whose small heap keeps the parser's garbage from growing the build's (`MARKS_WORKER_HEAP`). A
 * worker that runs out of its heap hands its batch, and its later ones, to this thread: same marks. With a
 * `cache`, a page whose path and HTML are the last build's has its marks read back instead of parsed
 * (`marks-cache.ts`); the marks are the same either way.
 */
export async function forEachBuiltPageMarks(
  outDir: string,
  onPage: (page: MarkedPage) => void,
  workers: number = availableParallelism(),
  heap: ResourceLimits = MARKS_WORKER_HEAP,
  cache?: MarksCacheLocation,
): Promise<void> {
  const pages = listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: sitePathOf(outDir, join(outDir, file)) }));
  const batches: MarksRequest[] = [];
  for (let start = 0; start < pages.length; start += PAGES_PER_BATCH) {
    batches.push({ id: batches.length, outDir, pages: pages.slice(start, start + PAGES_PER_BATCH), cache });
  }
  if (cache !== undefined) startMarksGeneration(cache);
  const waiting = new Map<number, readonly MarkedPage[]>();
  let handedOver = 0;
  let next = 0;
  const receive = (id: number, marked: readonly MarkedPage[]) => {
    waiting.set(id, marked);
    for (let ready = waiting.get(handedOver); ready !== undefined; ready = waiting.get(handedOver)) {
      waiting.delete(handedOver++);
      for (const page of ready) onPage(page);
    }
  };
  /** A thread whose worker ran out of heap: its batch and its later ones are read here, letting other work through between them. */
  const markHere = async (first: MarksRequest | undefined) => {
    for (let batch = first ?? batches[next++]; batch !== undefined; batch = batches[next++]) {
      receive(batch.id, readBatchMarks(batch));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const runThread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./marks-worker.ts', import.meta.url), { resourceLimits: heap });
      let current: MarksRequest | undefined;
      const send = () => {
        current = batches[next++];
        if (current === undefined) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(current);
      };
      worker.on('message', (reply: MarksReply) => {
        if (reply.kind === 'error') {
          void worker.terminate();
          reject(new Error(`integrity check could not read the pages of ${outDir}: ${reply.message}`));
          return;
        }
        current = undefined;
        receive(reply.id, reply.marked);
        send();
      });
      worker.on('error', (error) => {
        if (isOutOfMemory(error)) markHere(current).then(resolve, reject);
        else reject(error);
      });
      send();
    });
  await Promise.all(Array.from({ length: Math.min(Math.max(1, workers), batches.length) }, runThread));
  if (cache !== undefined) finishMarksGeneration(cache);
}

/**
 * `checkBuiltSite` with the pages read on every core (`forEachBuiltPageMarks`), and with the marks of unchanged
 * pages read back from `cache` when given: the same report.
 */
export async function checkBuiltSiteInParallel(outDir: string, workers?: number, cache?: MarksCacheLocation): Promise<IntegrityReport> {
  // Each story is read when the check reaches its pages, and only a few are kept: the archive's stories are never all in memory.
  const check = new MarkedPagesCheck((slug) => readBuiltStory(outDir, slug));
  await forEachBuiltPageMarks(outDir, (page) => check.add(page), workers, MARKS_WORKER_HEAP, cache);
  return check.finish();
}

/** `assertBuiltSiteIntegrity` with the pages read on every core (and unchanged pages' marks from `cache`). */
export async function assertBuiltSiteIntegrityInParallel(outDir: string, workers?: number, cache?: MarksCacheLocation): Promise<IntegrityReport> {
  const report = await checkBuiltSiteInParallel(outDir, workers, cache);
  if (report.violations.length > 0) throw new IntegrityError(report);
  return report;
}
