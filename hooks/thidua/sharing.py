"""What a page offers for sharing and for reporting a mistake: absolute addresses, built once.

A shared link shows the page's card (``og:image``, thidua.cards); the share links are plain
links or the browser's own share sheet, never a third-party script. "Báo sai sót" opens an
e-mail to the site's configured address, its subject and body filled with the page's title
and address, so that a citizen needs no account to report a mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .cards import SIZE, card_url
from .site.page import Page
from .urls import address

FACEBOOK = "https://www.facebook.com/sharer/sharer.php?u="


class SiteSettings(BaseModel):
    """The site's own settings, ``extra.thidua`` in mkdocs.yml."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    illustrative: bool = Field(False, alias="minh_hoa", description="Xuất bản cả dữ liệu minh họa")
    report_address: str | None = Field(
        None, alias="bao_sai_sot", pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", description="Địa chỉ thư nhận báo sai sót từ người đọc"
    )
    hub_address: str | None = Field(
        None, alias="trang_ca_nuoc", pattern=r"^https?://[^\s?#]+/$",
        description="Địa chỉ trang cả nước (thidua.hub), liên kết ở chân mọi trang của tỉnh",
    )

    @field_validator("hub_address", mode="before")
    @classmethod
    def _unset_when_empty(cls, value):
        """An unset repository variable reaches mkdocs.yml as an empty string."""
        return value or None


@dataclass(frozen=True)
class Sharing:
    url: str  # the page's absolute address
    title: str
    image: str | None = None  # absolute address of the card
    image_alt: str = ""
    image_size: tuple[int, int] = SIZE
    report: str | None = None  # mailto: link
    edit: str | None = None  # the data file in GitHub's editor

    @property
    def facebook(self) -> str:
        return FACEBOOK + quote(self.url, safe="")


def sharing(page: Page, site_url: str, settings: SiteSettings, edit_url: str | None) -> Sharing:
    """Sharing and reporting for ``page`` on the site published at ``site_url``."""
    url = address(site_url, page.url)
    return Sharing(
        url=url,
        title=page.title,
        image=address(site_url, card_url(page.card_page or page.url)) if page.card else None,
        image_alt=page.card.alt if page.card else "",
        report=report_link(settings.report_address, page.title, url) if settings.report_address else None,
        edit=edit_url,
    )


def report_link(address: str, title: str, url: str) -> str:
    """A ``mailto:`` link (RFC 6068) to ``address`` about the page ``title`` at ``url``."""
    subject = quote(f"Báo sai sót: {title}", safe="")
    body = quote(f"Trang: {title}\r\nĐịa chỉ: {url}", safe="") + _REPORT_BODY_END
    return f"mailto:{quote(address, safe='@')}?subject={subject}&body={body}"


# The rest of a report's body, the same on every page, quoted once (quoting is character by character).
_REPORT_BODY_END = quote(
    "\r\n\r\nNội dung sai (chép câu hoặc số liệu trên trang):\r\n\r\n"
    "Nội dung đúng và nguồn (văn bản, trang, đường dẫn):\r\n",
    safe="",
)
