// The 404 page: the words of the missing address fill its search box ("/ke-hoach/tung-anh-2024"
// -> "tung anh 2024"; the first part of a longer address names the kind of page and is left out)
// and the pages Pagefind finds for them are suggested, those of the kind the address names first
// ("ke-hoach/": a plan before the page of that commune's honors of 2024). Words are dropped from
// the end until something is found, so one wrong word does not hide the right page. From a page of
// entries (meta lien_ket, hooks/thidua/search.py "Entries"), the entries whose heading holds every
// word searched are suggested instead of the page, each leading where the entry does: a person's
// entry on their year page ("/khen-thuong/le-van-mau/"), a plan on its province's site from the
// hub's lists.
(async () => {
  "use strict";

  const MAX_SUGGESTIONS = 5;
  const input = document.querySelector("[data-td-notfound-query]");
  const section = document.querySelector("[data-td-notfound-suggestions]");
  if (!input || !section) return;

  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const path = decodeURIComponent(location.pathname).startsWith(base.pathname)
    ? decodeURIComponent(location.pathname).slice(base.pathname.length)
    : decodeURIComponent(location.pathname);
  const KINDS = { "ke-hoach": "Kế hoạch thi đua", "dia-phuong": "Địa phương", "phong-trao": "Phong trào" };
  let parts = path.replace(/(index)?\.html?$/, "").split("/").filter(Boolean);
  const kind = parts.length > 1 ? KINDS[parts[0]] : undefined;
  if (parts.length > 1) parts = parts.slice(1);
  const foldedWords = (text) => text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = foldedWords(parts.join(" "));
  if (!words.length) return;
  input.value = words.join(" ");

  let results = [];
  let searched = [];
  try {
    const pagefind = await import(new URL("pagefind/pagefind.js", base).href);
    await pagefind.options({ baseUrl: base.pathname });
    for (let count = words.length; count > 0 && !results.length; count--) {
      searched = words.slice(0, count);
      results = (await pagefind.search(searched.join(" "))).results;
    }
  } catch {
    return; // no search index (a preview without it): the box alone remains
  }
  const holdsAll = (title) => {
    const held = foldedWords(title);
    const last = searched.length - 1; // Pagefind reads the last word as the start of a word
    return searched.every((word, i) => held.some((w) => w === word || (i === last && w.startsWith(word))));
  };
  const suggestions = (data) => {
    const page = { url: data.url, title: data.meta.title || data.url };
    if (!data.meta.lien_ket) return [page];
    const links = JSON.parse(data.meta.lien_ket);
    const entries = data.sub_results
      .filter((sub) => links[sub.anchor?.id] && holdsAll(sub.title))
      .map((sub) => ({ url: new URL(links[sub.anchor.id], new URL(data.url, location.href)).href, title: sub.title }));
    return entries.length ? entries : [page];
  };
  const list = section.querySelector("[data-td-notfound-list]");
  const found = await Promise.all(results.slice(0, MAX_SUGGESTIONS).map((result) => result.data()));
  const ofKind = (data) => (data.filters.loai?.includes(kind) ? 0 : 1);
  for (const { url, title } of found.sort((a, b) => ofKind(a) - ofKind(b)).flatMap(suggestions).slice(0, MAX_SUGGESTIONS)) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = url;
    link.textContent = title;
    item.append(link);
    list.append(item);
  }
  section.hidden = !list.children.length;
})();
