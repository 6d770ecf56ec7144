"""Where the runs on a data folder keep what they made for the next run: ``.cache/`` beside the folder.

``thidua validate`` and the build of a data folder (``mkdocs build``, ``mkdocs serve``, with
``THIDUA_DATA`` or not) use the same folders, so a validation warms the build that follows. For
the repository's ``campaigns/`` that is ``.cache/`` at the repository's root, the folders the
deploy workflow keeps between deploys (.github/workflows/deploy.yml). Each kind of file has a
folder of its own, named below; the code that makes the files names them so that stale ones are
never used (thidua.sourcecache, thidua.photos, thidua.cards, thidua.qr).
"""

import os
from pathlib import Path

SOURCES = "nguon"  # data files read, by the hash of their text (thidua.sourcecache)
PHOTOS = "anh"  # photos made fit for phones (thidua.photos)
CARDS = "the-chia-se"  # preview cards (thidua.cards)
QR_CODES = "ma-qr"  # QR codes of the plans' addresses (thidua.qr)


def cache_folder(data_root: Path) -> Path:
    """The folder of the caches of the data folder ``data_root``: ``.cache/`` beside it."""
    return Path(os.path.abspath(data_root)).parent / ".cache"
