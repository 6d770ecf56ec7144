/*
 * Site search on Pagefind's JS API: the header dialog of partials/search.html on every page,
 * and the full search page (#thidua-search-page on tim-kiem/) with facets, counts and sorting.
 *
 * Vietnamese folding (see hooks/thidua/search.py): Pagefind matches diacritics exactly here, and
 * every indexed page carries, in its word index only, the folded copy of its text in the same word
 * order. A query runs folded ("Đảng bộ" -> "dang bo"): that finds every match and gives the facet
 * counts. A query typed with diacritics also runs as typed. Results holding the query's words next
 * to each other (a phrase) come before those holding them apart; among each, exact matches first.
 * Excerpts are built here from the page text, around the phrase if the page has it, highlighting
 * words whose folded form is a folded query word.
 *
 * Entries: a list page standing for pages that are not indexed (the honored people) shows each of
 * its matching entries as a result of its own, leading to the entry's page (its heading's id),
 * if the entry's own filters (meta "muc") are within the selected ones. A list page scores the
 * matches of all its entries together, so an entry whose name does not hold every query word
 * (a person found by the place) follows the pages shown with it.
 *
 * The search page with no query searches nothing: it shows the facets with every page's counts
 * (Pagefind's filter files) and asks for a query, since a search without words (or with filters
 * only) downloads the whole index.
 */
(() => {
  "use strict";

  const PAGE_SIZE = 10;
  const EXCERPT_WORDS = 30;
  const TYPING_DELAY_MS = 150;
  const MIN_QUERY_LENGTH = 2; // one letter matches most of a large site, slowly
  const FACETS = [
    { key: "tinh", label: "Tỉnh, thành phố" },
    { key: "cap", label: "Cấp", order: ["Tỉnh", "Huyện", "Xã, phường, thị trấn"] },
    { key: "nam", label: "Năm" },
    {
      key: "loai",
      label: "Loại trang",
      order: ["Kế hoạch thi đua", "Địa phương", "Phong trào", "Người được khen thưởng"],
    },
  ];
  const SORTS = [
    ["", "Phù hợp nhất"],
    ["desc", "Năm mới nhất"],
    ["asc", "Năm cũ nhất"],
  ];
  const number = new Intl.NumberFormat("vi-VN");
  const TEXT = {
    searching: "Đang tìm…",
    tooShort: "Nhập thêm để tìm kiếm",
    prompt: "Nhập từ khóa để tìm kế hoạch, địa phương, phong trào, người được khen thưởng",
    none: "Không tìm thấy kết quả phù hợp",
    error: "Không tải được dữ liệu tìm kiếm. Vui lòng tải lại trang.",
    found: (count) => `Tìm thấy ${number.format(count)} kết quả`,
    all: (count) => `Xem cả ${number.format(count)} kết quả, lọc theo tỉnh, cấp, năm, loại trang`,
    year: (year) => `Năm ${year}`,
    filters: (active) => (active ? `Bộ lọc (${active})` : "Bộ lọc"),
  };

  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const searchPage = new URL("tim-kiem/", base);

  /* Lowercase, drop tone and vowel marks, "đ" -> "d": hooks/thidua/text.py fold(). */
  const fold = (text) => text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/\p{M}/gu, "");

  const escapeHtml = (text) =>
    text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

  /* The national hub (hooks/thidua/hub) searches every province site too: their addresses. */
  const mergedSites = (document.querySelector('meta[name="thidua-search-indexes"]')?.content ?? "")
    .split(" ")
    .filter(Boolean);

  let bundle = null;
  function loadPagefind() {
    bundle ??= import(new URL("pagefind/pagefind.js", base).href).then(async (pagefind) => {
      await pagefind.options({ baseUrl: base.pathname, exactDiacritics: true });
      await pagefind.init();
      // A province site that cannot be reached is left out, rather than failing every search.
      const reachable = await Promise.all(
        mergedSites.map((site) => fetch(new URL("pagefind/pagefind-entry.json", site)).then((r) => r.ok, () => false)),
      );
      for (const site of mergedSites.filter((_, index) => reachable[index])) {
        await pagefind.mergeIndex(new URL("pagefind/", site).href, { baseUrl: site, exactDiacritics: true });
      }
      return pagefind;
    });
    bundle.catch(() => {
      bundle = null; // let a later search retry
    });
    return bundle;
  }

  /* Searches run one at a time, so that a search overtaken by newer typing can be skipped. */
  let queue = Promise.resolve();
  function exclusive(task) {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  const pagefindFilters = (filters) =>
    Object.fromEntries(
      Object.entries(filters)
        .filter(([, values]) => values.length)
        .map(([key, values]) => [key, { any: values }]),
    );

  /*
   * Pages matching `query` (at least one word) within `filters` ({key: [values]}, values of one
   * key combined with OR), sorted by year if `sort` is "asc" or "desc" (pages without a year
   * follow). Resolves to {hits, counts, terms}: Pagefind results, per-facet counts in which a
   * facet's own selection is left out (so its other values stay selectable), folded query words;
   * or to null as soon as `isCurrent()` says the caller wants a newer search instead.
   */
  function search(query, filters, sort, isCurrent) {
    return exclusive(async () => {
      const pagefind = await loadPagefind();
      const typed = query.trim().toLowerCase().normalize("NFC"); // some keyboards type NFD
      const term = fold(typed);
      const options = { filters: pagefindFilters(filters) };
      if (!isCurrent()) return null;
      const folded = await pagefind.search(term, options);
      let hits = folded.results;
      if (sort) {
        if (!isCurrent()) return null;
        const sorted = (await pagefind.search(term, { ...options, sort: { year: sort } })).results;
        hits = unique([...sorted, ...folded.results]); // pages without a year follow
      } else {
        let exact = [];
        if (term && term !== typed) {
          if (!isCurrent()) return null;
          exact = (await pagefind.search(typed, options)).results;
        }
        hits = rank(exact, folded.results, term.split(/\s+/).length);
      }
      const counts = { ...folded.filters };
      for (const [key, values] of Object.entries(filters)) {
        if (values.length) {
          if (!isCurrent()) return null;
          const others = pagefindFilters({ ...filters, [key]: [] });
          counts[key] = (await pagefind.search(term, { filters: others })).filters[key];
        }
      }
      return { hits, counts, terms: term.split(/\s+/) };
    });
  }

  /* Whether a result holds `count` matched words at consecutive locations: the query's words
   * next to each other, as the folded copy keeps the page's word order. */
  function hasPhrase(hit, count) {
    if (count < 2) return true;
    const at = new Set(hit.words);
    return hit.words.some((location) => {
      for (let next = 1; next < count; next += 1) if (!at.has(location + next)) return false;
      return true;
    });
  }

  /* One list of the `exact` and `folded` results of a query of `count` words: phrase matches
   * first, exact matches first among those and among the others, else in Pagefind's order. */
  function rank(exact, folded, count) {
    const scores = new Map();
    const score = (hit, exactBonus) =>
      scores.set(hit.id, (scores.get(hit.id) ?? 0) | (hasPhrase(hit, count) ? 2 : 0) | exactBonus);
    exact.forEach((hit) => score(hit, 1));
    folded.forEach((hit) => score(hit, 0));
    return unique([...exact, ...folded]).sort((a, b) => scores.get(b.id) - scores.get(a.id));
  }

  /* `hits` without repeats, in order. */
  function unique(hits) {
    const seen = new Set();
    return hits.filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
  }

  /* Whether `word` matches a folded query word: in full, or as a prefix for the last one (which
   * is often still being typed). */
  const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
  function matches(word, terms) {
    const folded = fold(word).replace(EDGE_PUNCTUATION, "");
    const last = terms.length - 1;
    return folded !== "" && terms.some((term, i) => folded === term || (i === last && folded.startsWith(term)));
  }

  const highlight = (words, hits) =>
    words.map((word, i) => (hits[i] ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word))).join(" ");

  /* Where the folded query words occur in order in `words` (their matches `hits`): the first
   * word of each occurrence. */
  function phraseStarts(words, hits, terms) {
    const last = terms.length - 1;
    const folded = words.map((word) => fold(word).replace(EDGE_PUNCTUATION, ""));
    return words.map(
      (_, start) =>
        last > 0 &&
        terms.every((term, i) => hits[start + i] && (folded[start + i] === term || (i === last && folded[start + i].startsWith(term)))),
    );
  }

  /* HTML excerpt of the page text: the window of EXCERPT_WORDS words with the most matches, a
   * phrase of the query counting for more than any number of scattered words. */
  function excerpt(content, terms) {
    const words = content.split(/\s+/).filter(Boolean);
    const hits = words.map((word) => matches(word, terms));
    const phrases = phraseStarts(words, hits, terms);
    const points = hits.map((hit, i) => (phrases[i] ? EXCERPT_WORDS : 0) + (hit ? 1 : 0));
    let best = 0;
    let bestScore = 0;
    let score = 0;
    points.forEach((point, end) => {
      score += point - (end >= EXCERPT_WORDS ? points[end - EXCERPT_WORDS] : 0);
      if (score > bestScore) {
        bestScore = score;
        best = end;
      }
    });
    const firstHit = hits.indexOf(true, Math.max(0, best - EXCERPT_WORDS + 1));
    const start = Math.max(0, Math.min(firstHit - 5, words.length - EXCERPT_WORDS));
    const end = Math.min(words.length, start + EXCERPT_WORDS);
    const text = highlight(words.slice(start, end), hits.slice(start, end));
    return `${start > 0 ? "… " : ""}${text}${end < words.length ? " …" : ""}`;
  }

  /* The list items of `hits`, in order but for entries found by other words than their name,
   * which follow (see the top of this file). */
  async function renderHits(hits, terms, titleTag, filters = {}) {
    const rendered = (await Promise.all(hits.map((hit) => renderHit(hit, terms, titleTag, filters)))).flat();
    return [...rendered.filter(({ weak }) => !weak), ...rendered.filter(({ weak }) => weak)].map(({ item }) => item);
  }

  /* {item, weak} for each list item of one result: the page, or the matching entries of a list
   * page within `filters`, weak if the entry's name does not hold every query word. `titleTag`
   * is "h2" on the search page, "div" in the dialog. */
  async function renderHit(hit, terms, titleTag, filters) {
    const data = await hit.data();
    const entries = matchedEntries(data);
    if (entries.length) {
      const page = new URL(data.url, location.href);
      return entries
        .filter(({ facets }) => within(facets, filters))
        .map(({ id, title, text }) => ({
          item: resultItem(new URL(id, page).href, title, [data.filters.loai?.[0]], text, terms, titleTag),
          weak: !holdsEvery(title, terms),
        }));
    }
    const info = [data.meta.dia_phuong, data.meta.nam && TEXT.year(data.meta.nam), data.filters.loai?.[0]];
    return [{ item: resultItem(data.url, data.meta.title || data.url, info, data.content, terms, titleTag), weak: false }];
  }

  /* Whether `text` holds every folded query word (the last one may be a prefix). */
  function holdsEvery(text, terms) {
    const words = text.split(/\s+/).map((word) => fold(word).replace(EDGE_PUNCTUATION, ""));
    const last = terms.length - 1;
    return terms.every((term, i) => words.some((word) => word === term || (i === last && word.startsWith(term))));
  }

  function resultItem(url, title, info, text, terms, titleTag) {
    const titleWords = title.split(/\s+/);
    const item = document.createElement("li");
    item.className = "md-search-result__item";
    item.innerHTML = `
      <a href="${escapeHtml(url)}" class="md-search-result__link"${titleTag === "div" ? ' tabindex="-1"' : ""}>
        <article class="md-search-result__article md-typeset">
          <div class="md-search-result__icon md-icon"></div>
          <${titleTag} class="thidua-search__title">${highlight(titleWords, titleWords.map((word) => matches(word, terms)))}</${titleTag}>
          <p class="thidua-search__info">${escapeHtml(info.filter(Boolean).join(" · "))}</p>
          <p class="thidua-search__excerpt">${excerpt(text, terms)}</p>
        </article>
      </a>`;
    return item;
  }

  /* Whether an entry's `facets` ({key: [values]}) are within the selected `filters`. */
  const within = (facets, filters) =>
    Object.entries(filters).every(
      ([key, values]) => !values.length || !facets[key] || facets[key].some((value) => values.includes(value)),
    );

  /* The entries of a result's page that hold matched words, in page order: {id, facets, title,
   * text}, text being the words of the entry after its title. A match belongs to the anchor
   * before it; an entry heading is repeated in the folded copy under the same id, and its first
   * anchor is the one in the page text. */
  function matchedEntries(data) {
    const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
    const matched = new Set();
    for (const location of data.locations) {
      const before = anchors.findLast((anchor) => anchor.location <= location);
      if (before?.id.endsWith("/")) matched.add(before.id);
    }
    const first = [];
    for (const anchor of anchors) if (!first.some(({ id }) => id === anchor.id)) first.push(anchor);
    const words = data.content.split(/\s+/);
    const own = JSON.parse(data.meta.muc ?? "{}");
    return first
      .map((anchor, i) => ({ anchor, end: first[i + 1]?.location ?? words.length }))
      .filter(({ anchor }) => matched.has(anchor.id))
      .map(({ anchor, end }) => ({
        id: anchor.id,
        facets: own[anchor.id] ?? {},
        title: anchor.text,
        text: words.slice(anchor.location + anchor.text.split(/\s+/).length, end).join(" "),
      }));
  }

  /* The "Địa phương" group of the header dialog: units of the register matching the query, each
   * leading to its page, or the page of the unit that covers it today. */
  function showPlaces(group, suggestions) {
    group.hidden = suggestions.length === 0;
    group.querySelector("ol").replaceChildren(
      ...suggestions.map(({ name, label, url }) => {
        const item = document.createElement("li");
        item.className = "md-search-result__item thidua-search__place";
        item.innerHTML = `
          <a href="${escapeHtml(url ?? pageUrl(name))}" class="md-search-result__link" tabindex="-1">
            <article class="md-search-result__article md-typeset">
              <div class="md-search-result__icon md-icon"></div>
              <div class="thidua-search__title">${escapeHtml(label)}</div>
            </article>
          </a>`;
        return item;
      }),
    );
  }

  function pageUrl(query, filters = {}, sort = "") {
    const url = new URL(searchPage);
    if (query) url.searchParams.set("q", query);
    if (sort) url.searchParams.set("sort", sort);
    for (const [key, values] of Object.entries(filters)) {
      for (const value of values) url.searchParams.append(key, value);
    }
    return url.href;
  }

  const isEditable = (element) =>
    element instanceof HTMLElement &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));

  /* The header dialog: Material's search markup, opened by the __search toggle. */
  function mountDialog(root) {
    const toggle = document.getElementById("__search");
    const input = root.querySelector("[data-thidua-search-input]");
    const meta = root.querySelector("[data-thidua-search-meta]");
    const list = root.querySelector("[data-thidua-search-list]");
    const places = root.querySelector("[data-thidua-search-places]");
    const all = root.querySelector("[data-thidua-search-all]");
    const prompt = meta.textContent;
    const allText = all.textContent;
    let latest = 0;
    let timer = 0;

    /* The results list is aria-busy from the first key typed until its results are shown. */
    async function update() {
      const run = ++latest;
      const query = input.value.trim();
      list.setAttribute("aria-busy", "true");
      all.href = pageUrl(query);
      all.textContent = allText;
      try {
        if (query.length < MIN_QUERY_LENGTH) {
          meta.textContent = query ? TEXT.tooShort : prompt;
          list.replaceChildren();
          showPlaces(places, []);
          return;
        }
        meta.textContent = TEXT.searching;
        const suggested = window.thiduaLocalities?.suggest(query) ?? Promise.resolve([]);
        const found = await search(query, {}, "", () => run === latest);
        if (!found) return;
        const localities = await suggested.catch((error) => {
          console.error(error);
          return [];
        });
        if (run !== latest) return;
        showPlaces(places, localities);
        const { hits, terms } = found;
        const items = await renderHits(hits.slice(0, PAGE_SIZE), terms, "div");
        if (run !== latest) return;
        meta.textContent = hits.length ? TEXT.found(hits.length) : TEXT.none;
        list.replaceChildren(...items);
        if (hits.length) all.textContent = TEXT.all(hits.length);
      } catch (error) {
        if (run === latest) meta.textContent = TEXT.error;
        console.error(error);
      } finally {
        if (run === latest) list.setAttribute("aria-busy", "false");
      }
    }

    const open = () => {
      toggle.checked = true;
      input.focus();
      input.select();
    };
    const close = () => {
      toggle.checked = false;
      input.blur();
    };

    input.addEventListener("focus", () => {
      toggle.checked = true;
      loadPagefind().catch(() => undefined); // warm up; errors show on search
    });
    input.addEventListener("input", () => {
      latest += 1; // a search still running is for older text: it must not end the busy state
      list.setAttribute("aria-busy", "true");
      clearTimeout(timer);
      timer = setTimeout(update, TYPING_DELAY_MS);
    });
    input.form.addEventListener("reset", () => {
      setTimeout(update);
      input.focus();
    });
    toggle.addEventListener("change", () => (toggle.checked ? open() : close()));

    document.addEventListener("keydown", (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (!toggle.checked) {
        if (["/", "s", "f"].includes(event.key) && !isEditable(event.target)) {
          event.preventDefault();
          open();
        }
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const stops = [input, ...places.querySelectorAll("a"), ...list.querySelectorAll("a"), all];
        const at = stops.indexOf(document.activeElement);
        const step = event.key === "ArrowDown" ? 1 : -1;
        event.preventDefault();
        stops[(at + step + stops.length) % stops.length].focus();
      }
    });
  }

  /* The full search page: query, sort, facets with counts, results in pages of PAGE_SIZE. */
  async function mountPage(root) {
    const params = new URLSearchParams(location.search);
    root.classList.add("thidua-page");
    root.innerHTML = `
      <form class="thidua-page__form" role="search">
        <p class="thidua-page__field thidua-page__field--query">
          <label for="thidua-page-query">Từ khóa</label>
          <input id="thidua-page-query" type="search" name="q" autocomplete="off" spellcheck="false"
            placeholder="Ví dụ: hộ nghèo, Phú Sơn, thi đua">
        </p>
        <p class="thidua-page__field">
          <label for="thidua-page-sort">Sắp xếp</label>
          <select id="thidua-page-sort" name="sort">
            ${SORTS.map(([value, label]) => `<option value="${value}">${label}</option>`).join("")}
          </select>
        </p>
        <button type="button" class="md-button thidua-page__toggle" aria-expanded="false"
          aria-controls="thidua-page-facets">${TEXT.filters(0)}</button>
      </form>
      <div class="thidua-page__body">
        <div class="thidua-page__facets" id="thidua-page-facets" role="group" aria-label="Bộ lọc">
          <button type="button" class="md-button thidua-page__clear" hidden>Bỏ chọn tất cả bộ lọc</button>
        </div>
        <div class="thidua-page__results">
          <p class="thidua-page__summary" role="status">${TEXT.searching}</p>
          <ol class="md-search-result__list thidua-page__list"></ol>
          <button type="button" class="md-button thidua-page__more" hidden>Xem thêm kết quả</button>
        </div>
      </div>`;
    const form = root.querySelector("form");
    const queryInput = form.elements.q;
    const sortSelect = form.elements.sort;
    const facets = root.querySelector(".thidua-page__facets");
    const clear = root.querySelector(".thidua-page__clear");
    const toggle = root.querySelector(".thidua-page__toggle");
    const summary = root.querySelector(".thidua-page__summary");
    const list = root.querySelector(".thidua-page__list");
    const more = root.querySelector(".thidua-page__more");
    queryInput.value = params.get("q") ?? "";
    sortSelect.value = SORTS.some(([value]) => value === params.get("sort")) ? params.get("sort") : "";

    let options;
    try {
      options = await (await loadPagefind()).filters();
    } catch (error) {
      summary.textContent = TEXT.error;
      console.error(error);
      return;
    }
    const boxes = renderFacets(facets, clear, options, params);

    let latest = 0;
    let result = { hits: [], terms: [] };
    let shown = 0; // results of `result` listed
    let timer = 0;

    async function renderMore() {
      const from = shown;
      shown = Math.min(result.hits.length, from + PAGE_SIZE);
      return renderHits(result.hits.slice(from, shown), result.terms, "h2", result.filters);
    }

    async function showMore() {
      list.append(...(await renderMore()));
      more.hidden = shown >= result.hits.length;
    }

    /* No query: nothing searched; every page's counts, every value selectable. */
    function showPrompt() {
      for (const [box, label] of boxes) {
        label.textContent = number.format(options[box.name]?.[box.value] ?? 0);
        box.disabled = false;
      }
      summary.textContent = TEXT.prompt;
      list.replaceChildren();
      more.hidden = true;
    }

    /* Searches for what the controls say, which may have changed while the index loaded. The
     * results list is aria-busy from the first key typed until its results are shown. */
    async function update() {
      const run = ++latest;
      list.setAttribute("aria-busy", "true");
      const filters = Object.fromEntries(FACETS.map(({ key }) => [key, []]));
      for (const [box] of boxes) if (box.checked) filters[box.name].push(box.value);
      history.replaceState(history.state, "", pageUrl(queryInput.value.trim(), filters, sortSelect.value));
      const active = Object.values(filters).reduce((sum, values) => sum + values.length, 0);
      clear.hidden = active === 0;
      toggle.textContent = TEXT.filters(active);
      const length = queryInput.value.trim().length;
      try {
        if (length === 0) {
          showPrompt();
          return;
        }
        if (length < MIN_QUERY_LENGTH) {
          summary.textContent = TEXT.tooShort;
          list.replaceChildren();
          more.hidden = true;
          return;
        }
        summary.textContent = TEXT.searching;
        const found = await search(queryInput.value, filters, sortSelect.value, () => run === latest);
        if (run !== latest) return;
        result = { ...found, filters };
        shown = 0;
        const items = await renderMore();
        if (run !== latest) return;
        for (const [box, label] of boxes) {
          const count = found.counts[box.name]?.[box.value] ?? 0;
          label.textContent = number.format(count);
          box.disabled = count === 0 && !box.checked;
        }
        summary.textContent = found.hits.length ? TEXT.found(found.hits.length) : TEXT.none;
        list.replaceChildren(...items);
        more.hidden = shown >= found.hits.length;
      } catch (error) {
        if (run === latest) summary.textContent = TEXT.error;
        console.error(error);
      } finally {
        if (run === latest) list.setAttribute("aria-busy", "false");
      }
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      update();
    });
    queryInput.addEventListener("input", () => {
      latest += 1; // a search still running is for older text: it must not end the busy state
      list.setAttribute("aria-busy", "true");
      clearTimeout(timer);
      timer = setTimeout(update, TYPING_DELAY_MS);
    });
    sortSelect.addEventListener("change", update);
    facets.addEventListener("change", update);
    clear.addEventListener("click", () => {
      for (const [box] of boxes) box.checked = false;
      update();
    });
    more.addEventListener("click", showMore);
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      facets.classList.toggle("thidua-page__facets--open", open);
    });
    await update();
  }

  /* Checkbox groups for FACETS from all values in the index, checked as in the URL `params`;
   * returns [checkbox, count] pairs. */
  function renderFacets(container, before, options, params) {
    const boxes = [];
    for (const { key, label, order } of FACETS) {
      const values = Object.keys(options[key] ?? {});
      if (!values.length) continue;
      if (order) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      else if (key === "nam") values.sort((a, b) => b.localeCompare(a));
      else values.sort((a, b) => a.localeCompare(b, "vi"));
      const fieldset = document.createElement("fieldset");
      fieldset.className = "thidua-page__facet";
      fieldset.innerHTML = `<legend>${escapeHtml(label)}</legend>`;
      for (const value of values) {
        const option = document.createElement("label");
        option.className = "thidua-page__option";
        option.innerHTML = `<input type="checkbox" name="${key}" value="${escapeHtml(value)}">
          <span>${escapeHtml(value)}</span> <span class="thidua-page__count"></span>`;
        const box = option.querySelector("input");
        box.checked = params.getAll(key).includes(value);
        boxes.push([box, option.querySelector(".thidua-page__count")]);
        fieldset.append(option);
      }
      container.insertBefore(fieldset, before);
    }
    return boxes;
  }

  const dialog = document.querySelector("[data-thidua-search]"); // absent if a header omits it
  if (dialog) mountDialog(dialog);
  document$.subscribe(() => {
    const page = document.getElementById("thidua-search-page");
    if (page) mountPage(page);
  });
})();
