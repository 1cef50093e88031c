/**
 * The value a record holds under `key` as its own property, else undefined. Reading `record[key]` on a
 * plain object answers "constructor", "toString" or "__proto__" from `Object.prototype`; a record keyed by
 * text (file names, report keys, sentence ids) that comes from JSON, YAML or zod is read through this.
 */
export function lookUpOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
