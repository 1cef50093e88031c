import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runPipeline, type PipelineStage } from '../pipeline/run.ts';
import type { RawStory } from '../pipeline/types.ts';
import type { PipelineReply, PipelineRequest } from './pipeline-messages.ts';

/**
 * Runs the per-story pipeline on several stories at once, one worker thread per core
 * (`os.availableParallelism()`): stories are independent and the pipeline is pure, so a pool of threads,
 * each running the unchanged `runPipeline`, gives the same compared stories as one thread does (tested
 * byte for byte), in the same order.
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
 * Stories kept in flight per worker: enough that a worker never waits for the next story while the
 * calling thread stores the previous one, few enough that finished results waiting for an earlier,
 * slower story stay a handful, not the archive.
 */
const STORIES_IN_FLIGHT_PER_WORKER = 2;

/** The number of pipeline threads to use: `PARALLAX_WORKERS` when set to a positive whole number, else one per core. */
export function pipelineWorkerCount(environment: NodeJS.ProcessEnv = process.env): number {
  const requested = Number(environment['PARALLAX_WORKERS']);
  return Number.isInteger(requested) && requested > 0 ? requested : availableParallelism();
}

/**
 * Runs the pipeline on every story and yields the results in the order of `raws`, whatever order the
 * threads finish in. A story whose pipeline throws stops the run with that error (the same message a
 * single-thread run gives, e.g. an `IngestError` naming the file and line); the threads are always ended.
 */
export async function* runPipelines(raws: readonly RawStory[], options: PipelineRunOptions = {}): AsyncGenerator<PipelineResult> {
  const workers = Math.min(options.workers ?? availableParallelism(), raws.length);
  if (workers <= 1) {
    for (const raw of raws) {
      const timed = options.timeStages?.(raw) === true;
      const story = runPipeline(raw, undefined, {
        onStage: timed ? (stage, milliseconds) => options.onStage?.(raw, stage, milliseconds) : undefined,
      });
      yield { raw, json: JSON.stringify(story) };
    }
    return;
  }
  const pool = new PipelinePool(workers);
  try {
    const pending: Promise<string>[] = [];
    const submit = (index: number) => {
      const raw = raws[index];
      if (raw === undefined) return;
      const timed = options.timeStages?.(raw) === true;
      const result = pool.run(raw, timed, (stage, milliseconds) => options.onStage?.(raw, stage, milliseconds));
      // Awaited in order below; until then a failure must not count as an unhandled rejection.
      result.catch(() => undefined);
      pending[index] = result;
    };
    const window = workers * STORIES_IN_FLIGHT_PER_WORKER;
    for (let index = 0; index < Math.min(window, raws.length); index++) submit(index);
    for (const [index, raw] of raws.entries()) {
      const result = pending[index];
      if (result === undefined) throw new Error(`pipeline pool lost story ${raw.slug}`);
      const json = await result;
      delete pending[index];
      submit(index + window);
      yield { raw, json };
    }
  } finally {
    await pool.close();
  }
}

/** A story waiting for, or running on, a worker. */
interface Task {
  readonly request: PipelineRequest;
  readonly onStage: (stage: PipelineStage, milliseconds: number) => void;
  readonly resolve: (json: string) => void;
  readonly reject: (error: Error) => void;
}

/** A fixed set of pipeline worker threads fed from one queue. */
class PipelinePool {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: Task[] = [];
  readonly #running = new Map<Worker, Task>();
  #nextId = 0;
  #failure: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./pipeline-worker.ts', import.meta.url));
      worker.on('message', (reply: PipelineReply) => this.#receive(worker, reply));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(worker, new Error(`a pipeline worker thread stopped with exit code ${code}`));
      });
      this.#all.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Runs the pipeline on one story on the next free worker; resolves to the compared story as JSON text. */
  run(raw: RawStory, timeStages: boolean, onStage: (stage: PipelineStage, milliseconds: number) => void): Promise<string> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { id: this.#nextId++, raw, timeStages }, onStage, resolve, reject });
      this.#dispatch();
    });
  }

  /** Ends every worker thread. */
  async close(): Promise<void> {
    this.#failure ??= new Error('the pipeline pool was closed');
    for (const task of this.#queue.splice(0)) task.reject(this.#failure);
    await Promise.all(this.#all.map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop();
      const task = this.#queue.shift();
      if (worker === undefined || task === undefined) return;
      this.#running.set(worker, task);
      worker.postMessage(task.request);
    }
  }

  #receive(worker: Worker, reply: PipelineReply): void {
    const task = this.#running.get(worker);
    if (task === undefined || task.request.id !== reply.id) return;
    if (reply.kind === 'stage') {
      task.onStage(reply.stage, reply.milliseconds);
      return;
    }
    this.#running.delete(worker);
    this.#idle.push(worker);
    if (reply.kind === 'done') task.resolve(reply.json);
    else {
      const error = new Error(reply.message);
      error.name = reply.name;
      if (reply.stack !== undefined) error.stack = reply.stack;
      task.reject(error);
    }
    this.#dispatch();
  }

  /** A worker died (e.g. out of memory): its story and every queued story fail with a message naming the story. */
  #fail(worker: Worker, cause: Error): void {
    const task = this.#running.get(worker);
    this.#running.delete(worker);
    const error = new Error(
      `${task === undefined ? 'a pipeline worker' : `the pipeline on ${task.request.raw.location}`} failed: ${cause.message}`,
      { cause },
    );
    this.#failure ??= error;
    task?.reject(error);
    for (const queued of this.#queue.splice(0)) queued.reject(error);
  }
}
