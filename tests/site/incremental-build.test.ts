import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { listFiles } from '../../src/files/list-files.ts';

/** Hash of every file of a built site, by path, to compare two builds byte for byte. */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
}

describe('incremental and deterministic builds', () => {
  it('re-runs the pipeline only for the story that changed, and builds the same input to identical bytes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-incremental-'));
    cpSync(resolve(import.meta.dirname, '../fixtures/site-stories'), join(root, 'stories'), { recursive: true });
    const cache = join(root, 'cache');

    const first = await buildSite(join(root, 'stories'), join(root, 'first'), cache);
    expect(first.log).toMatch(/3 stories \(0 from cache\)/);
    const second = await buildSite(join(root, 'stories'), join(root, 'second'), cache);
    expect(second.log).toMatch(/3 stories \(3 from cache\)/);
    expect(hashTree(join(root, 'second'))).toEqual(hashTree(join(root, 'first')));

    writeFileSync(join(root, 'stories/lone-report/only.txt'), 'The council approved the new budget on Tuesday.\n');
    const third = await buildSite(join(root, 'stories'), join(root, 'third'), cache);
    expect(third.log).toMatch(/harbour-fire \(cached\)/);
    expect(third.log).not.toMatch(/lone-report \(cached\)/);
    expect(third.log).toMatch(/3 stories \(2 from cache\)/);
  }, 120_000);
});
