import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonJsonSchema } from '../../src/export/comparison-schema.ts';

describe('schemas/comparison.schema.json', () => {
  it('is the JSON Schema generated from the export zod schema (run `npm run schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../schemas/comparison.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(comparisonJsonSchema());
  });
});
