"""Shared links: preview cards, meta tags that read back to the data's exact text, share and
report links; built from a copy of the real data with quotes, "<" and "&" in every text."""

import io
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from PIL import Image

from conftest import ROOT, SITE_URL, build_site
from thidua.cards import FILE_NAME, FONT, HEADING_SIZES, SIZE, Card, _fit_heading, _font, draw_card, wrap, write_cards
from thidua.sharing import report_link
from thidua.site.localities import Localities
from thidua.sitebuild import SiteBuild
from thidua.urls import campaign_url

HOSTILE = ' "Q" <b>&amp; ’x’ \'y\''
# Values that are codes, labels, choices, dates or file names: they cannot hold such text.
NOT_TEXT = {"ma", "chi_so", "so", "ky_hieu", "thoi_ky", "so_sanh", "loai", "tep", "duong_dan", "dia_phuong", "ke_hoach", "anh", "danh_hieu"}
CONTACT_PLAN = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua"
CONTACT = {  # an example, as a test value: no seed document prints its office's contact
    "dia_chi": 'Thôn Ví Dụ, "xã" <Mẫu> & Co',
    "dien_thoai": "0239 3 000 000",
    "email": "vanphong@example.org",
    "trang_web": "https://example.org/?a=1&b=2",
}


class _Dumper(yaml.SafeDumper):
    pass


# Digits stay quoted, as staff must write them ("06487" is a code, not an octal number).
_Dumper.add_representer(
    str, lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text, style="'" if text.isdigit() else None)
)


def _hostile(data, key=None):
    if isinstance(data, dict):
        return {k: v if k in NOT_TEXT else _hostile(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_hostile(v, key) for v in data]
    if isinstance(data, str) and not re.match(r"\d{4}-\d{2}", data):
        return data + HOSTILE
    return data


def hostile_copy(target: Path) -> Path:
    """campaigns/ copied to ``target`` with ``HOSTILE`` added to every text, and a contact."""
    shutil.copytree(ROOT / "campaigns", target)
    for path in target.rglob("*.yaml"):
        if path.parent.name == "schema" or path.parent == target or path.name == "don-vi-cu.yaml":
            continue  # shared vocabularies and declared units: codes and names other files resolve
        data = _hostile(yaml.safe_load(path.read_text(encoding="utf-8")))
        if path.relative_to(target).with_suffix("").as_posix() == CONTACT_PLAN:
            data["lien_he"] = CONTACT
        path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    data = hostile_copy(tmp_path_factory.mktemp("data") / "campaigns")
    site = tmp_path_factory.mktemp("hostile-site")
    build_site(site, illustrative=True, data=data, env={"THIDUA_BAO_SAI_SOT": "sai-sot@example.org"})
    return SiteBuild.load(data, include_illustrative=True, edit_base=None), site


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def test_every_meta_value_reads_back_to_the_exact_text(hostile):
    build, site = hostile
    checked = people = 0
    for page in build.pages.values():
        soup = BeautifulSoup((site / page.url / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert _meta(soup, "og:title") == _meta(soup, "twitter:title") == page.title, page.url
        assert _meta(soup, "og:description") == _meta(soup, "twitter:description") == page.description, page.url
        assert _meta(soup, "description") == page.description, page.url
        if page.template == "campaign.html":
            assert HOSTILE in page.title + page.description, page.url  # the hostile text reached them
            checked += 1
        if page.template == "honored_year.html":  # people: entries of these pages, with no meta of their own
            names = [h2.get_text() for h2 in soup.select("section.td-honored h2")]
            assert names == [entry["title"] for entry in page.context["entries"]] and all(HOSTILE in n for n in names)
            people += len(names)
    assert checked == len(build.dataset.campaigns) and people == len(build.dataset.exemplars)


def test_plan_and_locality_pages_share_a_card_of_1200_by_630(hostile):
    """People have no page: the page of a locality's honors of a year, where they are, shares the
    locality's card, and has no card file of its own."""
    build, site = hostile
    with_card = [page for page in build.pages.values() if page.card]
    assert {page.template for page in with_card} == {"campaign.html", "locality.html", "former.html", "honored_year.html"}
    for page in with_card:
        soup = BeautifulSoup((site / page.url / "index.html").read_text(encoding="utf-8"), "html.parser")
        image = _meta(soup, "og:image")
        if page.template == "honored_year.html":
            assert page.card_page == page.context["locality"]["url"] and not (site / page.url / FILE_NAME).exists()
            assert page.card == build.pages[page.card_page + "index.md"].card
        assert image == _meta(soup, "twitter:image") == SITE_URL + (page.card_page or page.url) + FILE_NAME
        assert _meta(soup, "og:image:alt") == _meta(soup, "twitter:image:alt") == page.card.alt
        assert (_meta(soup, "og:image:width"), _meta(soup, "og:image:height")) == ("1200", "630")
        assert _meta(soup, "twitter:card") == "summary_large_image"
        with Image.open(site / (page.card_page or page.url) / FILE_NAME) as card:
            assert card.size == SIZE


def test_pages_without_a_card_announce_none(hostile):
    build, site = hostile
    soup = BeautifulSoup((site / "nam" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert _meta(soup, "og:image") is None and _meta(soup, "twitter:card") == "summary"


def test_plan_and_locality_pages_show_the_office_contact(hostile):
    build, site = hostile
    record = build.dataset.campaign(CONTACT_PLAN)
    plan = BeautifulSoup((site / campaign_url(CONTACT_PLAN) / "index.html").read_text(), "html.parser")
    unit_url = Localities(build.dataset).url(record.unit)
    locality = BeautifulSoup((site / unit_url / "index.html").read_text(), "html.parser")
    for soup in (plan, locality):
        box = soup.select_one(".td-contact")
        assert box.h2.get_text() == f"Liên hệ {record.campaign.document.issuer}"
        assert [dd.get_text() for dd in box.find_all("dd")] == list(CONTACT.values())
        assert [a["href"] for a in box.find_all("a")] == [
            "tel:02393000000", "mailto:vanphong@example.org", "https://example.org/?a=1&b=2"
        ]


def test_every_page_of_data_reports_a_mistake_by_email_with_its_address(hostile):
    build, site = hostile
    for page in build.pages.values():
        soup = BeautifulSoup((site / page.url / "index.html").read_text(encoding="utf-8"), "html.parser")
        link = soup.select_one(".td-report a[href^='mailto:']")
        assert link.get_text() == "Báo sai sót", page.url
        parts = urlsplit(link["href"])
        assert parts.path == "sai-sot@example.org"
        query = parse_qs(parts.query)
        assert query["subject"] == [f"Báo sai sót: {page.title}"]
        assert f"Địa chỉ: {SITE_URL}{page.url}\r\n" in query["body"][0]
        if page.card:
            assert soup.select_one(".td-share a[href^='https://www.facebook.com/sharer/sharer.php?u=']")


def test_report_link_encodes_every_character():
    link = report_link("a@example.org", 'A & B "c" #1 ?x=y 100%', "https://e.org/x/")
    assert " " not in link and "#" not in link and link.count("&") == 1 and link.count("?") == 1
    assert parse_qs(urlsplit(link).query)["subject"] == ['Báo sai sót: A & B "c" #1 ?x=y 100%']


def test_long_text_wraps_between_words_never_inside_one():
    font = _font(FONT, 40)
    text = "Đoàn kết, sáng tạo, nỗ lực vượt khó, quyết tâm hoàn thành xuất sắc nhiệm vụ Siêuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuudài năm 2024"
    lines, fits = wrap(text, font, 600, 10)
    assert fits and " ".join(lines) == text
    assert all(font.getlength(line) <= 600 for line in lines if " " in line)


def test_heading_too_long_for_its_room_ends_after_a_whole_word():
    heading = " ".join(f"từ{n}" for n in range(200))
    font, lines = _fit_heading(heading, 1000, 300)
    assert font.size == min(HEADING_SIZES) and len(lines) == 300 // round(font.size * 1.22)
    assert lines[-1].endswith(" …") and all(font.getlength(line) <= 1000 for line in lines)
    assert heading.startswith(" ".join(lines)[: -len(" …")] + " ")


def test_card_is_drawn_at_1200_by_630():
    png = draw_card(Card("Kế hoạch thi đua năm 2024", "Ảnh – Ỹ ự ẵ ỗ đ", ("Xã Tùng Ảnh",)), "Phong trào thi đua")
    with Image.open(io.BytesIO(png)) as image:
        assert (image.format, image.size) == ("PNG", SIZE)


def test_cached_card_is_not_drawn_again(tmp_path, monkeypatch):
    cards = {"a/" + FILE_NAME: Card("Khen thưởng năm 2024", "Nguyễn Văn Mẫu", ("Lao động tiên tiến",))}
    write_cards(cards, "Phong trào thi đua", tmp_path / "one", tmp_path / "cache")
    monkeypatch.setattr("thidua.cards.draw_card", lambda *args: pytest.fail("drawn again"))
    write_cards(cards, "Phong trào thi đua", tmp_path / "two", tmp_path / "cache")
    assert (tmp_path / "two" / "a" / FILE_NAME).read_bytes() == (tmp_path / "one" / "a" / FILE_NAME).read_bytes()


def test_report_address_setting_is_checked():
    from pydantic import ValidationError

    from thidua.sharing import SiteSettings

    assert SiteSettings.model_validate({"bao_sai_sot": "sai-sot@example.org"}).report_address == "sai-sot@example.org"
    with pytest.raises(ValidationError):
        SiteSettings.model_validate({"bao_sai_sot": "sai sót"})
    with pytest.raises(ValidationError):
        SiteSettings.model_validate({"bao_sai_sot_": "sai-sot@example.org"})
