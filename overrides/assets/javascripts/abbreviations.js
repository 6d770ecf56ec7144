// Abbreviations explain themselves on a tap, a click or a key press, not only on mouse hover:
// the button after which the meaning is printed (markup: thidua.markup.Abbreviations) toggles it.
document.addEventListener("click", (event) => {
  const button = event.target.closest && event.target.closest("button.td-abbr");
  if (!button) return;
  const meaning = button.nextElementSibling;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  meaning.hidden = !open;
});
