"""The official contact of the office that issued a plan: public, unlike a person's.

An office's address, switchboard, e-mail and website are printed on its documents and portal;
citizens need them to ask about a plan. The personal-data guard (thidua.privacy) refuses phone
numbers and e-mail addresses everywhere else; ``public_contact_paths`` tells it the only places
where they are published on purpose: the fields of a ``Contact`` declared by a file's model.
"""

from types import UnionType
from typing import Union, get_args, get_origin

from pydantic import BaseModel, Field

from .common import DataModel, Text

CONTACT_FIELD = "lien_he"


class Contact(DataModel):
    """Địa chỉ liên hệ chính thức của cơ quan ban hành (không phải của một người)."""

    address: Text | None = Field(None, alias="dia_chi", description="Địa chỉ trụ sở cơ quan")
    phone: str | None = Field(
        None, alias="dien_thoai", pattern=r"^[+(0-9][0-9 .()+-]{5,24}$",
        description="Số điện thoại của cơ quan (văn phòng, tổng đài), chỉ chữ số, dấu cách, chấm, gạch, ngoặc: 0239 3855 123",
    )
    email: str | None = Field(
        None, alias="email", pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", description="Thư điện tử chính thức của cơ quan (có @), không phải của một người"
    )
    website: str | None = Field(None, alias="trang_web", pattern=r"^https?://\S+$", description="Trang thông tin điện tử, bắt đầu bằng https://")

    def lines(self) -> list[tuple[str, str, str | None]]:
        """(label, text, link) of each field given, in the order a letterhead prints them."""
        found = [
            ("Địa chỉ", self.address, None),
            ("Điện thoại", self.phone, self.phone and "tel:" + "".join(c for c in self.phone if c.isdigit() or c == "+")),
            ("Thư điện tử", self.email, self.email and "mailto:" + self.email),
            ("Trang thông tin", self.website, self.website),
        ]
        return [(label, text, link) for label, text, link in found if text]


def public_contact_paths(model: type[BaseModel] | None) -> frozenset[tuple[str, str]]:
    """Data paths (top-level field, contact field) of ``model`` that hold an office's contact."""
    if model is None:
        return frozenset()
    inner = tuple(Contact.model_fields[name].alias for name in Contact.model_fields)
    return frozenset(
        (field.alias, key)
        for field in model.model_fields.values()
        if _is_contact(field.annotation)
        for key in inner
    )


def _is_contact(annotation: object) -> bool:
    if get_origin(annotation) in (Union, UnionType):
        return any(_is_contact(arg) for arg in get_args(annotation))
    return annotation is Contact
