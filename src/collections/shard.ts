/**
 * Sharded builds (issue #17, "past one machine"): `PARALLAX_SHARD=<i>/<n>` makes a build keep only the
 * stories of shard `i` of `n`, so `n` independent jobs (e.g. a CI matrix) each build a part of the archive;
 * `npm run merge:shards` then joins their `dist/` folders into one site (see docs/scale.md).
 *
 * A story's shard is a stable hash of its slug (FNV-1a, 32 bit) modulo `n`: it depends on the slug alone,
 * never on which other stories exist or their order, so adding a story never moves another one to a
 * different job, and every job agrees on the split without talking to the others.
 */

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Reads `PARALLAX_SHARD` (`<i>/<n>`, 1 ≤ i ≤ n); undefined when unset or empty; throws naming the variable when malformed. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new Error(`PARALLAX_SHARD=${value}: expected <i>/<n> with 1 ≤ i ≤ n, e.g. PARALLAX_SHARD=1/2`);
  }
  return { index, count };
}

/** FNV-1a (32 bit) of the slug's UTF-16 code units: small, stable across machines and Node versions. */
export function slugHash(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The 1-based shard of `count` that builds the story `slug`. */
export function shardOf(slug: string, count: number): number {
  return (slugHash(slug) % count) + 1;
}

/** True when `shard` builds the story `slug` (always true without a shard). */
export function inShard(slug: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(slug, shard.count) === shard.index;
}
