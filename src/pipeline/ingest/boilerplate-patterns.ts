import { MONTH_WORDS } from '../lexicon/en/calendar.ts';
import { CORRECTION_LABELS, REVISION_VERBS, SELF_REFERENCE_NOUNS } from '../lexicon/en/page-notes.ts';
import { isDateStampLine } from './date-stamp.ts';

/**
 * Line patterns for text that belongs to the web page around a report rather than to the report:
 * update stamps, agency credits, location footers, navigation teasers, share and video prompts,
 * share-button labels, bylines and contributor credits, contact lines, station promotion,
 * press-release headers and copyright lines; and the credits that mark a photo caption. Each
 * pattern names the layout it was observed in; none keys on a story's own words. A pattern applies
 * only to lines of at most `maxWords` words, so a long body sentence that happens to start the
 * same way is never taken for page furniture.
 */
export interface LinePattern {
  readonly name: string;
  readonly pattern: RegExp;
  readonly maxWords: number;
  /** Apply only to lines that do not end like a sentence (a byline has no full stop; "By noon, …." does). */
  readonly unfinishedOnly?: boolean;
}

// Any month word, longest first so that "september" wins over "sep" (the patterns match case-insensitively).
const MONTH = `(?:${[...MONTH_WORDS].sort((a, b) => b.length - a.length).join('|')})\\.?`;

/** Escapes a word list for a regular expression and joins it as alternatives, longest first. */
function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const SELF_NOUN = `(?:${alternatives(SELF_REFERENCE_NOUNS)})`;

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
  // The link that expands a truncated page: "Continue reading the main story" (US newspaper sites).
  { name: 'continue-reading', pattern: /^continue reading\b/i, maxWords: 8, unfinishedOnly: true },
  // Copyright and rights lines.
  { name: 'copyright', pattern: /(?:^(?:©|\(c\)|copyright\b))|all rights reserved|may not be (?:published|reproduced|redistributed)/i, maxWords: 40 },
  // Bylines: "By Jane Doe", "By JANE DOE, Associated Press", "Reporting by …; Editing by …".
  { name: 'byline', pattern: /^(?:[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s|$)|(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting) by\b)/u, maxWords: 14, unfinishedOnly: true },
  // Credit lines under US wire and newspaper stories: "Contributing: Associated Press", "Compiled by …".
  { name: 'contributor-credit', pattern: /^(?:contributing(?: writers?| reporters?)?|contributors?|contributed by|compiled by|staff and wire reports)\b\s*:?/i, maxWords: 14 },
  // Credit lines at the foot of US newspaper and wire stories: "Jane Roe contributed to this report.",
  // "Jane Roe contributed reporting from Paris.", "… contributed additional reporting." The phrase is
  // newsroom jargon, so a body sentence does not use it.
  {
    name: 'contributed-credit',
    pattern: new RegExp(`^[^!?]*\\bcontributed\\s+(?:(?:additional\\s+)?reporting\\b|to\\s+(?:this|the)\\s+${SELF_NOUN}\\b)[^!?]*$`, 'iu'),
    maxWords: 40,
  },
  // Correction and editor's notes (AP Stylebook "corrections"; US newspaper formats): a label
  // ("Correction:", "Editor's note:"), "An earlier version of this article …", or "This story has
  // been updated to …", optionally in brackets. They speak about the page, not about the event.
  { name: 'correction-note', pattern: new RegExp(`^[([]?\\s*(?:${alternatives(CORRECTION_LABELS)})\\s*(?::|—|–|-)`, 'iu'), maxWords: 120 },
  { name: 'earlier-version', pattern: new RegExp(`^[([]?\\s*(?:an?|the)\\s+(?:earlier|previous|prior)\\s+version\\s+of\\s+this\\s+${SELF_NOUN}\\b`, 'iu'), maxWords: 120 },
  {
    name: 'revision-note',
    pattern: new RegExp(`^[([]?\\s*this\\s+${SELF_NOUN}\\s+(?:has\\s+been|have\\s+been|was|is\\s+being)\\s+(?:${alternatives(REVISION_VERBS)})\\b`, 'iu'),
    maxWords: 60,
  },
  // A date (and time) on a line of its own: "Friday August 2, 2013 @ 8:13am PDT", "2015-08-27".
  {
    name: 'date-line',
    pattern: new RegExp(
      `^(?:\\p{L}+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s*(?:@|at|,|-)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$`,
      'iu',
    ),
    maxWords: 10,
  },
  // Press-release furniture: "FOR IMMEDIATE RELEASE July 13, 2009", "For immediate release:".
  { name: 'press-release', pattern: /^(?:for immediate release|embargoed until|media contact|press contact)\b/i, maxWords: 12 },
  // Contact lines under a story (US newspaper and TV sites): "Contact Jane Doe: jdoe@example.com or
  // 555-0100.", "Reach him at … or jdoe@example.com", "Twitter: janedoe", or an address or phone number
  // alone. An address or handle is required, so a tip line ("Contact police at 555-0100.") stays body.
  { name: 'contact', pattern: /^(?:contact|reach (?:him|her|them|the)|e-?mail|write to|follow (?:him|her|them|us))\b[^.]*@/i, maxWords: 25 },
  { name: 'contact-label', pattern: /^(?:twitter|facebook|instagram|e-?mail|phone|tel|fax)\s*:\s*@?[\w.@-]+$/i, maxWords: 3 },
  { name: 'contact-address', pattern: /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}|@\w{2,})$/, maxWords: 2 },
  // An author's note with an e-mail address: "Jane Doe is a staff writer. Reach her at … or jdoe@example.com."
  { name: 'author-note', pattern: /\bis an? (?:[\p{L}-]+ ){0,3}(?:writer|reporter|correspondent|editor|columnist)\b.*[\w.+-]+@[\w-]+\.[\w.-]+/iu, maxWords: 30 },
  // A resource list: a short label and a phone number, web address or e-mail as its only value
  // ("Crisis Line: 801-555-0100", "Lifeline: www.example.org").
  { name: 'resource-line', pattern: /^[^.:]{2,60}:\s*(?:(?=(?:\D*\d){7})[\d()+][\w ()+./-]{6,}[\w)]|(?:https?:\/\/|www\.)\S+|[\w-]+\.(?:org|com|net|gov)\S*|[\w.+-]+@[\w-]+\.[\w.-]+)(?:\s*\(\d+\))?$/i, maxWords: 14, unfinishedOnly: true },
  // Station and site promotion: "Stay with Channel 5 for the latest.", "Download our app here.",
  // "Sign up for one of our email newsletters.", "This is a developing story …", "… made possible by:".
  { name: 'promotion', pattern: /^(?:stay with\b.*\b(?:latest|updates?|details|developments|coverage)\b|download (?:our|the)\b.*\bapps?\b|sign up for\b.*\bnewsletters?\b|(?:this is a )?(?:developing|breaking) (?:story|news)\b.*\b(?:update|check back|more information|details)\b|.*\bmade possible by\s*:?$)/i, maxWords: 25 },
  // Share-button labels left on a line each ("Share this: Facebook", "Twitter", "Pinterest", "More")
  // and the WordPress like widget ("Like this: Like Loading...").
  { name: 'share-target', pattern: /^(?:facebook|twitter|google\+?|pinterest|linkedin|reddit|whatsapp|tumblr|pocket|telegram|more|print|e-?mail|sms|copy link)$/i, maxWords: 2 },
  { name: 'like-widget', pattern: /^(?:like this\s*:|like loading)/i, maxWords: 8 },
  { name: 'share-story', pattern: /^(?:read or share|share) this (?:story|article)\b/i, maxWords: 12 },
  // Page labels left from galleries and comment boxes: "Photos", "Video", "0 Pending Comments", "12 comments".
  { name: 'page-label', pattern: /^(?:photos?|videos?|gallery|photo gallery|slideshow|\d+\s+(?:pending\s+)?comments?)$/i, maxWords: 4 },
];

/** Lines that point the reader to other articles: "ALSO READ: …", "Read more: …", "RELATED: …". */
export const RELATED_LINK_PATTERNS: readonly LinePattern[] = [
  { name: 'related-link', pattern: /^[•·▪►»*-]?\s*(?:also read|read also|read more|more to read|related(?: stories| articles| coverage| content| links)?|see also|see more|recommended|don'?t miss|must read|watch)\s*[:|–—-]/i, maxWords: 40 },
  // A related-stories label alone or run into its first teaser: "Related Stories", "Related Coverage Father and …".
  { name: 'related-label', pattern: /^(?:related|more) (?:stories|articles|coverage|content|links|news)\b/i, maxWords: 30, unfinishedOnly: true },
  // A bulleted teaser between paragraphs, a label and a headline: "• Jane Doe: Why the vote matters".
  { name: 'bullet-teaser', pattern: /^[•·▪►»]\s*[^:]{2,40}:\s*\S/u, maxWords: 25, unfinishedOnly: true },
];

/** Caption credits: "… (AP Photo/Jane Doe)", "… (Photo: Jane Doe/The Times)", "… | Facebook photo", "Buy Photo …", "CREDIT: …". */
export const CAPTION_PATTERNS: readonly LinePattern[] = [
  { name: 'photo-credit', pattern: /(?:\((?:[^()]*\bphoto\b[^()]*|[^()/]*\p{L}\/\p{L}[^()]*)\)|\|\s*[^|]*\bphoto\b[^|]*)$/iu, maxWords: 60 },
  { name: 'photo-prefix', pattern: /^(?:buy photo|photo\s*:|photos\s*:|image\s*:|credit\s*:|photo credit\s*:|file photo\b)/i, maxWords: 60 },
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

/**
 * Says whether a line is page furniture (`boilerplate`: stamps, credits, prompts, contact lines)
 * or a pointer to another article (`related-link`), whatever the lines around it are; undefined
 * for text that may belong to the report.
 */
export function matchFurniture(text: string, wordCount: number, finished: boolean): 'boilerplate' | 'related-link' | undefined {
  if (matchLinePattern(BOILERPLATE_PATTERNS, text, wordCount, finished) || isDateStampLine(text)) return 'boilerplate';
  if (matchLinePattern(RELATED_LINK_PATTERNS, text, wordCount, finished)) return 'related-link';
  return undefined;
}
