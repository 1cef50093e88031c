/**
 * `T` with every property and array read-only, all the way down. The contract's types are derived from its
 * zod schemas, whose output types are mutable; stage outputs are values no stage changes, so the types say so.
 * Strings (branded ids included), numbers and other primitives are kept as they are.
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };
