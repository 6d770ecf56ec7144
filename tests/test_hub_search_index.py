"""The hub's own search index: its lists of plans and honored people, each entry a heading with
an id (one Pagefind sub-result) that the page maps to the entry's page on its province site."""

from __future__ import annotations

import json

from hub_sites import HUB, PROVINCES
from thidua.search import FOLD_SENTINEL, read_fragment


def test_every_entry_of_the_hub_index_leads_to_a_published_province_page(hub_sites):
    published = {hub_sites.url(site) for site in PROVINCES}
    for site in PROVINCES:
        folder = hub_sites.folder(site) / "du-lieu"
        for name in ("ke-hoach.json", "khen-thuong.json"):
            published |= {entry["duong_dan"] for entry in json.loads((folder / name).read_text(encoding="utf-8"))}
    linked = set()
    for path in (hub_sites.folder(HUB) / "pagefind" / "fragment").glob("*.pf_fragment"):
        record = read_fragment(path)
        assert FOLD_SENTINEL not in record["content"] and "phuong phu son" not in record["content"]
        if "lien_ket" not in record["meta"]:
            continue
        links = json.loads(record["meta"]["lien_ket"])
        anchors = {anchor["id"]: anchor for anchor in record["anchors"]}
        assert set(links) == set(anchors)  # each heading with an id is an entry, and the reverse
        assert all(anchors[id_]["element"] in ("h2", "h3") for id_ in links)
        assert set(links.values()) <= published
        linked |= set(links.values())
    assert linked == published  # every plan, honored person and province site is an entry
