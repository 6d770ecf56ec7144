"""No broken internal link anywhere in the built site (served under a sub-path)."""

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def _target_exists(site: Path, page: Path, reference: str) -> bool:
    parts = urlsplit(reference)
    if parts.scheme or parts.netloc or not parts.path:
        return True
    base = posixpath.dirname(page.relative_to(site).as_posix())
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    if path.startswith(".."):
        return False
    target = site / path
    return target.is_file() or (target / "index.html").is_file()


def test_every_internal_link_and_asset_resolves(built_site):
    broken = []
    pages = list(built_site.rglob("*.html"))
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select("[href], [src]"):
            reference = element.get("href") or element.get("src")
            if page.name == "404.html":
                continue
            if not _target_exists(built_site, page, reference):
                broken.append(f"{page.relative_to(built_site)} -> {reference}")
    assert len(pages) > 50
    assert broken == []
