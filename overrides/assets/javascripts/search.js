/*
 * Site search on Pagefind's JS API: the header dialog of partials/search.html on every page,
 * and the full search page (#thidua-search-page on tim-kiem/) with facets, counts and sorting.
 *
 * Vietnamese folding (see hooks/thidua/search.py): Pagefind matches diacritics exactly here, and
 * indexes each page's text with every word folded where it stands, then the page's exact words
 * (the words written with marks in its headings, title and locality). A query runs folded ("Đảng
 * bộ" -> "dang bo"): that finds every match and gives the facet counts. A query typed with
 * diacritics also runs as typed, matching the exact words. Results holding the query's words next
 * to each other (a phrase) come before those holding them apart; among each, exact matches first.
 * Pagefind stores each page's text as written: excerpts are built here from it, around the phrase
 * if the page has it, highlighting words whose folded form is a folded query word.
 *
 * Entries (hooks/thidua/search.py, "Entries"): a page of entries (meta lien_ket: each entry
 * heading's id -> the address the entry leads to, relative to the page) shows each of its entries
 * holding every query word as a result of its own, titled with its heading. On a province site,
 * the page of a locality's honored people of one year: each person an entry, leading to their
 * section of the page. A page scores the matches of all its entries together, so an entry whose
 * name does not hold every query word (a person found by the place) follows the others read with it.
 *
 * The search page with no query searches nothing: it shows the facets with every page's counts
 * (Pagefind's filter files) and asks for a query, since a search without words (or with filters
 * only) downloads the whole index.
 *
 * The national hub (hooks/thidua/hub) searches its own index: its lists of plans and honored
 * people, whose entries lead to the province sites. On the hub's search page, one province site can be
 * chosen instead ("Tìm trong"): the search then runs in that site's own index (its full text).
 */
(() => {
  "use strict";

  const PAGE_SIZE = 10;
  const EXCERPT_WORDS = 30;
  const TYPING_DELAY_MS = 150;
  const MIN_QUERY_LENGTH = 2; // one letter matches most of a large site, slowly
  const MAX_BATCHES = 2; // batches of result pages read at a time, when hub list pages hold no entry found
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
    missing: (words) =>
      `Không trang nào có ${words.length > 1 ? "các từ" : "từ"} ${words.map((word) => `“${word}”`).join(", ")}: kết quả có các từ còn lại`,
    atLeast: (count) => `Tìm thấy ${number.format(count)} kết quả trở lên`,
    notYet: "Chưa thấy kết quả phù hợp trong những trang danh sách đầu tiên",
    allHub: "Xem mọi kết quả, hoặc tìm trong toàn văn kế hoạch của một tỉnh, thành phố",
    hubScope:
      "Tìm trong tên, địa phương, chủ đề, khẩu hiệu của mọi kế hoạch và tên, danh hiệu của những tập thể, cá nhân " +
      "được khen thưởng trên trang cả nước. Muốn tìm trong toàn văn kế hoạch (chỉ tiêu, nội dung thi đua), chọn một " +
      "tỉnh, thành phố ở ô “Tìm trong”.",
    hubSites: "Danh sách cả nước",
    examples: "Ví dụ: hộ nghèo, Phú Sơn, thi đua",
    hubExamples: "Ví dụ: Phú Sơn, đoàn kết, thi đua", // words of the hub's lists: no target is in them
    site: (name) => `Trang ${name} (toàn văn)`,
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

  /* On the hub's search page: the province sites ({ten, ma, dia_chi}) one of which can be searched. */
  const provinceSites = JSON.parse(document.getElementById("thidua-search-sites")?.textContent ?? "[]");

  /* Pagefind on this site's index, or with `site` (an address) on that site's own index: its
   * first bundle, with the other shards it lists in shards.json merged in (hooks/thidua/search.py). */
  const bundles = new Map();
  function loadPagefind(site = "") {
    if (!bundles.has(site)) {
      const root = new URL("pagefind/", site || base);
      const options = { baseUrl: site || base.pathname, exactDiacritics: true };
      const shards = fetch(new URL("shards.json", root)).then((response) => (response.ok ? response.json() : []));
      const bundle = import(new URL("pagefind.js", root).href).then(async (pagefind) => {
        await pagefind.options(options);
        await pagefind.init();
        const merged = await shards;
        await Promise.all(merged.map((shard) => pagefind.mergeIndex(new URL(shard, root).href, options)));
        return pagefind;
      });
      bundle.catch(() => bundles.delete(site)); // let a later search retry
      bundles.set(site, bundle);
    }
    return bundles.get(site);
  }

  /*
   * For a query of several folded `words`: {missing, holds}, the words no page holds and whether a
   * result holds every other word. Pagefind leaves out a word its index does not hold: the citizen
   * is told (`missing`). And each shard has an index of its own, so a shard without one of the
   * words finds the pages holding the others: `holds` tells them. (Facet counts may still count
   * them.) The words' index chunks are those the query loads: nothing more is read.
   */
  async function everyWord(pagefind, words) {
    let kept = null;
    const missing = [];
    for (const word of words) {
      const holding = new Set((await pagefind.search(word)).results.map((hit) => hit.id));
      if (!holding.size) missing.push(word);
      else kept = kept === null ? holding : new Set([...kept].filter((id) => holding.has(id)));
    }
    return { missing, holds: (hit) => kept === null || kept.has(hit.id) };
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
   * follow). Resolves to {hits, counts, terms, missing}: Pagefind results, per-facet counts in
   * which a facet's own selection is left out (so its other values stay selectable), the folded
   * query words the results hold, the query words (as typed) no page holds;
   * or to null as soon as `isCurrent()` says the caller wants a newer search instead. `site`: in
   * that site's index (loadPagefind).
   */
  function search(query, filters, sort, isCurrent, site = "") {
    return exclusive(async () => {
      const pagefind = await loadPagefind(site);
      const typed = query.trim().toLowerCase().normalize("NFC"); // some keyboards type NFD
      const term = fold(typed);
      const options = { filters: pagefindFilters(filters) };
      if (!isCurrent()) return null;
      const folded = await pagefind.search(term, options);
      const words = term.split(/\s+/).filter(Boolean);
      if (!isCurrent()) return null;
      const { missing, holds } = words.length > 1 ? await everyWord(pagefind, words) : { missing: [], holds: () => true };
      const held = words.filter((word) => !missing.includes(word));
      let hits = folded.results.filter(holds);
      if (sort) {
        // One search per year: Pagefind's own sort does not hold across merged shards.
        const years = Object.entries(folded.filters.nam ?? {})
          .filter(([, count]) => count > 0)
          .map(([year]) => year)
          .sort();
        if (sort === "desc") years.reverse();
        const sorted = [];
        for (const year of years) {
          if (!isCurrent()) return null;
          sorted.push(...(await pagefind.search(term, { filters: pagefindFilters({ ...filters, nam: [year] }) })).results);
        }
        hits = unique([...sorted.filter(holds), ...hits]); // pages without a year follow
      } else {
        let exact = [];
        if (term && term !== typed) {
          if (!isCurrent()) return null;
          exact = (await pagefind.search(typed, options)).results.filter(holds);
        }
        hits = rank(exact, hits, held.length);
      }
      const counts = { ...folded.filters };
      for (const [key, values] of Object.entries(filters)) {
        if (values.length) {
          if (!isCurrent()) return null;
          const others = pagefindFilters({ ...filters, [key]: [] });
          counts[key] = (await pagefind.search(term, { filters: others })).filters[key];
        }
      }
      const typedWords = typed.split(/\s+/).filter(Boolean);
      return { hits, counts, terms: held.length ? held : words, missing: missing.map((word) => typedWords[words.indexOf(word)]) };
    });
  }

  /* Whether a result holds `count` matched words at consecutive locations: the query's words
   * next to each other, as the folded text keeps the page's words in their places. */
  function hasPhrase(hit, count) {
    if (count < 2) return true;
    const at = new Set(hit.words);
    return hit.words.some((location) => {
      for (let next = 1; next < count; next += 1) if (!at.has(location + next)) return false;
      return true;
    });
  }

  /* One list of the `exact` and `folded` results of a query of `count` words: phrase matches
   * first, exact matches first among those and among the others, each in Pagefind's order (the
   * exact results' order weighs the title, headings and locality). Phrases are read from the folded
   * results only (the exact words are listed once each, not where they stand in the page). A page
   * found both ways is given as found folded: its sub-results cover every match. */
  function rank(exact, folded, count) {
    const exactIds = new Set(exact.map((hit) => hit.id));
    const asFolded = new Map(folded.map((hit) => [hit.id, hit]));
    return unique([...exact, ...folded])
      .map((hit, order) => {
        const found = asFolded.get(hit.id);
        const score = (found && hasPhrase(found, count) ? 2 : 0) | (exactIds.has(hit.id) ? 1 : 0);
        return { hit: found ?? hit, order, score };
      })
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ hit }) => hit);
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

  const squeeze = (text) => text.split(/\s+/).filter(Boolean).join(" ");

  /* Whether `text` holds every folded query word (the last one may be a prefix): a page holds
   * them all, but Pagefind gives an entry's sub-result for any one of them. */
  function holdsAll(text, terms) {
    const words = fold(text).split(/\s+/).map((word) => word.replace(EDGE_PUNCTUATION, ""));
    const last = terms.length - 1;
    return terms.every((term, i) => words.some((word) => word === term || (i === last && word.startsWith(term))));
  }

  /* The entries of a page of entries (meta lien_ket) holding every word of a query of folded words
   * `terms`, in page order, phrase matches first: {url, title, text, page, weak}, weak if the
   * entry's title does not hold every word; null for any other page. An entry's text is the page
   * text after its heading, up to the next heading with an id. */
  function entries(data, terms) {
    if (!data.meta.lien_ket) return null;
    const links = JSON.parse(data.meta.lien_ket);
    const page = new URL(data.url, location.href);
    const content = squeeze(data.content);
    const headings = data.anchors
      .filter((anchor) => anchor.id && /^h\d$/i.test(anchor.element))
      .sort((a, b) => a.location - b.location);
    const texts = new Map();
    let at = 0;
    headings.forEach((anchor, index) => {
      const start = content.indexOf(squeeze(anchor.text), at);
      if (start < 0) return;
      at = start + squeeze(anchor.text).length;
      const next = headings[index + 1] && content.indexOf(squeeze(headings[index + 1].text), at);
      texts.set(anchor.id, content.slice(at, next > 0 ? next : undefined).trim());
    });
    const found = data.sub_results
      .filter((sub) => links[sub.anchor?.id])
      .map((sub) => ({ url: new URL(links[sub.anchor.id], page).href, title: squeeze(sub.anchor.text),
        text: texts.get(sub.anchor.id) ?? "", page: data.meta.title, phrase: hasPhrase({ words: sub.locations }, terms.length) }))
      .filter((entry) => holdsAll(`${entry.title} ${entry.text}`, terms))
      .map((entry) => ({ ...entry, weak: !holdsAll(entry.title, terms) }));
    return found.filter((entry) => entry.phrase).concat(found.filter((entry) => !entry.phrase));
  }

  /* One result as a list item; `titleTag` is "h2" on the search page, "div" in the dialog. */
  function renderItem({ url, title, info, text }, terms, titleTag) {
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

  /* The results of a search (`found` from search()), rendered `count` at a time by `take`: a page
   * each, or for a page of entries each entry it matched (entries found by other words than their
   * title follow the others read with them). `total` is known once `done`; until then `shown`
   * results are at least there. A `take` reads at most MAX_BATCHES batches of `count` pages (a
   * query may match many pages of entries on words of different entries). */
  function results(found, titleTag) {
    const { hits, terms, missing } = found;
    const ready = [];
    let next = 0;
    const list = {
      shown: 0,
      plain: true, // no page of entries so far: a result is a page
      get done() {
        return next >= hits.length && ready.length === 0;
      },
      get total() {
        return list.plain ? hits.length : list.shown + ready.length;
      },
      async take(count) {
        for (let batches = 0; ready.length < count && next < hits.length && batches < MAX_BATCHES; batches += 1) {
          const batch = hits.slice(next, next + count - ready.length);
          next += batch.length;
          const read = [];
          for (const data of await Promise.all(batch.map((hit) => hit.data()))) {
            const listed = terms.length ? entries(data, terms) : null; // no query: the pages
            if (listed) list.plain = false;
            read.push(
              ...(listed?.map((entry) => ({ ...entry, info: [entry.page] })) ?? [{ url: data.url, title: data.meta.title || data.url,
                text: data.content, info: [data.meta.dia_phuong, data.meta.nam && TEXT.year(data.meta.nam), data.filters.loai?.[0]] }]),
            );
          }
          ready.push(...read.filter(({ weak }) => !weak), ...read.filter(({ weak }) => weak));
        }
        // Without pages of entries, every result read is shown.
        const items = ready.splice(0, list.plain ? ready.length : count).map((item) => renderItem(item, terms, titleTag));
        list.shown += items.length;
        return items;
      },
      summary() {
        if (!list.shown) return list.done ? TEXT.none : TEXT.notYet;
        const count = list.done || list.plain ? TEXT.found(list.total) : TEXT.atLeast(list.total);
        return missing.length ? `${count}. ${TEXT.missing(missing)}` : count;
      },
    };
    return list;
  }

  /* The "Địa phương" group of the header dialog: units of the register matching the query, each
   * leading to its page, or the page of the unit that covers it today. */
  function showPlaces(group, suggestions) {
    if (!group) return; // a site without a locality finder (the hub)
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

  /* The search page's address for these controls; `site`: the code of the province chosen on the hub. */
  function pageUrl(query, filters = {}, sort = "", site = "") {
    const url = new URL(searchPage);
    if (query) url.searchParams.set("q", query);
    if (sort) url.searchParams.set("sort", sort);
    if (site) url.searchParams.set("trang", site);
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
        const shown = results(found, "div");
        const items = await shown.take(PAGE_SIZE);
        if (run !== latest) return;
        meta.textContent = shown.summary();
        list.replaceChildren(...items);
        if (items.length) all.textContent = shown.plain ? TEXT.all(shown.total) : TEXT.allHub;
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
        const stops = [input, ...(places?.querySelectorAll("a") ?? []), ...list.querySelectorAll("a"), all];
        const at = stops.indexOf(document.activeElement);
        const step = event.key === "ArrowDown" ? 1 : -1;
        event.preventDefault();
        stops[(at + step + stops.length) % stops.length].focus();
      }
    });
  }

  /* The full search page: query, sort, facets with counts, results in pages of PAGE_SIZE; on the
   * hub, the choice of its own lists or of one province site's full text (URL parameter trang). */
  async function mountPage(root) {
    const params = new URLSearchParams(location.search);
    const chosen = provinceSites.find(({ ma }) => ma === params.get("trang"));
    const site = chosen?.dia_chi ?? "";
    const siteField = provinceSites.length
      ? `<p class="thidua-page__field">
          <label for="thidua-page-site">Tìm trong</label>
          <select id="thidua-page-site" name="trang">
            <option value="">${TEXT.hubSites}</option>
            ${provinceSites.map(({ ten, ma }) => `<option value="${escapeHtml(ma)}">${escapeHtml(TEXT.site(ten))}</option>`).join("")}
          </select>
        </p>`
      : "";
    root.classList.add("thidua-page");
    root.innerHTML = `
      <form class="thidua-page__form" role="search">
        <p class="thidua-page__field thidua-page__field--query">
          <label for="thidua-page-query">Từ khóa</label>
          <input id="thidua-page-query" type="search" name="q" autocomplete="off" spellcheck="false"
            placeholder="${provinceSites.length && !site ? TEXT.hubExamples : TEXT.examples}">
        </p>
        <p class="thidua-page__field">
          <label for="thidua-page-sort">Sắp xếp</label>
          <select id="thidua-page-sort" name="sort">
            ${SORTS.map(([value, label]) => `<option value="${value}">${label}</option>`).join("")}
          </select>
        </p>
        ${siteField}
        <button type="button" class="md-button thidua-page__toggle" aria-expanded="false"
          aria-controls="thidua-page-facets">${TEXT.filters(0)}</button>
      </form>
      <div class="thidua-page__body">
        <div class="thidua-page__facets" id="thidua-page-facets" role="group" aria-label="Bộ lọc">
          <button type="button" class="md-button thidua-page__clear" hidden>Bỏ chọn tất cả bộ lọc</button>
        </div>
        <div class="thidua-page__results">
          ${provinceSites.length && !site ? `<p class="thidua-page__scope">${escapeHtml(TEXT.hubScope)}</p>` : ""}
          <p class="thidua-page__summary" role="status">${TEXT.searching}</p>
          <ol class="md-search-result__list thidua-page__list"></ol>
          <button type="button" class="md-button thidua-page__more" hidden>Xem thêm kết quả</button>
        </div>
      </div>`;
    const form = root.querySelector("form");
    const queryInput = form.elements.q;
    const sortSelect = form.elements.sort;
    const siteSelect = form.elements.trang;
    const facets = root.querySelector(".thidua-page__facets");
    const clear = root.querySelector(".thidua-page__clear");
    const toggle = root.querySelector(".thidua-page__toggle");
    const summary = root.querySelector(".thidua-page__summary");
    const list = root.querySelector(".thidua-page__list");
    const more = root.querySelector(".thidua-page__more");
    queryInput.value = params.get("q") ?? "";
    sortSelect.value = SORTS.some(([value]) => value === params.get("sort")) ? params.get("sort") : "";
    if (siteSelect) siteSelect.value = chosen?.ma ?? "";

    let options;
    try {
      options = await (await loadPagefind(site)).filters();
    } catch (error) {
      summary.textContent = TEXT.error;
      console.error(error);
      return;
    }
    const boxes = renderFacets(facets, clear, options, params);
    toggle.hidden = boxes.length === 0; // the hub's own lists have no facets

    let latest = 0;
    let result = null;
    let timer = 0;

    async function showMore() {
      list.append(...(await result.take(PAGE_SIZE)));
      more.hidden = result.done;
      summary.textContent = result.summary();
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
      history.replaceState(history.state, "", pageUrl(queryInput.value.trim(), filters, sortSelect.value, chosen?.ma));
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
        const found = await search(queryInput.value, filters, sortSelect.value, () => run === latest, site);
        if (run !== latest) return;
        const shown = results(found, "h2");
        const items = await shown.take(PAGE_SIZE);
        if (run !== latest) return;
        result = shown;
        for (const [box, label] of boxes) {
          const count = found.counts[box.name]?.[box.value] ?? 0;
          label.textContent = number.format(count);
          box.disabled = count === 0 && !box.checked;
        }
        summary.textContent = shown.summary();
        list.replaceChildren(...items);
        more.hidden = shown.done;
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
    siteSelect?.addEventListener("change", () => {
      // Another index, with its own facets: open the page anew.
      location.assign(pageUrl(queryInput.value.trim(), {}, sortSelect.value, siteSelect.value));
    });
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
