// Starts Pagefind's search box on the search page. A file of its own, so the page needs no inline script.
/* global PagefindUI */
window.addEventListener('DOMContentLoaded', () => {
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
});
