/**
 * Drops the keys whose value is undefined, so that optional fields are absent rather than present
 * and undefined: story.yaml metadata, the JSON export and JSON-LD state only what is known.
 */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
