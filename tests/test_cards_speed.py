"""Cards are cheap to draw: the shared parts are drawn once, many cards are drawn on every core,
and a rebuild draws only the cards whose text changed; none of it changes what a card shows."""

from __future__ import annotations

import io

from PIL import Image, ImageChops

from thidua import cards as card_module
from thidua.cards import FILE_NAME, FOOT, MARGIN, PARALLEL_FROM, SIZE, Card, draw_card, write_cards

SITE = "Phong trào thi đua"


def many_cards(count: int) -> dict[str, Card]:
    return {
        f"ke-hoach/{n}/{FILE_NAME}": Card(f"Kế hoạch thi đua năm {2000 + n % 25}", f"Chủ đề số {n}: thi đua yêu nước", (f"Xã số {n % 7}",))
        for n in range(count)
    }


def written(site_dir) -> dict[str, bytes]:
    return {str(path.relative_to(site_dir)): path.read_bytes() for path in sorted(site_dir.rglob("*.png"))}


def test_cards_drawn_on_every_core_are_byte_for_byte_those_drawn_one_by_one(tmp_path, monkeypatch):
    cards = many_cards(PARALLEL_FROM + 30)
    write_cards(cards, SITE, tmp_path / "parallel", tmp_path / "cache-parallel")
    monkeypatch.setattr(card_module, "PARALLEL_FROM", len(cards) + 1)
    write_cards(cards, SITE, tmp_path / "sequential")
    parallel, sequential = written(tmp_path / "parallel"), written(tmp_path / "sequential")
    assert len(parallel) == len(cards) and parallel == sequential
    assert parallel[f"ke-hoach/0/{FILE_NAME}"] != parallel[f"ke-hoach/1/{FILE_NAME}"]
    assert not list((tmp_path / "cache-parallel").glob("*.tmp")), "no half-written card is left behind"


def test_a_changed_text_redraws_only_that_card(tmp_path, monkeypatch):
    cards = many_cards(5)
    write_cards(cards, SITE, tmp_path / "one", tmp_path / "cache")
    drawn: list[Card] = []
    monkeypatch.setattr(card_module, "draw_card", lambda card, site: drawn.append(card) or draw_card(card, site))
    changed = dict(cards, **{f"ke-hoach/3/{FILE_NAME}": Card("Khen thưởng năm 2024", "Nguyễn Văn Mẫu", ("Xã số 3",))})
    write_cards(changed, SITE, tmp_path / "two", tmp_path / "cache")
    assert drawn == [changed[f"ke-hoach/3/{FILE_NAME}"]]
    one, two = written(tmp_path / "one"), written(tmp_path / "two")
    assert [url for url in one if one[url] != two[url]] == [f"ke-hoach/3/{FILE_NAME}"]


def test_a_rebuild_into_the_same_site_keeps_a_linked_card_and_replaces_a_changed_one(tmp_path):
    """`mkdocs serve` writes again into the site it wrote: a card whose text is the same stays the
    file it was; a card whose text changed is replaced, not drawn over the cached image of the old text."""
    cards = many_cards(3)
    write_cards(cards, SITE, tmp_path / "site", tmp_path / "cache")
    before = {url: (tmp_path / "site" / url).stat().st_ino for url in cards}
    old = written(tmp_path / "cache")
    changed = dict(cards, **{f"ke-hoach/2/{FILE_NAME}": Card("Khen thưởng năm 2024", "Nguyễn Văn Mẫu", ("Xã số 2",))})
    write_cards(changed, SITE, tmp_path / "site", tmp_path / "cache")
    after = {url: (tmp_path / "site" / url).stat().st_ino for url in cards}
    assert [url for url in cards if before[url] != after[url]] == [f"ke-hoach/2/{FILE_NAME}"]
    assert written(tmp_path / "site")[f"ke-hoach/2/{FILE_NAME}"] == draw_card(changed[f"ke-hoach/2/{FILE_NAME}"], SITE)
    assert all(written(tmp_path / "cache")[name] == data for name, data in old.items())


def pixels(png: bytes) -> Image.Image:
    with Image.open(io.BytesIO(png)) as image:
        return image.convert("RGB")


def test_every_card_still_has_the_rule_and_the_site_name_at_its_foot():
    short = pixels(draw_card(Card("Khen thưởng năm 2024", "An", ()), SITE))
    long = pixels(draw_card(Card("Kế hoạch thi đua năm 2024", "Chủ đề " * 60, ("Xã Tùng Ảnh", "Huyện Đức Thọ")), SITE))
    other_site = pixels(draw_card(Card("Khen thưởng năm 2024", "An", ()), "Sở Nội vụ tỉnh Hà Tĩnh"))
    foot = (0, SIZE[1] - FOOT - 4, SIZE[0], SIZE[1])
    assert ImageChops.difference(short.crop(foot), long.crop(foot)).getbbox() is None
    assert ImageChops.difference(short.crop(foot), other_site.crop(foot)).getbbox() is not None
    red = short.getpixel((5, 5))
    assert red == (0xA3, 0x15, 0x15) != short.getpixel((MARGIN + 100, SIZE[1] - FOOT)), "the rule, on the theme's red"
    name = (0, SIZE[1] - FOOT + 4, SIZE[0], SIZE[1])
    letters = ImageChops.difference(short.crop(name), Image.new("RGB", (SIZE[0], FOOT - 4), red)).getbbox()
    assert letters is not None and letters[0] >= MARGIN - 2, "the site's name under the rule"
