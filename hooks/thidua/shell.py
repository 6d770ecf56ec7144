"""Generated pages in the site engine's layout, the layout rendered once per shape.

Thousands of generated pages share one layout (header, tabs, navigation, footer): only a few
values differ from page to page (title, description, addresses, content, share links). The site
engine renders its layout once per *shape* of page, with a placeholder token in place of each of
those values (``Shell``); every page is then that shell with its own values put in.

A shape is whatever makes the layout differ other than the values themselves: the engine's own
part of the key (for MkDocs, where the page sits relative to the files its layout links to, and
whether its content has a heading of its own), and which values are empty, since the layout prints
an empty value differently (or not at all). Each shell is checked once: filled with the values of
the page it was made from, it must give exactly the page the engine renders; a shape that fails
the check is rendered in full for every page.

Values are escaped when they are put in (``markupsafe.escape``), as the engine's autoescaping
does; only ``Markup`` values (the content) go in as they are. A shell keeps its texts encoded as
pages are written, so that only the values are encoded for each page (the layout is most of it).

A shell's own text is written compact: each run of whitespace between its tags or in its text
becomes one space or one line break, which the browser shows alike (a template's indentation is
about a quarter of a generated page), except inside ``pre``, ``textarea``, ``script`` and ``style``.
The values, the content among them, are put in exactly as they are.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field

from markupsafe import escape

from .writing import SiteFiles

Values = Mapping[str, str | None]  # what the layout prints of one page, by name

log = logging.getLogger(__name__)


Keep = Callable[[str, str], str]  # (name, non-empty value) -> what of the value the layout looks at


def placeholders(values: Values, nonce: str, keep: Keep) -> dict[str, str | None]:
    """``values`` with a token in place of each non-empty value (plain ASCII letters, digits and
    hyphens, followed by what ``keep`` keeps of the value); empty values stay, they shape the layout."""
    return {
        name: f"thidua-{nonce}-{name.replace('_', '-')}-end{keep(name, value)}" if value else value
        for name, value in values.items()
    }


def shape(values: Values, keep: Keep) -> tuple:
    """Which values are empty, and how, and what the layout looks at in the others: the part of a
    shape that the values decide."""
    return tuple((name, keep(name, value) if value else value) for name, value in sorted(values.items()))


@dataclass(frozen=True)
class Shell:
    """A rendered layout cut at its placeholders: literal texts with a value's name between each two."""

    texts: tuple[str, ...]
    names: tuple[str, ...]  # one fewer than ``texts``
    written: tuple[bytes, ...] = ()  # ``texts`` encoded as pages are written: made by ``compact``

    @classmethod
    def cut(cls, page: str, tokens: Mapping[str, str | None]) -> Shell:
        """``page`` cut at every token of ``tokens`` (a layout may leave out a value)."""
        by_token = {token: name for name, token in tokens.items() if token}
        texts, names, rest = [], [], page
        while True:
            found = [(rest.find(token), -len(token), token) for token in by_token if token in rest]
            if not found:
                break
            at, _, token = min(found)
            texts.append(rest[:at])
            names.append(by_token[token])
            rest = rest[at + len(token):]
        texts.append(rest)
        return cls(tuple(texts), tuple(names))

    def compact(self) -> Shell:
        """This shell with its own text compact (module docstring); the values' places unchanged."""
        texts = tuple(_compact("\0".join(self.texts)).split("\0"))
        return Shell(texts, self.names, tuple(map(encoded, texts)))

    def fill(self, values: Values) -> str:
        parts = [self.texts[0]]
        for name, text in zip(self.names, self.texts[1:]):
            parts += (escape(values[name]), text)
        return "".join(parts)

    def fill_encoded(self, values: Values) -> bytes:
        """``encoded(self.fill(values))``, with only the values encoded here (a layout is most of a page)."""
        parts = [self.written[0]]
        for name, data in zip(self.names, self.written[1:]):
            parts += (encoded(escape(values[name])), data)
        return b"".join(parts)


@dataclass
class Layouts:
    """Pages in the engine's layout: ``render(src_uri, values)`` renders a whole page around
    ``values`` (tokens or a page's own); ``key(src_uri)`` is the engine's part of its shape, and
    ``keep`` what its layout looks at in a value (a token keeps it, and so does the shape)."""

    render: Callable[[str, Values], str]
    key: Callable[[str], Hashable]
    keep: Keep = lambda name, value: ""
    nonce: str = field(default_factory=lambda: secrets.token_hex(6))
    shells: dict[Hashable, Shell | None] = field(default_factory=dict)

    def page(self, src_uri: str, url: str, values: Values) -> bytes:
        """The whole page at ``url`` (site-relative directory URL), ``encoded``, from its shell when it has one."""
        key = (self.key(src_uri), shape(values, self.keep))
        if key not in self.shells:
            self.shells[key] = self._shell(src_uri, url, values)
        shell = self.shells[key]
        return shell.fill_encoded(values) if shell is not None else encoded(self.render(src_uri, values))

    def _shell(self, src_uri: str, url: str, values: Values) -> Shell | None:
        tokens = placeholders(values, self.nonce, self.keep)
        shell = Shell.cut(self.render(src_uri, tokens), tokens)
        if any(self.nonce in text or (url and url in text) for text in shell.texts):
            log.info(f"Trang {url}: giao diện in giá trị riêng của trang ngoài các chỗ đã biết, dựng đầy đủ mọi trang cùng dạng")
            return None
        if shell.fill(values) != self.render(src_uri, values):
            log.info(f"Trang {url}: khuôn giao diện khác trang dựng đầy đủ, dựng đầy đủ mọi trang cùng dạng")
            return None
        return shell.compact()


# A tag, comment or doctype; or an element whose text is kept exactly as it is, from its start tag to its end tag.
_TAG_OR_KEPT = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace: not the no-break space


def _compact(text: str) -> str:
    """``text`` with every run of whitespace outside tags and kept elements made one line break
    (if it holds one) or one space."""
    parts, last = [], 0
    for match in _TAG_OR_KEPT.finditer(text):
        parts += (_SPACES.sub(_one_space, text[last:match.start()]), match.group())
        last = match.end()
    parts.append(_SPACES.sub(_one_space, text[last:]))
    return "".join(parts)


def _one_space(run: re.Match) -> str:
    return "\n" if "\n" in run.group() else " "


def encoded(text: str) -> bytes:
    """``text`` as the site engine writes its pages."""
    return text.encode("utf-8", errors="xmlcharrefreplace")


def write_page(files: SiteFiles, url: str, page: bytes) -> None:
    """Write ``page`` (``Layouts.page``) at ``<url>index.html`` of the site ``files`` writes."""
    files.write(f"{url}index.html", page)
