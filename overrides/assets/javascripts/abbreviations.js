// Abbreviations explain themselves on a tap, a click or a key press, not only on mouse hover:
// each is a button holding <abbr title="meaning"> (thidua.markup.Abbreviations); pressing it
// prints the meaning in brackets right after it, pressing again hides it.
document.addEventListener("click", (event) => {
  const button = event.target.closest && event.target.closest("button.td-abbr");
  if (!button) return;
  let meaning = button.nextElementSibling;
  if (!meaning || !meaning.classList.contains("td-abbr-meaning")) {
    meaning = document.createElement("span");
    meaning.className = "td-abbr-meaning";
    meaning.textContent = ` (${button.querySelector("abbr").title})`;
    meaning.hidden = true;
    button.after(meaning);
  }
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  meaning.hidden = !open;
});
