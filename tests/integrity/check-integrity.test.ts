import { describe, expect, it } from 'vitest';
import { MarkedPagesCheck, checkIntegrity, checkMarkedPages, formatViolation, markPages, type IntegrityStory } from '../../src/integrity/check-integrity.ts';
import { containsQuote } from '../../src/integrity/quote-text.ts';

/** A story with one report of two sentences; its text has a line break inside the second sentence. */
const STORY: IntegrityStory = {
  slug: 'fire',
  sources: [
    { id: 'a', text: 'Fire broke out at the harbour on Monday.\nThe mayor said “we will\nrebuild” within a year.' },
    { id: 'b', text: 'A blaze hit the port.' },
  ],
  sentences: [
    { id: 'a-p1-s1', source: 'a', text: 'Fire broke out at the harbour on Monday.' },
    { id: 'a-p2-s1', source: 'a', text: 'The mayor said “we will rebuild” within a year.' },
    { id: 'b-p1-s1', source: 'b', text: 'A blaze hit the port.' },
  ],
};

/** The report page of `a`, with both sentences as anchors, and the report page of `b`. */
const REPORT_PAGES = [
  {
    path: '/stories/fire/reports/a/',
    html: '<main id="main"><p><span id="a-p1-s1" data-quote-source="a" data-quote-sentence="a-p1-s1">Fire broke out at the harbour on Monday.</span> <span id="a-p2-s1" data-quote-source="a" data-quote-sentence="a-p2-s1">The mayor said “we will rebuild” within a year.</span></p></main>',
  },
  { path: '/stories/fire/reports/b/', html: '<main id="main"><p><span id="b-p1-s1" data-quote-source="b">A blaze hit the port.</span></p></main>' },
];

const check = (html: string, path = '/stories/fire/claims/c001/') => checkIntegrity([...REPORT_PAGES, { path, html }], [STORY]).violations;

describe('containsQuote', () => {
  it('ignores differences in whitespace', () => {
    expect(containsQuote('said “we will\nrebuild”  within', 'we will rebuild” within')).toBe(true);
  });

  it('reads an ellipsis as words left out, in order', () => {
    expect(containsQuote('The mayor said we will rebuild within a year.', 'The mayor said … within a year.')).toBe(true);
    expect(containsQuote('The mayor said we will rebuild within a year.', 'within a year … The mayor')).toBe(false);
  });

  it('does not accept a changed word', () => {
    expect(containsQuote('Fire broke out at the harbour on Monday.', 'Fire broke out at the harbour on Tuesday.')).toBe(false);
  });
});

describe('checkIntegrity', () => {
  it('accepts the real report pages, whose sentences are their own words', () => {
    expect(checkIntegrity(REPORT_PAGES, [STORY])).toEqual({ pages: 2, quotes: 3, links: 0, violations: [] });
  });

  it('accepts a quotation that spans a line break of the report', () => {
    expect(check('<blockquote data-quote-source="a">said “we will rebuild” within</blockquote>')).toEqual([]);
  });

  it('accepts entities and nested markup inside a quotation', () => {
    expect(check('<p data-quote-source="a" data-quote-sentence="a-p1-s1">Fire <mark>broke</mark> out at the harbour <del>on</del> Monday.</p>')).toEqual([]);
  });

  it('reports a quotation with an altered word, naming the page and the text', () => {
    expect(check('<blockquote data-quote-source="a"><p>Fire broke out at the harbour on Tuesday.</p></blockquote>')).toEqual([
      { page: '/stories/fire/claims/c001/', text: 'Fire broke out at the harbour on Tuesday.', problem: 'is not in the text of report a' },
    ]);
  });

  it('reports words of one report presented as another report’s', () => {
    expect(check('<q data-quote-source="b">Fire broke out</q>').map((v) => v.problem)).toEqual(['is not in the text of report b']);
  });

  it('reports a quotation that is in its report but not in the sentence it names', () => {
    expect(check('<q data-quote-source="a" data-quote-sentence="a-p2-s1">Fire broke out</q>').map((v) => v.problem)).toEqual(['is not in sentence a-p2-s1']);
  });

  it('reports a quotation that names a sentence of another report', () => {
    expect(check('<q data-quote-source="a" data-quote-sentence="b-p1-s1">Fire broke out</q>').map((v) => v.problem)).toEqual([
      'names sentence b-p1-s1, which belongs to report b, not a',
    ]);
  });

  it('reports a quotation of a report the story does not have', () => {
    expect(check('<q data-quote-source="z">Fire</q>').map((v) => v.problem)).toEqual(['is marked as a quotation of report z, which the story does not have']);
  });

  it('reports a quotation on a page outside any story', () => {
    expect(check('<q data-quote-source="a">Fire</q>', '/about/').map((v) => v.problem)).toEqual(['is marked as a quotation on a page outside any story']);
  });

  it('accepts a link whose own text is the sentence it lands on', () => {
    expect(check('<a href="/stories/fire/reports/a/#a-p1-s1" data-quote-source="a">Fire broke out at the harbour on Monday.</a>')).toEqual([]);
  });

  it('reports a link that presents one sentence and lands on another', () => {
    expect(check('<a href="/stories/fire/reports/a/#a-p2-s1" data-quote-source="a">Fire broke out at the harbour</a>')).toEqual([
      {
        page: '/stories/fire/claims/c001/',
        text: 'Fire broke out at the harbour',
        problem: 'is presented by a link to /stories/fire/reports/a/#a-p2-s1, whose sentence does not contain it',
      },
    ]);
  });

  it('checks a link against the quotations of its context, such as a claim-page figure', () => {
    const figure = (target: string) =>
      `<figure data-quote-context><blockquote data-quote-source="a">The mayor said “we will rebuild”</blockquote><figcaption><a href="/stories/fire/reports/a/#${target}">Read in context</a></figcaption></figure>`;
    expect(check(figure('a-p2-s1'))).toEqual([]);
    expect(check(figure('a-p1-s1')).map((v) => v.problem)).toEqual([
      'is presented by a link to /stories/fire/reports/a/#a-p1-s1, whose sentence does not contain it',
    ]);
  });

  it('checks a blockquote’s cite like a link', () => {
    expect(check('<blockquote cite="/stories/fire/reports/a/#a-p1-s1" data-quote-source="a">The mayor said</blockquote>').map((v) => v.problem)).toEqual([
      'is presented by a link to /stories/fire/reports/a/#a-p1-s1, whose sentence does not contain it',
    ]);
  });

  it('does not hold a link to quotations of another report in the same context', () => {
    const cell = '<td data-quote-context><p data-quote-source="a">Fire broke out</p><a href="/stories/fire/reports/b/#b-p1-s1">b, line 1</a></td>';
    expect(check(cell)).toEqual([]);
  });

  it('reports a link to an anchor the report page does not have', () => {
    expect(check('<a href="/stories/fire/reports/a/#a-p9-s9">line 9</a>').map((v) => v.problem)).toEqual([
      'links to /stories/fire/reports/a/#a-p9-s9, an anchor that page does not have',
    ]);
  });

  it('reports a link to a report page that was not built', () => {
    expect(check('<a href="/stories/fire/reports/q/#q-p1-s1">q</a>').map((v) => v.problem)).toEqual([
      'links to /stories/fire/reports/q/#q-p1-s1, a page the site does not have',
    ]);
  });

  it('reports a link to a report page at a sentence of another report', () => {
    const pages = [...REPORT_PAGES, { path: '/x/', html: '<a href="/stories/fire/reports/a/#b-p1-s1">b</a>' }];
    pages[0] = { path: '/stories/fire/reports/a/', html: `${REPORT_PAGES[0]?.html ?? ''}<span id="b-p1-s1"></span>` };
    expect(checkIntegrity(pages, [STORY]).violations.map((v) => v.problem)).toEqual([
      'links to /stories/fire/reports/a/#b-p1-s1, a sentence of report b, not a',
    ]);
  });

  it('resolves a fragment-only link against its own report page', () => {
    const page = { path: '/stories/fire/reports/a/', html: `${REPORT_PAGES[0]?.html ?? ''}<a href="#a-p1-s1">“<span data-quote-source="a">The mayor said …</span>”</a>` };
    expect(checkIntegrity([page, REPORT_PAGES[1] ?? page], [STORY]).violations.map((v) => v.problem)).toEqual([
      'is presented by a link to /stories/fire/reports/a/#a-p1-s1, whose sentence does not contain it',
    ]);
  });

  it('reports a changed quotation once, not again for each link that presents it', () => {
    const figure =
      '<figure data-quote-context><blockquote cite="/stories/fire/reports/a/#a-p1-s1" data-quote-source="a" data-quote-sentence="a-p1-s1">Fire broke out at the port</blockquote>' +
      '<figcaption><a href="/stories/fire/reports/a/#a-p1-s1">Read in context</a></figcaption></figure>';
    expect(check(figure).map((v) => v.problem)).toEqual(['is not in the text of report a']);
  });

  it('reports a wrong sentence once when two links present the same quotation', () => {
    const figure =
      '<figure data-quote-context><blockquote cite="/stories/fire/reports/a/#a-p2-s1" data-quote-source="a">Fire broke out</blockquote>' +
      '<figcaption><a href="/stories/fire/reports/a/#a-p2-s1">Read in context</a></figcaption></figure>';
    expect(check(figure).map((v) => v.problem)).toEqual(['is presented by a link to /stories/fire/reports/a/#a-p2-s1, whose sentence does not contain it']);
  });

  it('does not take a sentence’s stored text for the report’s words when the report does not have it', () => {
    const forged: IntegrityStory = {
      ...STORY,
      sentences: [...STORY.sentences, { id: 'a-p3-s1', source: 'a', text: 'The harbour burned for a week.' }],
    };
    const page = { path: '/stories/fire/claims/c001/', html: '<q data-quote-source="a" data-quote-sentence="a-p3-s1">The harbour burned</q>' };
    expect(checkIntegrity([...REPORT_PAGES, page], [forged]).violations.map((v) => v.problem)).toEqual(['is not in the text of report a']);
  });

  it('accepts quotations of sentences of a long report, each found in its sentence', () => {
    const sentences = Array.from({ length: 300 }, (_, index) => ({
      id: `a-p${index + 1}-s1`,
      source: 'a',
      text: `Crew ${index + 1} reached the harbour at ${index % 12} o’clock.`,
    }));
    const story: IntegrityStory = { slug: 'fire', sources: [{ id: 'a', text: sentences.map((s) => s.text).join('\n\n') }], sentences };
    const html = sentences.map((s) => `<span id="${s.id}" data-quote-source="a" data-quote-sentence="${s.id}">${s.text}</span>`).join(' ');
    expect(checkIntegrity([{ path: '/stories/fire/reports/a/', html }], [story])).toEqual({ pages: 1, quotes: 300, links: 0, violations: [] });
  });

  it('checks links to report pages listed after the linking page, with the same verdicts in the same order', () => {
    // A built site lists claims/ before reports/: the check keeps a link until the linked page is read.
    const claim = {
      path: '/stories/fire/claims/c001/',
      html:
        '<p data-quote-source="a">Fire broke out in May</p>' +
        '<a href="/stories/fire/reports/a/#a-p9-s9">line 9</a>' +
        '<figure data-quote-context><blockquote data-quote-source="a">The mayor said</blockquote><a href="/stories/fire/reports/a/#a-p1-s1">line 1</a></figure>' +
        '<a href="/stories/fire/reports/a/#a-p2-s1">line 2</a>',
    };
    const before = checkIntegrity([claim, ...REPORT_PAGES], [STORY]);
    expect(before.violations.map((v) => v.problem)).toEqual([
      'is not in the text of report a',
      'links to /stories/fire/reports/a/#a-p9-s9, an anchor that page does not have',
      'is presented by a link to /stories/fire/reports/a/#a-p1-s1, whose sentence does not contain it',
    ]);
    expect(before).toEqual(checkIntegrity([...REPORT_PAGES, claim], [STORY]));
  });

  it('lets go of a clean page once the report pages its links land on have been read', () => {
    const claim = { path: '/stories/fire/claims/c001/', html: '<a href="/stories/fire/reports/a/#a-p1-s1">Fire broke out at the harbour on Monday.</a>' };
    const check = new MarkedPagesCheck([STORY]);
    const [claimMarks, ...reportMarks] = [...markPages([claim, ...REPORT_PAGES])];
    if (claimMarks === undefined) throw new Error('no marks');
    check.add(claimMarks);
    expect(check.pagesHeld).toBe(1);
    for (const marks of reportMarks) check.add(marks);
    expect(check.pagesHeld).toBe(0);
    expect(check.finish()).toEqual({ pages: 3, quotes: 3, links: 1, violations: [] });
  });

  it('keeps a page with a violation until the end, when its links are settled too', () => {
    const claim = { path: '/stories/fire/claims/c001/', html: '<a href="/stories/fire/reports/a/#a-p9-s9">line 9</a>' };
    const check = new MarkedPagesCheck([STORY]);
    for (const marks of markPages([claim, ...REPORT_PAGES])) check.add(marks);
    expect(check.pagesHeld).toBe(1);
    expect(check.finish().violations).toEqual([
      { page: '/stories/fire/claims/c001/', text: 'line 9', problem: 'links to /stories/fire/reports/a/#a-p9-s9, an anchor that page does not have' },
    ]);
  });

  it('reads each story by slug when its pages come, keeps only a few, and reports what it would with every story given', () => {
    // Six copies of the story under other slugs, a page of each in turn, then the first story's page again.
    const slugs = ['s1', 's2', 's3', 's4', 's5', 's6'];
    const storyOf = (slug: string): IntegrityStory => ({ ...STORY, slug });
    const pagesOf = (slug: string) => [
      { path: `/stories/${slug}/claims/c001/`, html: '<blockquote data-quote-source="a">The mayor said “we will rebuild” within a year.</blockquote><q data-quote-source="b">A port blaze.</q>' },
      ...REPORT_PAGES.map((page) => ({ ...page, path: page.path.replace('/fire/', `/${slug}/`) })),
    ];
    const pages = [...slugs.flatMap(pagesOf), pagesOf('s1')[0] ?? { path: '/', html: '' }];
    const read: string[] = [];
    const byFunction = new MarkedPagesCheck((slug) => {
      read.push(slug);
      return slugs.includes(slug) ? storyOf(slug) : undefined;
    });
    for (const marks of markPages(pages)) byFunction.add(marks);
    const report = byFunction.finish();
    // s1 again at the end: it had been let go (only the last few are kept), so it is read a second time.
    expect(read).toEqual([...slugs, 's1']);
    expect(report).toEqual(checkMarkedPages(markPages(pages), slugs.map(storyOf)));
    expect(report.violations.map((violation) => violation.page)).toEqual([...slugs.map((slug) => `/stories/${slug}/claims/c001/`), '/stories/s1/claims/c001/']);
  });

  it('lets layout anchors such as the skip link pass on report pages', () => {
    expect(check('<a href="/stories/fire/reports/a/#main">Skip</a>')).toEqual([]);
  });
});

describe('formatViolation', () => {
  it('names the page, the text and the problem on one line', () => {
    expect(formatViolation({ page: '/p/', text: 'Fire', problem: 'is not in the text of report a' })).toBe('/p/: “Fire” is not in the text of report a');
  });

  it('cuts a long text', () => {
    expect(formatViolation({ page: '/p/', text: 'x'.repeat(200), problem: 'is wrong' })).toBe(`/p/: “${'x'.repeat(160)}…” is wrong`);
  });
});
