"""How open data names a place: the unit, then every level above it."""

from ..dataset import Dataset
from ..register import Unit


def place_name(dataset: Dataset, unit: Unit) -> str:
    """"Xã Tùng Ảnh, Huyện Đức Thọ, Tỉnh Hà Tĩnh"."""
    return ", ".join([unit.name, *(a.name for a in reversed(dataset.register.ancestors(unit)))])
