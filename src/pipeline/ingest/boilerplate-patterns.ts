/**
 * Line patterns for text that belongs to the web page around a report rather than to the report:
 * update stamps, agency credits, location footers, navigation teasers, share and video prompts,
 * bylines and copyright lines. Each pattern names the layout it was observed in; none keys on a
 * story's own words. A pattern applies only to lines of at most `maxWords` words, so a long body
 * sentence that happens to start the same way is never taken for page furniture.
 */
export interface LinePattern {
  readonly name: string;
  readonly pattern: RegExp;
  readonly maxWords: number;
  /** Apply only to lines that do not end like a sentence (a byline has no full stop; "By noon, …." does). */
  readonly unfinishedOnly?: boolean;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** Lines that are page furniture: kept and shown, but never aligned as claims. */
export const BOILERPLATE_PATTERNS: readonly LinePattern[] = [
  // News18-style update stamp: "Last Updated:" (value on the same or the next line).
  { name: 'update-stamp', pattern: /^(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*:/i, maxWords: 12 },
  // "Posted 3:14 pm, August 2, 2013, by X Updated …" (local TV and newspaper sites).
  { name: 'posted-updated', pattern: /^(?:posted|published|first published|created)\b.*\d/i, maxWords: 25, unfinishedOnly: true },
  // Agency credit footer: "(with inputs from agencies)", "(With input from Reuters)".
  { name: 'agency-credit', pattern: /^\(?\s*with inputs?\s+from\b[^)]*\)?\.?$/i, maxWords: 10 },
  // Key–value footers: "- Location :", "Tags:", "Topics:", "Filed under:".
  { name: 'label-footer', pattern: /^[-–—•*]?\s*(?:location|tags?|topics?|filed under|categories|category|source|sources|first published)\s*:/i, maxWords: 10 },
  // Navigation teasers: "Latest Middle East stories", "More top stories", "Top headlines".
  { name: 'navigation', pattern: /^(?:latest|more|top|trending|popular|recommended|most read)\b.*\b(?:stories|news|headlines|updates|videos|articles)$/i, maxWords: 7 },
  // Video and script prompts: "Please enable Javascript to watch this video", "Having trouble viewing the video?".
  { name: 'video-prompt', pattern: /\b(?:enable javascript|trouble viewing|watch (?:the |this )?video|video player|autoplay|click (?:here|to play))\b/i, maxWords: 16 },
  // Share, follow and subscribe buttons.
  { name: 'share-prompt', pattern: /^(?:share|tweet|e-?mail|print|comments?|follow us|follow|subscribe|sign up|like us|advertisement|sponsored|skip to|read comments|leave a comment|close)\b/i, maxWords: 8, unfinishedOnly: true },
  // Copyright and rights lines.
  { name: 'copyright', pattern: /(?:^(?:©|\(c\)|copyright\b))|all rights reserved|may not be (?:published|reproduced|redistributed)/i, maxWords: 40 },
  // Bylines: "By Jane Doe", "By JANE DOE, Associated Press", "Reporting by …; Editing by …".
  { name: 'byline', pattern: /^(?:[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s|$)|(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting) by\b)/u, maxWords: 14, unfinishedOnly: true },
  // A date (and time) on a line of its own: "Friday August 2, 2013 @ 8:13am PDT", "2015-08-27".
  {
    name: 'date-line',
    pattern: new RegExp(
      `^(?:\\p{L}+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s*(?:@|at|,|-)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$`,
      'iu',
    ),
    maxWords: 10,
  },
];

/** Lines that point the reader to other articles: "ALSO READ: …", "Read more: …", "RELATED: …". */
export const RELATED_LINK_PATTERNS: readonly LinePattern[] = [
  { name: 'related-link', pattern: /^(?:also read|read also|read more|more to read|related(?: stories| articles| coverage)?|see also|recommended|don'?t miss|must read|watch)\s*[:|–—-]/i, maxWords: 40 },
];

/** A label that announces a value on the next line, e.g. "- Location :" followed by "Damascus, Syria". */
export const LABEL_LINE = /^[-–—•*]?\s*[\p{L} ]{2,30}\s*:$/u;

/** Returns the first pattern that matches a line of this many words, if any. */
export function matchLinePattern(
  patterns: readonly LinePattern[],
  text: string,
  wordCount: number,
  finished: boolean,
): LinePattern | undefined {
  return patterns.find(
    (rule) => wordCount <= rule.maxWords && !(rule.unfinishedOnly === true && finished) && rule.pattern.test(text),
  );
}
