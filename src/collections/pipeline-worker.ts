/**
 * Worker-thread entry of the pipeline pool (`pipeline-pool.ts`): runs the whole pipeline on each story
 * it is sent and answers with the compared story as JSON text, the form the cache and the content store
 * keep, so the result crosses threads as one string instead of a deep structured clone. Node runs this
 * `.ts` file directly (type stripping), so it imports only erasable TypeScript, as `scripts/` do.
 */
import { parentPort } from 'node:worker_threads';
import { runPipeline } from '../pipeline/run.ts';
import type { PipelineReply, PipelineRequest } from './pipeline-messages.ts';

const port = parentPort;
if (port === null) throw new Error('pipeline-worker.ts runs only as a worker thread of the pipeline pool');

port.on('message', (request: PipelineRequest) => {
  const reply = (message: PipelineReply) => port.postMessage(message);
  try {
    const story = runPipeline(request.raw, undefined, {
      onStage: request.timeStages ? (stage, milliseconds) => reply({ id: request.id, kind: 'stage', stage, milliseconds }) : undefined,
    });
    reply({ id: request.id, kind: 'done', json: JSON.stringify(story) });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    reply({ id: request.id, kind: 'error', name: failure.name, message: failure.message, stack: failure.stack });
  }
});
