import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { slugify } from '../../src/pipeline/ingest/slug.ts';
import { readPage, readPages, readSiteFiles, type BuiltPage } from '../helpers/built-site.ts';

/** Two short hand-made Arabic reports of one flood; the first is declared `ar` in story.yaml, the second is not. */
const ARABIC_REPORTS = {
  'تقرير-أ.txt': [
    'فيضانات تغمر مدينة الوادي',
    'غمرت مياه الفيضانات أكثر من مئتي منزل في مدينة الوادي يوم الجمعة، بحسب مسؤولين محليين.',
    'واستخدم رجال الإنقاذ القوارب للوصول إلى السكان العالقين في الأحياء المنخفضة.',
    'وأعلنت السلطات إغلاق الطريق الرئيسي حتى يوم الاثنين.',
  ],
  'تقرير-ب.txt': [
    'السيول تجتاح الوادي',
    'قال مسؤولون إن السيول اجتاحت نحو مئتين وخمسين منزلا في مدينة الوادي يوم الجمعة.',
    'ونقلت فرق الدفاع المدني عشرات العائلات إلى مدارس قريبة.',
    'وما زال الطريق الرئيسي مغلقا.',
  ],
};

/** The same flood in two short hand-made Chinese reports, with no story.yaml. */
const CHINESE_REPORTS = {
  '报道甲.txt': ['河谷城遭遇洪水', '当地官员说，周五的洪水淹没了河谷城两百多所房屋。', '救援人员乘船救出被困居民。', '主要公路将关闭至周一。'],
  '报道乙.txt': ['洪水袭击河谷城', '当地政府表示，周五的洪水使约二百五十户住宅受损。', '数十个家庭被转移到附近的学校。', '主要公路仍然封闭。'],
};

const ENGLISH_REPORTS = {
  'gazette.txt': [
    'Flood Swamps Valley Town',
    'Floodwater swamped more than 200 homes in the valley town on Friday, local officials said.',
    'Rescuers used boats to reach residents trapped in low-lying streets.',
    'The main road out of the town was closed and will stay shut until Monday, the council said.',
  ],
  'herald.txt': [
    'Valley Town Under Water',
    'Floods damaged about 250 homes in the valley town on Friday, officials said.',
    'Rescuers used boats to reach residents trapped in low-lying streets.',
    'The council said that the main road out of the town was closed until Monday.',
  ],
};

const ARABIC_FOLDER = 'العربية';
const CHINESE_FOLDER = '中文故事';

/** Writes one story folder of reports, each a list of lines. */
function writeStory(root: string, folder: string, reports: Record<string, string[]>, yaml?: string): void {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(reports)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  if (yaml !== undefined) writeFileSync(join(dir, 'story.yaml'), yaml);
}

/** The report pages of a story, by report id. */
function reportPages(outDir: string, slug: string): BuiltPage[] {
  return readdirSync(join(outDir, 'stories', slug, 'reports')).map((id) => readPage(outDir, `/stories/${slug}/reports/${id}/`));
}

describe('a site built from stories in Arabic and Chinese', () => {
  let outDir = '';
  const arabic = slugify(ARABIC_FOLDER, 'story');
  const chinese = slugify(CHINESE_FOLDER, 'story');

  beforeAll(async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'parallax-non-latin-')), 'stories');
    writeStory(root, ARABIC_FOLDER, ARABIC_REPORTS, 'reports:\n  تقرير-أ.txt:\n    language: ar\n');
    writeStory(root, CHINESE_FOLDER, CHINESE_REPORTS);
    writeStory(root, 'valley-flood', ENGLISH_REPORTS);
    outDir = (await buildSite(root)).outDir;
  }, 240_000);

  it('gives the two non-Latin folders two distinct story pages, each with its own reports', () => {
    expect(arabic).not.toBe(chinese);
    const home = readPage(outDir, '/');
    const storyLinks = home.root.querySelectorAll('h2 a').map((a) => a.getAttribute('href'));
    expect(storyLinks).toEqual(expect.arrayContaining([`/stories/${arabic}/`, `/stories/${chinese}/`, '/stories/valley-flood/']));
    expect(readPage(outDir, `/stories/${arabic}/`).root.querySelector('h1')?.text).toBe('فيضانات تغمر مدينة الوادي');
    expect(readPage(outDir, `/stories/${chinese}/`).root.querySelector('h1')?.text).not.toBe('فيضانات تغمر مدينة الوادي');
    expect(reportPages(outDir, arabic)).toHaveLength(2);
    expect(reportPages(outDir, chinese)).toHaveLength(2);
  });

  it('marks the text of both Arabic reports, declared and detected, as Arabic written right to left', () => {
    const pages = reportPages(outDir, arabic);
    for (const page of pages) {
      const text = page.root.querySelector('.report-text');
      expect(text?.getAttribute('dir'), page.path).toBe('rtl');
      expect(text?.getAttribute('lang'), page.path).toBe('ar');
      expect(text?.text).toMatch(/الوادي/);
      expect(page.root.querySelector('h1')?.getAttribute('dir'), page.path).toBe('rtl');
    }
  });

  it('marks the Chinese reports zh, left to right', () => {
    for (const page of reportPages(outDir, chinese)) {
      const text = page.root.querySelector('.report-text');
      expect(text?.getAttribute('lang'), page.path).toBe('zh');
      expect(text?.getAttribute('dir'), page.path).toBe('ltr');
    }
  });

  it('marks the Arabic story title on the home page and in the breadcrumbs right to left', () => {
    const home = readPage(outDir, '/').root.querySelector(`a[href="/stories/${arabic}/"]`);
    expect([home?.getAttribute('lang'), home?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const [report] = reportPages(outDir, arabic);
    const crumb = report?.root.querySelector(`.breadcrumbs a[href="/stories/${arabic}/"]`);
    expect([crumb?.getAttribute('lang'), crumb?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('keeps the page itself English, and the block labels inside an Arabic text English', () => {
    const [page] = reportPages(outDir, arabic);
    expect(page?.root.querySelector('html')?.getAttribute('lang')).toBe('en');
    const label = page?.root.querySelector('.report-text .block-label');
    expect(label?.text).toBe('Headline');
    expect(label?.getAttribute('lang')).toBe('en');
  });

  it('marks English sentences en, left to right, on the report, side-by-side and claim pages', () => {
    const report = readPage(outDir, '/stories/valley-flood/reports/gazette/').root.querySelector('.report-text');
    expect([report?.getAttribute('lang'), report?.getAttribute('dir')]).toEqual(['en', 'ltr']);
    const pair = readPage(outDir, '/stories/valley-flood/compare/gazette/herald/');
    const sentences = pair.root.querySelectorAll('td [data-quote-sentence]');
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) expect([sentence.getAttribute('lang'), sentence.getAttribute('dir')]).toEqual(['en', 'ltr']);
    const claims = readdirSync(join(outDir, 'stories/valley-flood/claims'));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const page = readPage(outDir, `/stories/valley-flood/claims/${claim}/`);
      for (const quote of page.root.querySelectorAll('blockquote')) expect([quote.getAttribute('lang'), quote.getAttribute('dir')]).toEqual(['en', 'ltr']);
      expect(page.root.querySelector('h1')?.getAttribute('lang')).toBe('en');
    }
  });

  it('gives each Arabic source its language, script and direction in comparison.json', () => {
    const data = JSON.parse(readFileSync(join(outDir, 'stories', arabic, 'comparison.json'), 'utf8')) as {
      sources: { file: string; language?: string; textLanguage?: string; script?: string; direction: string }[];
    };
    expect(data.sources.map(({ file, language, textLanguage, script, direction }) => ({ file, language, textLanguage, script, direction }))).toEqual([
      { file: 'تقرير-أ.txt', language: 'ar', textLanguage: 'ar', script: 'Arab', direction: 'rtl' },
      { file: 'تقرير-ب.txt', language: undefined, textLanguage: 'ar', script: 'Arab', direction: 'rtl' },
    ]);
    const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../schemas/comparison.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('builds every page with no broken internal link or anchor', () => {
    const report = checkLinks(readSiteFiles(outDir));
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken).toEqual([]);
  });

  it('writes HTML that passes html-validate', async () => {
    const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate({ ...config, root: true });
    const problems: string[] = [];
    for (const { file } of readPages(outDir)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line}: ${message.message} (${message.ruleId})`);
    }
    expect(problems).toEqual([]);
  });
});
