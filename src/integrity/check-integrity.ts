/**
 * The integrity check of a built site: everything a page presents as a report's words must be that
 * report's words, and every claim-level link must land on a sentence that says what the link shows.
 * Pure: pages and story data in, violations out; `check-built-site.ts` feeds it from disk.
 */
import { readPageMarks, type FragmentLink, type PageMarks, type QuoteMark } from './page-marks.ts';
import { collapseWhitespace, containsCollapsedQuote } from './quote-text.ts';

/** A built HTML page and its site path, e.g. `/stories/hama/claims/c001/`. */
export interface IntegrityPage {
  readonly path: string;
  readonly html: string;
}

/** What the check needs of one story: each report's normalised text and every sentence's text. */
export interface IntegrityStory {
  readonly slug: string;
  readonly sources: readonly { readonly id: string; readonly text: string }[];
  readonly sentences: readonly { readonly id: string; readonly source: string; readonly text: string }[];
}

/** One thing a page presents wrongly: the page, the text at fault and what is wrong with it. */
export interface IntegrityViolation {
  readonly page: string;
  readonly text: string;
  readonly problem: string;
}

/** The outcome of a check, with counts so a clean run can say what it looked at. */
export interface IntegrityReport {
  readonly pages: number;
  readonly quotes: number;
  readonly links: number;
  readonly violations: readonly IntegrityViolation[];
}

interface StoryIndex {
  /** Each report's text, whitespace collapsed once: quotations are compared collapsed. */
  readonly text: ReadonlyMap<string, string>;
  /** Each sentence, its text whitespace collapsed. */
  readonly sentences: ReadonlyMap<string, { readonly source: string; readonly text: string }>;
  /**
   * Sentences whose text stands in their report's text, so that a quotation found in one of them is in
   * the report too, without a search through the whole report for every quotation.
   */
  readonly sentencesInText: ReadonlySet<string>;
  /** Whether a collapsed quotation stands in a report's text, remembered by report and quotation. */
  readonly inText: (source: string, quote: string) => boolean | undefined;
}

const STORY_PAGE = /^\/stories\/([^/]+)\//;
const REPORT_PAGE = /^\/stories\/([^/]+)\/reports\/([^/]+)\/$/;

/**
 * Sentences found in their report's text, looked for in order from where the previous sentence of the
 * report was found (sentences come in text order), so a long report is searched through about once.
 */
function findSentencesInText(text: ReadonlyMap<string, string>, sentences: StoryIndex['sentences']): Set<string> {
  const found = new Set<string>();
  const cursor = new Map<string, number>();
  for (const [id, sentence] of sentences) {
    const haystack = text.get(sentence.source);
    if (haystack === undefined) continue;
    let at = haystack.indexOf(sentence.text, cursor.get(sentence.source) ?? 0);
    if (at === -1) at = haystack.indexOf(sentence.text);
    if (at === -1) continue;
    found.add(id);
    cursor.set(sentence.source, at + sentence.text.length);
  }
  return found;
}

function indexStory(story: IntegrityStory): StoryIndex {
  const text = new Map(story.sources.map((source) => [source.id, collapseWhitespace(source.text)]));
  const sentences = new Map(
    story.sentences.map((sentence) => [sentence.id, { source: sentence.source, text: collapseWhitespace(sentence.text) }]),
  );
  const found = new Map<string, boolean>();
  return {
    text,
    sentences,
    sentencesInText: findSentencesInText(text, sentences),
    inText: (source, quote) => {
      const haystack = text.get(source);
      if (haystack === undefined) return undefined;
      const key = `${source}\u0000${quote}`;
      let result = found.get(key);
      if (result === undefined) {
        result = containsCollapsedQuote(haystack, quote);
        found.set(key, result);
      }
      return result;
    },
  };
}

/** Problems with one marked quotation, checked against its report and, when named, its sentence. */
function checkQuote(quote: QuoteMark, story: StoryIndex | undefined, slug: string | undefined): string[] {
  if (quote.text === '') return [];
  if (story === undefined) return [slug === undefined ? 'is marked as a quotation on a page outside any story' : `is marked as a quotation of story "${slug}", which has no data`];
  const named = quote.sentence === undefined ? undefined : story.sentences.get(quote.sentence);
  // In a sentence that is in the report: then it is in the report too, and every check below passes.
  if (
    named !== undefined &&
    named.source === quote.source &&
    story.sentencesInText.has(quote.sentence ?? '') &&
    containsCollapsedQuote(named.text, quote.text)
  ) {
    return [];
  }
  const inText = story.inText(quote.source, quote.text);
  if (inText === undefined) return [`is marked as a quotation of report ${quote.source}, which the story does not have`];
  if (!inText) return [`is not in the text of report ${quote.source}`];
  if (quote.sentence === undefined) return [];
  if (named === undefined) return [`names sentence ${quote.sentence}, which the story does not have`];
  if (named.source !== quote.source) return [`names sentence ${quote.sentence}, which belongs to report ${named.source}, not ${quote.source}`];
  return containsCollapsedQuote(named.text, quote.text) ? [] : [`is not in sentence ${quote.sentence}`];
}

/** Identity of a quotation on a page, so that one fault is reported once, not again by each link. */
function quoteKey(quote: QuoteMark): string {
  return `${quote.source}\u0000${quote.sentence ?? ''}\u0000${quote.text}`;
}

/**
 * Problems with one link to a report page. It must land on an anchor the page has; when it lands on a
 * sentence, the sentence must be the linked report's and contain every quotation from that report
 * that the link presents; a link that presents such quotations must land on a sentence.
 */
function checkReportLink(
  link: FragmentLink,
  report: string,
  story: StoryIndex | undefined,
  anchors: ReadonlySet<string> | undefined,
  faulty: ReadonlySet<string>,
): IntegrityViolation[] {
  const target = `${link.path}#${link.fragment}`;
  const at = (text: string, problem: string): IntegrityViolation => ({ page: '', text, problem });
  if (anchors === undefined) return [at(link.text, `links to ${target}, a page the site does not have`)];
  if (!anchors.has(link.fragment)) return [at(link.text, `links to ${target}, an anchor that page does not have`)];
  const presented = link.presents.filter((quote) => quote.source === report && quote.text !== '' && !faulty.has(quoteKey(quote)));
  const sentence = story?.sentences.get(link.fragment);
  if (sentence === undefined) {
    return presented.map((quote) => at(quote.text, `is presented by a link to ${target}, which is not a sentence of report ${report}`));
  }
  if (sentence.source !== report) return [at(link.text, `links to ${target}, a sentence of report ${sentence.source}, not ${report}`)];
  return presented
    .filter((quote) => !containsCollapsedQuote(sentence.text, quote.text))
    .map((quote) => at(quote.text, `is presented by a link to ${target}, whose sentence does not contain it`));
}

/** A page's site path with what it marks (`readPageMarks`): all the check keeps of a page. */
export interface MarkedPage {
  readonly path: string;
  readonly marks: PageMarks;
}

/** Reads the marks of each page, one page at a time. */
export function* markPages(pages: Iterable<IntegrityPage>): Generator<MarkedPage> {
  for (const page of pages) yield { path: page.path, marks: readPageMarks(page.path, page.html) };
}

/**
 * Checks every page: each marked quotation against its report's normalised text (and its sentence
 * when it names one), and each link into a report page against the sentence it lands on. Pages are
 * read once, in order, and only what they mark is kept, so a caller can hand them over one at a time.
 */
export function checkIntegrity(pages: Iterable<IntegrityPage>, stories: readonly IntegrityStory[]): IntegrityReport {
  return checkMarkedPages(markPages(pages), stories);
}

/**
 * A link into a report page whose verdict waits for that page's anchors (the page may come later in the
 * list): its target, its text, and the violations it has if it does land on an anchor.
 */
interface PendingLink {
  readonly path: string;
  readonly fragment: string;
  readonly text: string;
  readonly landed: readonly IntegrityViolation[];
}

/**
 * What a page leaves for the end of the check, in page order: each quotation's and each link's violations,
 * or the link itself while the report page it lands on has not been read. `waiting` counts those links.
 */
interface PendingPage {
  /** The page's place in the site order. */
  readonly order: number;
  readonly path: string;
  readonly found: (readonly IntegrityViolation[] | PendingLink)[];
  waiting: number;
  /** Entries of `found` that are violations (not counting waiting links). */
  faults: number;
}

/** Where a link waits: its page and its place in that page's `found`. */
interface WaitingLink {
  readonly page: PendingPage;
  readonly index: number;
}

/**
 * `checkIntegrity` on pages whose marks were already read, e.g. by several threads
 * (`check-built-site.ts`): the verdict depends only on the marks and their order. Each page is checked
 * when it is reached and its marks dropped: what is kept until the end is the anchors of report pages
 * (the only pages links are checked against), the links waiting for a report page listed later (a
 * story's `claims/` come before its `reports/`: a link is settled when its report page is read), and the
 * violations. Memory then grows with the report pages' anchors, not with every page's quotations or links
 * (docs/scale.md, "Memory: the after-build steps").
 */
export function checkMarkedPages(pages: Iterable<MarkedPage>, stories: IntegrityStories): IntegrityReport {
  const check = new MarkedPagesCheck(stories);
  for (const page of pages) check.add(page);
  return check.finish();
}

/**
 * How many stories' indexes a `MarkedPagesCheck` keeps when it reads stories by slug: pages arrive story by story,
 * so a few suffice, and an archive's stories (each with the memo of the quotations checked against it) are
 * never all in memory; a page of a story dropped earlier only costs reading that story again.
 */
const STORY_INDEXES_KEPT = 4;

/** The stories a check reads quotations against: all of them, or a function that reads one by slug when needed. */
export type IntegrityStories = readonly IntegrityStory[] | ((slug: string) => IntegrityStory | undefined);

/** `checkMarkedPages` fed one page at a time (`add`, in site order), for pages that arrive from worker threads. */
export class MarkedPagesCheck {
  readonly #readStory: (slug: string) => IntegrityStory | undefined;
  /** The indexes of the stories read last, least recently used first (undefined: the story has no data). */
  readonly #storyIndexes = new Map<string, StoryIndex | undefined>();
  readonly #anchorsByPath = new Map<string, ReadonlySet<string>>();
  /** Pages with violations or waiting links, in page order (a `Map` keeps insertion order); a settled page without violations leaves it. */
  readonly #pending = new Map<number, PendingPage>();
  /** The links waiting for each report page not read yet, by its path. */
  readonly #waitingByPath = new Map<string, WaitingLink[]>();
  #pages = 0;
  #quotes = 0;
  #links = 0;

  constructor(stories: IntegrityStories) {
    if (typeof stories === 'function') this.#readStory = stories;
    else {
      const bySlug = new Map(stories.map((story) => [story.slug, story]));
      this.#readStory = (slug) => bySlug.get(slug);
    }
  }

  /** The index of story `slug`, from the few kept or read now. */
  #storyIndexOf(slug: string): StoryIndex | undefined {
    if (this.#storyIndexes.has(slug)) {
      const kept = this.#storyIndexes.get(slug);
      this.#storyIndexes.delete(slug);
      this.#storyIndexes.set(slug, kept);
      return kept;
    }
    const story = this.#readStory(slug);
    const index = story === undefined ? undefined : indexStory(story);
    this.#storyIndexes.set(slug, index);
    for (const oldest of this.#storyIndexes.keys()) {
      if (this.#storyIndexes.size <= STORY_INDEXES_KEPT) break;
      this.#storyIndexes.delete(oldest);
    }
    return index;
  }

  add({ path, marks }: MarkedPage): void {
    const order = this.#pages++;
    if (REPORT_PAGE.test(path)) this.#anchorsByPath.set(path, marks.ids);
    const slug = STORY_PAGE.exec(path)?.[1];
    const story = slug === undefined ? undefined : this.#storyIndexOf(slug);
    const faulty = new Set<string>();
    const page: PendingPage = { order, path, found: [], waiting: 0, faults: 0 };
    for (const quote of marks.quotes) {
      this.#quotes++;
      const problems = checkQuote(quote, story, slug);
      if (problems.length === 0) continue;
      faulty.add(quoteKey(quote));
      page.found.push(problems.map((problem) => ({ page: path, text: quote.text, problem })));
      page.faults++;
    }
    for (const link of marks.links) {
      const target = REPORT_PAGE.exec(link.path);
      if (target === null) continue;
      this.#links++;
      const [, linkedSlug = '', report = ''] = target;
      // Checked as if it landed; whether it does waits for the linked page's anchors (`landingOf`).
      const landed = checkReportLink(link, report, this.#storyIndexOf(linkedSlug), new Set([link.fragment]), faulty).map((violation) => ({
        ...violation,
        page: path,
      }));
      const pending: PendingLink = { path: link.path, fragment: link.fragment, text: link.text, landed };
      const anchors = this.#anchorsByPath.get(link.path);
      if (anchors !== undefined) settle(page, page.found.length, landingOf(pending, path, anchors));
      else {
        const waiting = this.#waitingByPath.get(link.path) ?? [];
        waiting.push({ page, index: page.found.length });
        this.#waitingByPath.set(link.path, waiting);
        page.found.push(pending);
        page.waiting++;
      }
    }
    if (!isSettledClean(page)) this.#pending.set(order, page);
    this.#settleLinksTo(path);
  }

  /** Settles the links waiting for the page at `path` now that its anchors are known, dropping pages left with nothing to report. */
  #settleLinksTo(path: string): void {
    const anchors = this.#anchorsByPath.get(path);
    const waiting = this.#waitingByPath.get(path);
    if (anchors === undefined || waiting === undefined) return;
    this.#waitingByPath.delete(path);
    for (const { page, index } of waiting) {
      const item = page.found[index];
      if (item === undefined || !('fragment' in item)) continue;
      settle(page, index, landingOf(item, page.path, anchors));
      page.waiting--;
      if (isSettledClean(page)) this.#pending.delete(page.order);
    }
  }

  /**
   * Pages the check still holds: those with a link waiting for a report page not read yet, or with a
   * violation. A clean site read in order holds only the pages of the story being read.
   */
  get pagesHeld(): number {
    return this.#pending.size;
  }

  finish(): IntegrityReport {
    const violations: IntegrityViolation[] = [];
    for (const { path, found } of this.#pending.values()) {
      // A quotation can sit in the context of two links to one sentence (a blockquote's cite and a caption link).
      const seen = new Set<string>();
      for (const item of found) {
        for (const violation of 'fragment' in item ? landingOf(item, path, this.#anchorsByPath.get(item.path)) : item) {
          const key = `${violation.text}\u0000${violation.problem}`;
          if (!seen.has(key)) violations.push(violation);
          seen.add(key);
        }
      }
    }
    return { pages: this.#pages, quotes: this.#quotes, links: this.#links, violations };
  }
}

/** Puts a link's verdict at `index` of its page's `found`. */
function settle(page: PendingPage, index: number, violations: readonly IntegrityViolation[]): void {
  page.found[index] = violations;
  if (violations.length > 0) page.faults++;
}

/** Whether a page has no link waiting and nothing to report. */
function isSettledClean(page: PendingPage): boolean {
  return page.waiting === 0 && page.faults === 0;
}

/** A pending link's violations once every page's anchors are known (the first two checks of `checkReportLink`). */
function landingOf(link: PendingLink, page: string, anchors: ReadonlySet<string> | undefined): readonly IntegrityViolation[] {
  const target = `${link.path}#${link.fragment}`;
  if (anchors === undefined) return [{ page, text: link.text, problem: `links to ${target}, a page the site does not have` }];
  if (!anchors.has(link.fragment)) return [{ page, text: link.text, problem: `links to ${target}, an anchor that page does not have` }];
  return link.landed;
}

/** Longest quoted text shown in a message; the rest is cut with "…". */
const MESSAGE_TEXT = 160;

/** One line per violation: the page, the text (cut when long) and the problem. */
export function formatViolation(violation: IntegrityViolation): string {
  const text = violation.text.length > MESSAGE_TEXT ? `${violation.text.slice(0, MESSAGE_TEXT)}…` : violation.text;
  return `${violation.page}: “${text}” ${violation.problem}`;
}
