/** A map or weak map, as far as `rememberIn` reads and writes it. */
interface KeyedStore<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `store` holds for `key`, made by `make` and kept the first time it is asked for: the memo of one
 * run (one story's analyses, profiles and pair scores; one profile's slices). `make` must not return undefined.
 */
export function rememberIn<K, V>(store: KeyedStore<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
