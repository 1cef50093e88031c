import { z } from 'zod';
import type { LogisticModel } from './logistic-regression.ts';
import { PAIR_FEATURE_NAMES } from './pair-features.ts';
import modelJson from './model.json' with { type: 'json' };

/**
 * The fitted alignment model (`model.json`, written by `scripts/fit.ts`): logistic-regression
 * weights over the pair signals plus the decision thresholds the fit chose. Validated with zod when
 * read, because it is JSON coming back into typed code.
 */

const metricsSchema = z.object({
  pairs: z.number().int().nonnegative(),
  accuracy: z.number(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
});

/** Schema of `model.json`. */
export const alignmentModelSchema = z.object({
  format: z.literal('parallax-alignment-model/1'),
  featureNames: z.array(z.string()).min(1),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  bias: z.number(),
  l2: z.number().nonnegative(),
  thresholds: z.object({
    /** Paraphrase decision on MSRP: the dev-set accuracy maximiser. */
    paraphrase: z.number().min(0).max(1),
    /** Same-claim decision inside a story (see `scripts/fit.ts` for how it is chosen). */
    claim: z.number().min(0).max(1),
    /** A link strong enough to anchor report order and to allow two units of one report in one claim. */
    strong: z.number().min(0).max(1),
    /** A link sure enough to anchor a triangle or a restatement (`AlignSettings.triangleAnchor`). */
    anchor: z.number().min(0).max(1),
  }),
  training: z.object({
    data: z.string(),
    train: metricsSchema,
    dev: metricsSchema,
  }),
});

/** The alignment model as stored in `model.json`. */
export type AlignmentModel = z.infer<typeof alignmentModelSchema>;

/** Raised when a model file does not match the current pair signals. */
export class AlignmentModelError extends Error {
  override readonly name = 'AlignmentModelError';
}

/** Validates parsed model JSON and checks that its columns are the current pair signals, in order. */
export function parseAlignmentModel(json: unknown): AlignmentModel {
  const model = alignmentModelSchema.parse(json);
  const expected = PAIR_FEATURE_NAMES.join(',');
  if (model.featureNames.join(',') !== expected) {
    throw new AlignmentModelError(
      `model features [${model.featureNames.join(', ')}] differ from the pair signals [${expected}]; run npm run fit`,
    );
  }
  const d = model.featureNames.length;
  if (model.mean.length !== d || model.scale.length !== d || model.weights.length !== d) {
    throw new AlignmentModelError(`model vectors must all have ${d} entries`);
  }
  return model;
}

/** The logistic-regression part of an alignment model. */
export function toLogisticModel(model: AlignmentModel): LogisticModel {
  return {
    featureNames: model.featureNames,
    mean: model.mean,
    scale: model.scale,
    weights: model.weights,
    bias: model.bias,
  };
}

let defaultModel: AlignmentModel | undefined;

/** The model committed with the code (`model.json`), validated on first use. */
export function getDefaultAlignmentModel(): AlignmentModel {
  defaultModel ??= parseAlignmentModel(modelJson);
  return defaultModel;
}
