import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { runPipeline, type PipelineStage } from '../pipeline/run.ts';
import type { RawStory } from '../pipeline/types.ts';
import type { PipelineReply, PipelineRequest } from './pipeline-messages.ts';

/**
 * Runs the per-story pipeline on several stories at once, one thread per core (`os.availableParallelism()`):
 * stories are independent and the pipeline is pure, so several threads, each running the unchanged
 * `runPipeline`, give the same compared stories as one thread does (tested byte for byte), in the same order.
 */

/** One story's pipeline result: the compared story as JSON text, as the cache stores it. */
export interface PipelineResult {
  readonly raw: RawStory;
  readonly json: string;
}

export interface PipelineRunOptions {
  /** Threads to run stories on; 1 (or a single story) runs them in this thread. Default: `os.availableParallelism()`. */
  readonly workers?: number | undefined;
  /** Whether to report each stage's time for a story (the build log does so for large stories). */
  readonly timeStages?: ((raw: RawStory) => boolean) | undefined;
  /** Called when a stage of a story whose stages are timed has finished. */
  readonly onStage?: ((raw: RawStory, stage: PipelineStage, milliseconds: number) => void) | undefined;
}

/**
 * Stories handed to each worker ahead of time: one running and one waiting, so a worker that finishes
 * while this thread is busy with a story of its own starts its next story at once.
 */
const STORIES_QUEUED_PER_WORKER = 2;

/**
 * How far past the story being stored the threads may run ahead: finished results waiting for an earlier,
 * slower story stay a handful, not the archive.
 */
const STORIES_AHEAD_PER_THREAD = 4;

/**
 * The heap of each pipeline worker thread: a young generation of 16 MB instead of Node's default, which
 * lets it grow to 192 MB. A story's pipeline makes mostly short-lived objects; with the default the worker's
 * heap stood at 180–200 MB through a 100-story build (5–10 reports each) while 50–125 MB of it was in use,
 * and with 16 MB at 65–75 MB (docs/scale.md, "Memory: the after-build steps"; pipeline time within the
 * noise). Only the young generation is bounded: the old generation keeps Node's default, so a story of very
 * large reports (up to `MAX_REPORT_BYTES` each) still runs.
 */
export const PIPELINE_WORKER_HEAP: ResourceLimits = { maxYoungGenerationSizeMb: 16 };

/**
 * Report bytes to run below which the pipeline stays on one thread. Starting a worker costs about a second
 * (loading the pipeline's modules and word lists, then its first story runs cold: 1.0–2.3 s for Hama's first
 * run against 0.6–0.9 s for its second, measured 30 November on this 2-core machine), and Hama's 19 KB take
 * about half a second: a second thread pays only when there are several seconds of work, about 100 KB.
 */
export const THREADS_FROM_BYTES = 100_000;

/**
 * The number of pipeline threads for these stories: `PARALLAX_WORKERS` when it is set to a positive whole
 * number; else one when their reports hold less than `THREADS_FROM_BYTES`; else one per core. Never more
 * than there are stories.
 */
export function pipelineThreadCount(raws: readonly RawStory[], environment: NodeJS.ProcessEnv = process.env): number {
  const requested = Number(environment['PARALLAX_WORKERS']);
  if (Number.isInteger(requested) && requested > 0) return Math.min(requested, Math.max(1, raws.length));
  const bytes = raws.reduce((sum, raw) => sum + raw.files.reduce((total, file) => total + file.bytes.length, 0), 0);
  if (bytes < THREADS_FROM_BYTES) return 1;
  return Math.min(availableParallelism(), Math.max(1, raws.length));
}

/** Lets pending messages from the workers be handled between two stories run on this thread. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the pipeline on every story on `workers` threads (this one and `workers - 1` worker threads, which
 * saves one start-up of the pipeline's modules and word lists) and yields the results in the order of
 * `raws`, whatever order the threads finish in. A story whose pipeline throws stops the run with that error
 * (the same message a single-thread run gives, e.g. an `IngestError` naming the file and line); the worker
 * threads are always ended.
 */
export async function* runPipelines(raws: readonly RawStory[], options: PipelineRunOptions = {}): AsyncGenerator<PipelineResult> {
  const threads = Math.min(options.workers ?? availableParallelism(), raws.length);
  const runHere = (raw: RawStory): string => {
    const timed = options.timeStages?.(raw) === true;
    const story = runPipeline(raw, undefined, {
      onStage: timed ? (stage, milliseconds) => options.onStage?.(raw, stage, milliseconds) : undefined,
    });
    return JSON.stringify(story);
  };
  if (threads <= 1) {
    for (const raw of raws) yield { raw, json: runHere(raw) };
    return;
  }
  const pool = new PipelinePool(threads - 1);
  const results: (string | Promise<string> | undefined)[] = [];
  let next = 0;
  const limit = (index: number) => Math.min(raws.length, index + threads * STORIES_AHEAD_PER_THREAD);
  /** Hands stories to the workers until each has its share queued, up to the look-ahead limit. */
  const feedWorkers = (index: number) => {
    while (pool.pending < pool.size * STORIES_QUEUED_PER_WORKER && next < limit(index)) {
      const raw = raws[next];
      if (raw === undefined) break;
      const timed = options.timeStages?.(raw) === true;
      const result = pool.run(raw, timed, (stage, milliseconds) => options.onStage?.(raw, stage, milliseconds));
      // Awaited in order below; until then a failure must not count as an unhandled rejection.
      result.catch(() => undefined);
      results[next++] = result;
    }
  };
  try {
    for (const [index, raw] of raws.entries()) {
      for (;;) {
        feedWorkers(index);
        if (index >= next) {
          results[next++] = runHere(raw);
          break;
        }
        if (typeof results[index] === 'string' || pool.isDone(results[index])) break;
        // The story is on a worker: run a later one here meanwhile, or wait when the look-ahead is used up.
        const later = raws[next];
        if (later !== undefined && next < limit(index)) {
          results[next++] = runHere(later);
          await yieldToEvents();
        } else {
          await results[index];
          break;
        }
      }
      const json = await results[index];
      results[index] = undefined;
      if (json === undefined) throw new Error(`the pipeline pool lost story ${raw.slug}`);
      yield { raw, json };
    }
  } finally {
    await pool.close();
  }
}

/** A story sent to a worker, running or waiting in that worker's message queue. */
interface Task {
  readonly request: PipelineRequest;
  readonly onStage: (stage: PipelineStage, milliseconds: number) => void;
  readonly resolve: (json: string) => void;
  readonly reject: (error: Error) => void;
}

/**
 * A fixed set of pipeline worker threads. Each story is posted to the worker with the fewest stories,
 * at once: it waits in that worker's own message queue, so a worker that finishes a story starts the
 * next one without waiting for this thread, which may be busy running a story of its own.
 */
class PipelinePool {
  readonly #tasks = new Map<Worker, Map<number, Task>>();
  readonly #done = new WeakSet<Promise<string>>();
  #nextId = 0;
  #failure: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./pipeline-worker.ts', import.meta.url), { resourceLimits: PIPELINE_WORKER_HEAP });
      worker.on('message', (reply: PipelineReply) => this.#receive(worker, reply));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(worker, new Error(`a pipeline worker thread stopped with exit code ${code}`));
      });
      this.#tasks.set(worker, new Map());
    }
  }

  /** The number of worker threads. */
  get size(): number {
    return this.#tasks.size;
  }

  /** Stories sent to the workers and not finished. */
  get pending(): number {
    let count = 0;
    for (const tasks of this.#tasks.values()) count += tasks.size;
    return count;
  }

  /** Whether a result of `run` has settled. */
  isDone(result: string | Promise<string> | undefined): boolean {
    return result instanceof Promise && this.#done.has(result);
  }

  /** Runs the pipeline on one story on the least busy worker; resolves to the compared story as JSON text. */
  run(raw: RawStory, timeStages: boolean, onStage: (stage: PipelineStage, milliseconds: number) => void): Promise<string> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    let target: [Worker, Map<number, Task>] | undefined;
    for (const entry of this.#tasks) if (target === undefined || entry[1].size < target[1].size) target = entry;
    if (target === undefined) return Promise.reject(new Error('the pipeline pool has no worker'));
    const [worker, tasks] = target;
    const request: PipelineRequest = { id: this.#nextId++, raw, timeStages };
    const result = new Promise<string>((resolve, reject) => tasks.set(request.id, { request, onStage, resolve, reject }));
    worker.postMessage(request);
    const settled = () => this.#done.add(result);
    result.then(settled, settled);
    return result;
  }

  /** Ends every worker thread; stories not finished fail. */
  async close(): Promise<void> {
    this.#failure ??= new Error('the pipeline pool was closed');
    for (const tasks of this.#tasks.values()) {
      for (const task of tasks.values()) task.reject(this.#failure);
      tasks.clear();
    }
    await Promise.all([...this.#tasks.keys()].map((worker) => worker.terminate()));
  }

  #receive(worker: Worker, reply: PipelineReply): void {
    const tasks = this.#tasks.get(worker);
    const task = tasks?.get(reply.id);
    if (tasks === undefined || task === undefined) return;
    if (reply.kind === 'stage') {
      task.onStage(reply.stage, reply.milliseconds);
      return;
    }
    tasks.delete(reply.id);
    if (reply.kind === 'done') task.resolve(reply.json);
    else {
      const error = new Error(reply.message);
      error.name = reply.name;
      if (reply.stack !== undefined) error.stack = reply.stack;
      task.reject(error);
    }
  }

  /** A worker died (e.g. out of memory): every story sent to it fails, with a message naming the story it was running. */
  #fail(worker: Worker, cause: Error): void {
    const tasks = this.#tasks.get(worker);
    const running = tasks?.values().next().value;
    const error = new Error(
      `${running === undefined ? 'a pipeline worker' : `the pipeline on ${running.request.raw.location}`} failed: ${cause.message}`,
      { cause },
    );
    this.#failure ??= error;
    for (const task of tasks?.values() ?? []) task.reject(error);
    tasks?.clear();
  }
}
