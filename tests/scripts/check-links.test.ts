import { describe, expect, it } from 'vitest';
import { candidateFiles, checkLinks, collectAnchors, isExternalUrl, type SiteFile } from '../../scripts/lib/check-links.ts';

/** A tiny hand-made site: a home page, a story page with anchors, a report page and a JSON file. */
function site(homeLinks: string): SiteFile[] {
  return [
    { path: 'index.html', html: `<html><body><nav>${homeLinks}</nav></body></html>` },
    {
      path: 'stories/ferry/index.html',
      html: '<main><h2 id="claims">Claims</h2><p id="c001">A ferry ran aground.</p><a name="old-anchor"></a><a href="reports/a/#a-p1-s1">first</a></main>',
    },
    { path: 'stories/ferry/reports/a/index.html', html: '<p id="a-p1-s1">A ferry ran aground.</p><a href="../../#c001">claim</a>' },
    { path: 'stories/ferry/comparison.json' },
    { path: 'styles/site.css' },
  ];
}

describe('checkLinks', () => {
  it('finds nothing broken when every link and anchor resolves', () => {
    const report = checkLinks(
      site('<a href="/stories/ferry/">story</a><a href="stories/ferry/#claims">claims</a><link rel="stylesheet" href="/styles/site.css"><a href="/stories/ferry/comparison.json">json</a>'),
    );
    expect(report).toEqual({ checked: 6, broken: [] });
  });

  it('reads pages handed over one at a time, each once, with a link to a page handed over later', () => {
    const handedOver: string[] = [];
    function* oneAtATime(): Generator<SiteFile> {
      for (const file of site('<a href="/stories/ferry/#c001">claim</a><a href="/stories/ferry/#c009">gone</a>')) {
        handedOver.push(file.path);
        yield file;
      }
    }
    expect(checkLinks(oneAtATime()).broken).toEqual([{ page: 'index.html', href: '/stories/ferry/#c009', problem: 'missing-anchor' }]);
    expect(handedOver).toEqual(site('').map((file) => file.path));
  });

  it('reports a link to a page that was not built', () => {
    expect(checkLinks(site('<a href="/stories/boat/">boat</a>')).broken).toEqual([
      { page: 'index.html', href: '/stories/boat/', problem: 'missing-target' },
    ]);
  });

  it('reports a fragment that names no element of the target page', () => {
    expect(checkLinks(site('<a href="/stories/ferry/#c002">gone</a>')).broken).toEqual([
      { page: 'index.html', href: '/stories/ferry/#c002', problem: 'missing-anchor' },
    ]);
  });

  it('resolves relative links against the page they are on', () => {
    expect(checkLinks(site('')).broken).toEqual([]);
    const moved: SiteFile[] = [{ path: 'stories/ferry/index.html', html: '<a href="reports/b/">b</a>' }];
    expect(checkLinks(moved).broken).toEqual([{ page: 'stories/ferry/index.html', href: 'reports/b/', problem: 'missing-target' }]);
  });

  it('accepts a legacy <a name> anchor, the top of the page and percent-encoded paths', () => {
    const files: SiteFile[] = [
      { path: 'index.html', html: '<a href="/stories/ferry/#old-anchor">x</a><a href="#">top</a><a href="#top">top</a><a href="/a%20b/">space</a>' },
      { path: 'stories/ferry/index.html', html: '<a name="old-anchor"></a>' },
      { path: 'a b/index.html', html: '<p>x</p>' },
    ];
    expect(checkLinks(files).broken).toEqual([]);
  });

  it('skips external, mail and protocol-relative links', () => {
    const report = checkLinks(site('<a href="https://example.com/x">x</a><a href="mailto:a@example.com">m</a><img src="//cdn.example.com/i.png">'));
    expect(report).toEqual({ checked: 2, broken: [] });
  });

  it('reports a fragment on a file that is not a page', () => {
    expect(checkLinks(site('<a href="/stories/ferry/comparison.json#claims">x</a>')).broken).toEqual([
      { page: 'index.html', href: '/stories/ferry/comparison.json#claims', problem: 'missing-anchor' },
    ]);
  });

  it('reports a malformed percent-encoding', () => {
    expect(checkLinks(site('<a href="/stories/%E0%A4%A/">x</a>')).broken).toEqual([
      { page: 'index.html', href: '/stories/%E0%A4%A/', problem: 'malformed' },
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['/stories/ferry/', ['stories/ferry/index.html']],
    ['/', ['index.html']],
    ['/styles/site.css', ['styles/site.css', 'styles/site.css/index.html', 'styles/site.css.html']],
  ])('serves %s from %j', (path, files) => {
    expect(candidateFiles(path)).toEqual(files);
  });

  it.each([
    ['https://example.com', true],
    ['mailto:a@example.com', true],
    ['//cdn.example.com/x.js', true],
    ['/stories/', false],
    ['reports/a/', false],
    ['#c001', false],
  ])('takes %j for external: %s', (url, external) => {
    expect(isExternalUrl(url)).toBe(external);
  });

  it('collects ids and legacy names as anchors', () => {
    expect(collectAnchors('<p id="a"></p><a name="b"></a><span id=""></span>')).toEqual(new Set(['a', 'b']));
  });
});
