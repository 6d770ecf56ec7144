"""Files written under one folder of the site, each folder on the way made once.

A build writes thousands of files, most in a folder of their own (``<url>index.html``), often
before the page of the folder above. ``Path.mkdir(parents=True, exist_ok=True)`` for each file
asks the file system again about folders it made a moment ago: a failed ``mkdir`` and a ``stat``
for a folder that exists, a failed ``mkdir`` for each one missing above it. ``SiteFiles``
remembers the folders it has made (or found there already) and makes each with one ``os.mkdir``.
"""

import os
import posixpath


class SiteFiles:
    """Files under ``root`` (made if missing), named by their path relative to it: "a/b/c.json"."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = os.fspath(root)
        os.makedirs(self.root, exist_ok=True)
        self._folders = {""}

    def path(self, relative: str) -> str:
        """Where the file ``relative`` goes, with the folders it needs made."""
        self._make(posixpath.dirname(relative))
        return os.path.join(self.root, relative)

    def write(self, relative: str, data: bytes) -> None:
        with open(self.path(relative), "wb") as file:
            file.write(data)

    def write_text(self, relative: str, text: str, encoding: str = "utf-8") -> None:
        self.write(relative, text.encode(encoding))

    def _make(self, folder: str) -> None:
        if folder in self._folders:
            return
        self._make(posixpath.dirname(folder))
        try:
            os.mkdir(os.path.join(self.root, folder))
        except FileExistsError:  # written by an earlier build (`mkdocs serve`), or by the engine
            pass
        self._folders.add(folder)
