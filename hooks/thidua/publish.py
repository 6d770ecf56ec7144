"""Publishing a build all at once: nothing half-published.

The site is written into a staging folder beside the published one (same parent, so the same
filesystem) and swapped in only when it is complete. A build that fails discards the staging
folder and leaves the published site exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Publication:
    target: Path  # the published site folder (may not exist yet)
    staging: Path  # where this build writes

    @classmethod
    def begin(cls, target: str | os.PathLike[str]) -> Publication:
        """Create an empty staging folder beside ``target`` for a new build of it."""
        target = Path(os.path.abspath(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = _beside(target, "tmp")
        staging.mkdir()
        return cls(target, staging)

    def commit(self) -> None:
        """Put the complete staging folder in place of the target: the old site is renamed
        away, the new one renamed in (two renames, no copying), then the old one deleted.
        If a rename fails, the target is left as it was and the staging folder discarded."""
        try:
            self._swap()
        finally:
            self.abandon()  # after the swap there is no staging folder left to discard

    def _swap(self) -> None:
        if not self.target.exists():
            self.staging.rename(self.target)
            return
        old = _beside(self.target, "old")
        self.target.rename(old)
        try:
            self.staging.rename(self.target)
        except OSError:
            old.rename(self.target)
            raise
        shutil.rmtree(old)

    def abandon(self) -> None:
        """Discard the staging folder; the target is left untouched."""
        shutil.rmtree(self.staging, ignore_errors=True)


def _beside(target: Path, kind: str) -> Path:
    """A hidden, unique name next to ``target``, e.g. ``.site.3f2a9c1d.tmp``."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.{kind}")
