import { describe, expect, it } from 'vitest';
import { reportLabel } from '../../src/site/labels.ts';

const report = (id: string, outlet?: string) => ({ id, file: `${id}.txt`, metadata: outlet === undefined ? {} : { outlet } });

describe('reportLabel', () => {
  it('uses the outlet story.yaml gives when no other report shares it', () => {
    const story = { reports: [report('a', 'Gazette'), report('b')] };
    expect(reportLabel(story, report('a', 'Gazette'))).toBe('Gazette');
  });

  it('falls back to the file name without .txt when there is no outlet or two reports share it', () => {
    const story = { reports: [report('a', 'Wire'), report('b', 'Wire'), report('c')] };
    expect(reportLabel(story, report('a', 'Wire'))).toBe('a');
    expect(reportLabel(story, report('c'))).toBe('c');
  });
});
