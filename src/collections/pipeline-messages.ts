import type { PipelineStage } from '../pipeline/run.ts';
import type { RawStory } from '../pipeline/types.ts';

/** A story sent to a pipeline worker: its raw files, and whether to report each stage's time. */
export interface PipelineRequest {
  readonly id: number;
  readonly raw: RawStory;
  readonly timeStages: boolean;
}

/** What a pipeline worker answers: a stage's time, the compared story as JSON text, or the error that stopped it. */
export type PipelineReply =
  | { readonly id: number; readonly kind: 'stage'; readonly stage: PipelineStage; readonly milliseconds: number }
  | { readonly id: number; readonly kind: 'done'; readonly json: string }
  | { readonly id: number; readonly kind: 'error'; readonly name: string; readonly message: string; readonly stack?: string | undefined };
