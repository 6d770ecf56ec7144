"""Indicators (chỉ số): what a target measures, shared by every plan so localities can be compared."""

from typing import Literal

from pydantic import Field

from .common import DataModel, Slug, Text

DIRECTIONS = {"cao-hon-tot": "càng cao càng tốt", "thap-hon-tot": "càng thấp càng tốt"}  # as citizens read them


class Indicator(DataModel):
    id: Slug = Field(alias="ma", description="Mã cố định, chữ thường không dấu")
    name: Text = Field(alias="ten")
    unit: Text = Field(alias="don_vi", description="%, tỷ đồng, hộ…")
    direction: Literal[tuple(DIRECTIONS)] = Field(alias="chieu", description=", ".join(DIRECTIONS))  # type: ignore[valid-type]

    @property
    def lower_is_better(self) -> bool:
        return self.direction == "thap-hon-tot"


class IndicatorList(DataModel):
    indicators: list[Indicator] = Field(alias="chi_so")
