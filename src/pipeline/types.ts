/**
 * The data that flows between pipeline stages: ingest → segment → align → compare. Stages exchange only
 * plain, serialisable values (no classes, no file handles), so any stage can be tested alone and its output
 * written to JSON unchanged. The contract is defined once, in `model/`; this module re-exports it so that
 * stages can import every type from one place.
 */
export * from './model/ids.ts';
export * from './model/warning.ts';
export * from './model/report.ts';
export * from './model/claim.ts';
export * from './model/discrepancy.ts';
export * from './model/coverage.ts';
export * from './model/derivation.ts';
export * from './model/story.ts';
export type { DeepReadonly } from './model/deep-readonly.ts';
