"""Where each kind of data file lives under campaigns/: the one description of the folder's layout.

- ``phong-trao.yaml``: the shared list of movements; ``viet-tat.yaml``: abbreviations;
  ``chi-so.yaml``: indicators (what targets measure);
- ``don-vi-cu.yaml`` (and ``minh-hoa/don-vi-cu.yaml``): units merged away before 30 June 2025;
- ``<tinh>/<dia-phuong>/<nam>-<ten>.yaml``: one campaign, optionally with its original text beside it;
- ``<...>/khen-thuong/<ten>.yaml``: one exemplar (honored person or collective);
- ``<...>/ket-qua/<ngay>-<loai>.yaml``: one results report of a plan (named by ``ke_hoach``);
- ``minh-hoa/...``: illustrative data, loaded only when asked for;
- ``trung-tam.yaml``: a national hub's list of province sites, read by thidua.hub, not as data.
"""

import os
from pathlib import Path

from .register import FORMER_UNITS_FILE

MOVEMENTS_FILE = "phong-trao.yaml"
ABBREVIATIONS_FILE = "viet-tat.yaml"
INDICATORS_FILE = "chi-so.yaml"
EXEMPLAR_FOLDER = "khen-thuong"
RESULTS_FOLDER = "ket-qua"
ILLUSTRATIVE_FOLDER = "minh-hoa"
HUB_FILE = "trung-tam.yaml"
SHARED_FILES = (MOVEMENTS_FILE, ABBREVIATIONS_FILE, INDICATORS_FILE, FORMER_UNITS_FILE, f"{ILLUSTRATIVE_FOLDER}/{FORMER_UNITS_FILE}")


def data_files(root: Path, include_illustrative: bool) -> list[Path]:
    """Every .yaml (or .yml) file under ``root``, and every link to a folder there: the links are
    not followed, and ``load_dataset`` refuses them (``datafile.refusal``)."""
    # Text until the end: a Path for each folder and file looked at cost more than the walk.
    found = []  # (its parts under ``root``, which sort as Paths do; its folder; its name)
    for folder, folders, names in os.walk(root):
        under = () if folder == os.fspath(root) else tuple(os.path.relpath(folder, root).split(os.sep))
        found += [(under + (name,), folder, name) for name in folders if os.path.islink(os.path.join(folder, name))]
        found += [(under + (name,), folder, name) for name in names if os.path.splitext(name)[1] in (".yaml", ".yml")]
    return [
        Path(folder, name) for parts, folder, name in sorted(found)
        if (include_illustrative or parts[0] != ILLUSTRATIVE_FOLDER) and parts != (HUB_FILE,)
    ]


def file_kind(relative: Path) -> str:
    """What a data file holds, from where it is: shared (movements, abbreviations, indicators),
    former (declared former units), report, exemplar or campaign."""
    posix = relative.as_posix()
    if posix in SHARED_FILES:
        return "former" if relative.name == FORMER_UNITS_FILE else "shared"
    if RESULTS_FOLDER in relative.parts:
        return "report"
    if EXEMPLAR_FOLDER in relative.parts:
        return "exemplar"
    return "campaign"
