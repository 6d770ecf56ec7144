// Tables of Markdown pages (the guides, Hiệu năng) scroll sideways on a phone inside Material's
// .md-typeset__scrollwrap. Such a region is made a named stop of the keyboard, as the tables the
// templates write are (td-table-wrap), so that it can be scrolled without a pointer (WCAG 2.1.1);
// one that fits is left out of the keyboard's way. Named after the heading above the table.
(() => {
  "use strict";

  function heading(region) {
    for (let at = region.previousElementSibling; at; at = at.previousElementSibling) {
      if (/^H[1-6]$/.test(at.tagName)) {
        const text = at.cloneNode(true);
        text.querySelector(".headerlink")?.remove(); // the heading's "¶"
        return text.textContent.trim();
      }
    }
    return "";
  }

  function mark() {
    for (const region of document.querySelectorAll(".md-typeset__scrollwrap")) {
      if (region.scrollWidth > region.clientWidth) {
        region.tabIndex = 0;
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", heading(region) ? `Bảng: ${heading(region)}` : "Bảng");
      } else {
        region.removeAttribute("tabindex");
        region.removeAttribute("role");
        region.removeAttribute("aria-label");
      }
    }
  }

  document$.subscribe(mark); // after Material has wrapped the tables of the page
  window.addEventListener("resize", mark);
})();
