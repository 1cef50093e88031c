import type { TextAttributes } from '../../text-language.ts';

/** What every table of a story's reports shows of one report (the home page's, the overview's). */
export interface ReportRowBase {
  readonly href: string;
  /** The short name the story's pages give the report. */
  readonly label: string;
  readonly title: string;
  readonly textAttributes: TextAttributes;
  readonly file: string;
  readonly bodySentences: number;
  /** As story.yaml gives it; absent when it does not. */
  readonly outlet?: string | undefined;
}
