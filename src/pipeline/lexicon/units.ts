/**
 * What a unit of measure is, for every language's lexicon (`lexicon/<language>/units.ts`): the words
 * differ from language to language, the dimensions and conversion factors do not.
 */

/** What a quantity measures; two quantities are only ever compared within one dimension. */
export type Dimension =
  | 'count'
  | 'length'
  | 'area'
  | 'mass'
  | 'volume'
  | 'speed'
  | 'ratio'
  | 'percentage-points'
  | 'time'
  | 'temperature-c'
  | 'temperature-f'
  | `money:${string}`
  | `other:${string}`;

/** One unit: its display symbol, its dimension and how many base units one of it is. */
export interface UnitDefinition {
  readonly symbol: string;
  readonly dimension: Dimension;
  /** Base units per one of this unit (base: km, km², kg, litre, km/h, fraction, day). */
  readonly factor: number;
}
