// Printing: every printed page carries the site name and the page address (bottom left) and the
// date of printing as 23/11/2026 with the page number (bottom right), in @page margin boxes
// written here from the page's data (overrides/main.html). A page with no address of its own on
// the site (the 404 page, at whatever address was asked for) carries the address it was read at. A print button (the summary of a
// plan has one) opens the browser's print dialog.
function cssString(text) {
  return '"' + text.replace(/[\\"]/g, "\\$&").replace(/\s+/g, " ") + '"';
}

function writePrintMargins() {
  const running = document.querySelector(".td-print-running");
  if (!running) return;
  const today = new Date();
  const date = [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, "0")).join("/") + "/" + today.getFullYear();
  let style = document.getElementById("td-print-margins");
  if (!style) {
    style = document.createElement("style");
    style.id = "td-print-margins";
    document.head.append(style);
  }
  style.textContent = `@media print { @page {
    @bottom-left { content: ${cssString(running.dataset.site + " – " + (running.dataset.url || location.href))}; }
    @bottom-right { content: ${cssString("In ngày " + date + " · trang ")} counter(page) "/" counter(pages); }
  } }`;
}

writePrintMargins();
window.addEventListener("beforeprint", writePrintMargins);
document.addEventListener("click", (event) => {
  if (event.target.closest && event.target.closest("button.td-print-button")) window.print();
});
