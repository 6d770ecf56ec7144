/*
 * Locality finder: every administrative unit of the register, both eras, typed without marks.
 * Reads the files written by hooks/thidua/locality_finder.py (tim-dia-phuong/<prefix>.json, one
 * per first PREFIX_LENGTH letters of a unit's folded name without its type word), fetching only
 * those a query needs. Used by the header search (assets/javascripts/search.js), as
 * window.thiduaLocalities.suggest(query) -> Promise of up to `limit` suggestions, best first:
 * {name, parents, era, successors, url, label}.
 */
(() => {
  "use strict";

  const FOLDER = "tim-dia-phuong/"; // = FOLDER in hooks/thidua/locality_finder.py
  const PREFIX_LENGTH = 2; // = PREFIX_LENGTH there
  const LIMIT = 5;
  // Folded type words, longest first: a query may start with one ("xa tung anh").
  const KINDS = ["thanh pho", "thi xa", "thi tran", "dac khu", "phuong", "huyen", "quan", "tinh", "xa"];

  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);

  /* Lowercase, drop tone and vowel marks, "đ" -> "d": hooks/thidua/text.py fold(). */
  const fold = (text) => text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/\p{M}/gu, "");
  const words = (text) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

  const files = new Map();
  function load(key) {
    if (!files.has(key)) {
      const file = fetch(new URL(FOLDER + key + ".json", base)).then((response) =>
        response.ok ? response.json() : response.status === 404 ? [] : Promise.reject(new Error(response.statusText)),
      );
      file.catch(() => files.delete(key)); // let a later query retry
      files.set(key, file);
    }
    return files.get(key);
  }

  /* The files a query needs: its first letters, and those after a type word it starts with. */
  function keys(query) {
    const compact = words(query).join("");
    const found = new Set();
    if (compact.length >= PREFIX_LENGTH) found.add(compact.slice(0, PREFIX_LENGTH));
    for (const kind of KINDS.map((kind) => kind.replace(" ", ""))) {
      if (compact.startsWith(kind) && compact.length >= kind.length + PREFIX_LENGTH) {
        found.add(compact.slice(kind.length, kind.length + PREFIX_LENGTH));
      }
    }
    return [...found];
  }

  /*
   * How well a unit matches the query words `terms`: null if not at all, else [skipped words,
   * words of the unit, 1 for a former unit], lower being better. The terms must occur in order
   * among the words of the unit's name then its parents' names, the first inside the name; each
   * in full, the last (maybe still being typed) as the start of a word.
   */
  function score(entry, terms) {
    const nameWords = words(entry[0]);
    const all = [...nameWords, ...words(entry[1])];
    let at = 0;
    let skipped = 0;
    for (const [i, term] of terms.entries()) {
      const last = i === terms.length - 1;
      let found = at;
      while (found < all.length && !(all[found] === term || (last && all[found].startsWith(term)))) found += 1;
      if (found === all.length || (i === 0 && found >= nameWords.length)) return null;
      if (i > 0) skipped += found - at;
      at = found + 1;
    }
    return [skipped, all.length, entry[2] === "legacy" ? 1 : 0];
  }

  function label([name, parents, era, successors]) {
    const where = parents ? ` (${parents})` : "";
    if (era !== "legacy") return `${name}${where}, từ 01/7/2025`;
    const kept = !successors || successors === name;
    return `${name}${where}, ${kept ? "trước 01/7/2025" : `từ 01/7/2025 thuộc ${successors}`}`;
  }

  async function suggest(query, limit = LIMIT) {
    const terms = words(query);
    const wanted = keys(query);
    if (!terms.length || !wanted.length) return [];
    const entries = (await Promise.all(wanted.map(load))).flat();
    return entries
      .map((entry) => [score(entry, terms), entry])
      .filter(([rank]) => rank)
      .sort(([a, x], [b, y]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || x[0].localeCompare(y[0], "vi"))
      .slice(0, limit)
      .map(([, entry]) => ({
        name: entry[0],
        parents: entry[1],
        era: entry[2],
        successors: entry[3],
        url: entry[4] ? new URL(entry[4], base).href : null,
        label: label(entry),
      }));
  }

  if (document.querySelector("[data-thidua-search-places]")) window.thiduaLocalities = { suggest }; // not on the hub

  /* The home page box: suggestions as links, updated as the visitor types. A unit without a
   * page of its own or of the unit covering it today leads to the search page. */
  function mountFinder(root) {
    const input = root.querySelector("input");
    const list = root.querySelector("ol");
    let latest = 0;
    root.hidden = false;
    input.addEventListener("input", async () => {
      const run = ++latest;
      const found = await suggest(input.value).catch(() => []);
      if (run !== latest) return;
      list.replaceChildren(
        ...found.map(({ name, label, url }) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = url ?? new URL(`tim-kiem/?q=${encodeURIComponent(name)}`, base).href;
          link.textContent = label;
          item.append(link);
          return item;
        }),
      );
    });
  }

  document.querySelectorAll("[data-thidua-finder]").forEach(mountFinder);
})();
