/*
 * The comparison table of an indicator's year page (hooks/thidua/templates/indicator_year.html), enhanced:
 * a button in each sortable header sorts the rows by that column (aria-sort tells the order),
 * and the labelled selects, hidden without this script, keep the rows of one province or level;
 * the status line announces how many rows are shown. Without the script the table is complete.
 * A cell's data-value is its sort key: a number for data-sort="number" headers, else text.
 */
(() => {
  "use strict";

  const table = document.querySelector("table[data-compare]");
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const headers = Array.from(table.tHead.rows[0].cells);
  const filters = document.querySelector("[data-compare-filters]");
  const selects = Array.from(filters.querySelectorAll("select[data-filter]"));
  const count = document.querySelector("[data-compare-count]");
  const collator = new Intl.Collator("vi", { numeric: true });

  function compare(a, b, numeric) {
    if (a === "" || b === "") return (a === "") - (b === "");
    return numeric ? Number(a) - Number(b) : collator.compare(a, b);
  }

  function sortBy(header) {
    const column = headers.indexOf(header);
    const numeric = header.dataset.sort === "number";
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    const value = (row) => row.cells[column].dataset.value ?? row.cells[column].textContent.trim();
    const sorted = rows.slice().sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === "" || y === "") return compare(x, y, numeric); // rows without a figure stay last
      return ascending ? compare(x, y, numeric) : compare(y, x, numeric);
    });
    for (const other of headers) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    body.append(...sorted);
  }

  function filter() {
    let shown = 0;
    for (const row of rows) {
      row.hidden = !selects.every((select) => !select.value || row.dataset[select.dataset.filter] === select.value);
      shown += row.hidden ? 0 : 1;
    }
    const number = (n) => n.toLocaleString("vi-VN"); // 1.234, as the page writes numbers
    count.textContent = count.dataset.compareCount.replace("{shown}", number(shown)).replace("{total}", number(rows.length));
  }

  for (const header of headers.filter((h) => h.dataset.sort)) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "td-sort";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => sortBy(header));
  }
  for (const select of selects) select.addEventListener("change", filter);
  filters.hidden = false;
})();
