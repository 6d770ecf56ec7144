"""Two province sites and the national hub over them, built from subsets of the seed data and
served by one local server, each under its own sub-path, as GitHub Pages serves an account's sites.

The hub reads the province sites' open data from their built folders (``thu_muc``, allowed by
``THIDUA_THU_MUC_TINH=1``): no network.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from conftest import build_site
from thidua.hub.sites import LOCAL_FOLDERS_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "campaigns"
SHARED = ("phong-trao.yaml", "viet-tat.yaml", "chi-so.yaml", "don-vi-cu.yaml", "minh-hoa/don-vi-cu.yaml")
PROVINCES = {  # sub-path -> (name, code, data folders of the province)
    "thidua-thanh-hoa": ("Thanh Hóa", "38", ("thanh-hoa", "minh-hoa/thanh-hoa")),
    "thidua-ha-tinh": ("Hà Tĩnh", "42", ("ha-tinh", "minh-hoa/ha-tinh")),
}
HUB = "ca-nuoc"


@dataclass(frozen=True)
class HubSites:
    www: Path  # served at ``base``: one folder per site
    base: str  # "http://127.0.0.1:PORT/"
    hub_data: Path

    def url(self, site: str) -> str:
        return f"{self.base}{site}/"

    def folder(self, site: str) -> Path:
        return self.www / site


def province_data(target: Path, folders: tuple[str, ...]) -> Path:
    """A data folder with the shared lists and the given folders of the seed data."""
    for name in (*SHARED, *folders):
        source, copy = DATA / name, target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            shutil.copy(source, copy)
    return target


def hub_file(entries: list[dict]) -> str:
    """``trung-tam.yaml`` listing ``entries`` (keys as staff write them)."""
    lines = ["trang_tinh:"]
    for entry in entries:
        first = True
        for key, value in entry.items():
            lines.append(f"  {'- ' if first else '  '}{key}: \"{value}\"")
            first = False
    return "\n".join(lines) + "\n"


def build_hub_sites(root: Path, serve_dir) -> HubSites:
    www = root / "www"
    www.mkdir()
    base = serve_dir(www, prefix="/")
    sites = HubSites(www, base, root / "hub" / "campaigns")
    for site, (_, _, folders) in PROVINCES.items():
        data = province_data(root / site / "campaigns", folders)
        build_site(sites.folder(site), illustrative=True, data=data,
                   env={"SITE_URL": sites.url(site), "THIDUA_TRANG_CA_NUOC": sites.url(HUB)})
    sites.hub_data.mkdir(parents=True)
    for name in SHARED[:4]:
        shutil.copy(DATA / name, sites.hub_data / name)
    (sites.hub_data / "trung-tam.yaml").write_text(hub_file([
        {"ten": name, "ma": code, "dia_chi": sites.url(site), "thu_muc": str(sites.folder(site))}
        for site, (name, code, _) in PROVINCES.items()
    ]), encoding="utf-8")
    build_site(sites.folder(HUB), illustrative=False, data=sites.hub_data,
               env={"SITE_URL": sites.url(HUB), LOCAL_FOLDERS_VARIABLE: "1"})
    return sites
