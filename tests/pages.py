"""Reading pages of a built site in tests."""

from pathlib import Path

from bs4 import BeautifulSoup

PHU_SON = "ke-hoach/thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua/"
QUYET_THANG = "ke-hoach/son-la/thanh-pho-son-la/phuong-quyet-thang/2022-ke-hoach-phat-dong-thi-dua/"
TUNG_ANH = "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"
PHU_THO = "ke-hoach/phu-tho/2024-ke-hoach-phat-dong-thi-dua/"
CHI_LANG = "ke-hoach/lang-son/huyen-chi-lang/2024-phat-dong-thi-dua/"
CAMPAIGNS = (PHU_SON, QUYET_THANG, TUNG_ANH, PHU_THO, CHI_LANG)
# The illustrative plan of a unit merged before 30 June 2025 (campaigns/minh-hoa/, off by default).
FORMER_PLAN = "ke-hoach/minh-hoa/ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach-phat-dong-thi-dua/"
# The illustrative 2023 plan of Xã Tùng Ảnh: one locality with an indicator over two years (chi-so/).
TUNG_ANH_2023 = "ke-hoach/minh-hoa/ha-tinh/huyen-duc-tho/xa-tung-anh/2023-ke-hoach-phat-dong-thi-dua/"


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def main_text(soup: BeautifulSoup) -> str:
    """The visible text of the page's content, whitespace collapsed."""
    article = soup.select_one("article.md-content__inner")
    return " ".join(article.get_text(" ").split())
