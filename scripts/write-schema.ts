/**
 * Writes `schemas/comparison.schema.json` from the zod schema of the export. Run after changing
 * `src/export/comparison-schema.ts` (`npm run schema`); a test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { comparisonJsonSchema } from '../src/export/comparison-schema.ts';

const target = resolve(import.meta.dirname, '..', 'schemas', 'comparison.schema.json');
writeFileSync(target, `${JSON.stringify(comparisonJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
