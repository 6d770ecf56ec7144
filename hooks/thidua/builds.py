"""Which build a data folder asks for: a province site, or the national hub (thidua.hub)."""

from pathlib import Path

from .hub.build import HubBuild
from .hub.sites import is_hub
from .reload import Reloads
from .sitebuild import SiteBuild
from .site.memo import Memo
from .sourcecache import SourceCache


def load_build(
    data_root: Path, *, include_illustrative: bool, edit_base: str | None, site_url: str = "",
    sources: SourceCache | None = None, memo: Memo | None = None, qr_codes: Path | None = None,
    reloads: Reloads | None = None,
) -> SiteBuild | HubBuild:
    """The hub's build when ``data_root`` lists province sites, else the site of its data
    (``sources`` keeps the data files read by earlier builds, ``memo`` the page models they made,
    ``qr_codes`` the QR codes they made, ``reloads`` the data set they loaded)."""
    if is_hub(data_root):
        return HubBuild.load(data_root, edit_base=edit_base)
    return SiteBuild.load(
        data_root, include_illustrative=include_illustrative, edit_base=edit_base, site_url=site_url, sources=sources,
        memo=memo, qr_codes=qr_codes, reloads=reloads,
    )
