/**
 * English words of the notes a newsroom prints around a report rather than in it: credit lines
 * ("… contributed to this report"), correction and editor's notes, and the lead-in of a passage
 * quoted from another outlet ("As The Example Post reported:"). Gathered from US newspaper and wire
 * style (Associated Press Stylebook, "corrections"; The New York Times and The Washington Post
 * correction formats) and the page furniture of the news-dev reports; no story's own words.
 */

/** Labels that open a correction or editor's note: "Correction:", "Editor's note:", "Note to readers:". */
export const CORRECTION_LABELS: readonly string[] = [
  'corrections and clarifications',
  'corrections & clarifications',
  'correction',
  'corrections',
  'clarification',
  "editor's note",
  'editor’s note',
  "editors' note",
  'editors’ note',
  'editor note',
  'editors note',
  'note to readers',
  'programming note',
  'disclosure',
];

/** Nouns a page uses for itself in those notes: "this article", "this story", "an earlier version of this report". */
export const SELF_REFERENCE_NOUNS: readonly string[] = ['article', 'story', 'report', 'post', 'piece', 'column', 'item'];

/** Verbs a note uses to say the page was changed: "This article has been updated to …". */
export const REVISION_VERBS: readonly string[] = ['updated', 'corrected', 'changed', 'amended', 'revised', 'edited'];

/** Verbs that introduce a passage quoted from another outlet's report: "As The Example Post reported:". */
export const OUTLET_REPORT_VERBS: readonly string[] = ['reported', 'reports', 'wrote', 'writes', 'first reported', 'previously reported', 'earlier reported'];

/**
 * Words that mark a name as a news outlet's ("The Example Post", "Channel 4 News", "The Daily Example"):
 * the nouns of US and UK newspaper, agency and broadcaster names. A passage is taken for a quotation of
 * another outlet only when the name before the reporting verb has one of them, or is an acronym (CNN,
 * AFP), so "As Mayor Jane Roe wrote:" stays the report's own text.
 */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'times post journal herald tribune news press gazette telegraph guardian chronicle observer independent ' +
    'globe star sun mail mirror express examiner inquirer courier bulletin register record dispatch daily ' +
    'weekly magazine reuters agency wire network radio television tv channel broadcasting review standard'
  ).split(' '),
);
