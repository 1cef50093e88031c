import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/files/list-files.ts';

// The project's .htmlvalidate.json: html-validate's recommended rules, ids may start with a digit (HTML5 allows it).
const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

describe.each(['contentSite', 'fixtureSite'] as const)('HTML of every page of %s', (site) => {
  it('passes html-validate', async () => {
    const pages = listFiles(inject(site))
      .filter((path) => path.endsWith('.html'))
      .map((path) => join(inject(site), path));
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line}: ${message.message} (${message.ruleId})`);
    }
    expect(problems).toEqual([]);
  });
});
