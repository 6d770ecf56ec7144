"""The hub's “Dữ liệu mở” page: the hub publishes no open data of its own, so its page leads to
each province site's, and links to nothing the hub does not publish."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from hub_sites import HUB, PROVINCES

HREF = re.compile(r'href="([^"]+)"')


def test_the_hub_open_data_page_leads_to_each_province_open_data(hub_sites):
    hub = hub_sites.url(HUB)
    page = (hub_sites.folder(HUB) / "du-lieu" / "index.html").read_text(encoding="utf-8")
    body = page[page.index('<article class="md-content__inner'):page.index("</article>", page.index('<article class="md-content__inner'))]
    assert "<h1>Dữ liệu mở</h1>" in body and "du-lieu.zip" in body
    links = {urljoin(hub + "du-lieu/", href) for href in HREF.findall(body)}
    for site, (name, _, _) in PROVINCES.items():
        assert f'<a href="{hub_sites.url(site)}du-lieu/">{name}</a>' in body
    for link in (link for link in links if link.startswith(hub_sites.base)):  # each leads to a published page or file
        path = hub_sites.www / urlsplit(link).path.lstrip("/")
        assert path.is_file() or (path / "index.html").is_file(), link
    assert not (hub_sites.folder(HUB) / "du-lieu" / "ke-hoach.json").exists()
    assert hub + "feed.xml" in links
