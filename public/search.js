// Starts Pagefind's search box on the search page. A file of its own, so the page needs no inline script.
// The build indexes the site in parts, one Pagefind bundle each (src/integrations/search-index-parts.ts), and
// lists them in /pagefind/parallax-bundles.json, first bundle first: this page loads the first (its scripts
// are in the page head) and merges the others, so one search box gives one result list over the whole site.
/* global PagefindUI */
const BUNDLES_FILE = '/pagefind/parallax-bundles.json';

/** The bundles to merge into the first one: every listed bundle after the first, or none. */
async function otherBundles() {
  try {
    const response = await fetch(BUNDLES_FILE);
    if (!response.ok) throw new Error(`${BUNDLES_FILE}: ${response.status}`);
    const { bundles } = await response.json();
    if (!Array.isArray(bundles) || !bundles.every((bundle) => typeof bundle === 'string')) throw new Error(`${BUNDLES_FILE}: no list of bundles`);
    return bundles.slice(1);
  } catch (error) {
    // The first bundle still searches its part of the site.
    console.warn(`search: searching the first part of the site only (${error})`);
    return [];
  }
}

window.addEventListener('DOMContentLoaded', async () => {
  const merged = await otherBundles();
  new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    mergeIndex: merged.map((bundlePath) => ({ bundlePath })),
  });
});
