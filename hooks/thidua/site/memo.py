"""Page models and charts kept from one build to the next, by a key of everything they are made of.

Under ``mkdocs serve`` the page models of a build are built again on every save. Most are made of
data that did not change: a ``Memo`` hands back the value the last build made for the same key
instead of making it again. A key must cover everything its value is made of (each caller says
what that is), so a value found is the value that would be made: the models, and the pages written
from them, are those of a build without a memo. A value no build asked for is dropped by the next
(``finish``): the memo holds what one build made, no more.
"""

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class Memo:
    def __init__(self) -> None:
        self._last: dict[Hashable, object] = {}  # made by the last finished build
        self._now: dict[Hashable, object] = {}  # asked for by this build

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if key in self._now:
            return self._now[key]
        value = self._last[key] if key in self._last else make()
        self._now[key] = value
        return value

    def finish(self) -> None:
        """The build is done: the next one finds what this one asked for."""
        self._last, self._now = self._now, {}
