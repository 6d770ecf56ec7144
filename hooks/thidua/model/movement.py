"""Shared reference lists: named movements that many campaigns join, and abbreviations."""

from pydantic import Field

from .common import DataModel, Text


class Movement(DataModel):
    id: str = Field(alias="ma", pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Mã cố định, chữ thường không dấu")
    name: Text = Field(alias="ten", description="Tên phong trào")
    launched_by: str | None = Field(None, alias="co_quan_phat_dong")
    period: str | None = Field(None, alias="giai_doan", description="Ví dụ 2021 - 2025")
    description: str | None = Field(None, alias="gioi_thieu")


class MovementList(DataModel):
    movements: list[Movement] = Field(alias="phong_trao")


class Abbreviation(DataModel):
    short: Text = Field(alias="chu", description="Chữ viết tắt, đúng như văn bản viết")
    meaning: Text = Field(alias="nghia", description="Nghĩa đầy đủ")


class AbbreviationList(DataModel):
    abbreviations: list[Abbreviation] = Field(alias="viet_tat")
