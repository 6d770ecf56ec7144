"""Home, years, themes and slogans, movements, honored people, 404."""

from PIL import Image

from pages import CAMPAIGNS, FORMER_PLAN, PHU_SON, QUYET_THANG, TUNG_ANH, TUNG_ANH_2023, main_text, page
from thidua.photos import WEB_BOX


def test_home_has_search_figures_latest_campaigns_and_provinces(built_site):
    soup = page(built_site, "")
    assert soup.html["lang"] == "vi"
    figures = [li.get_text(" ", strip=True) for li in soup.select(".td-figures li")]
    # the five seed plans, the illustrative plan of the former Xã Minh Họa (tests/test_former_units.py)
    # and the illustrative 2023 plan of Xã Tùng Ảnh (tests/test_indicator_pages.py)
    assert "7 kế hoạch thi đua" in figures and "104 chỉ tiêu" in figures
    assert soup.select_one("form.td-home-search")["action"] == "tim-kiem/"
    latest = [a["href"] for a in soup.select(".td-campaign-list a")]
    assert set(latest) == {*CAMPAIGNS, FORMER_PLAN, TUNG_ANH_2023} - {QUYET_THANG}  # the newest plans
    assert soup.select(".td-exemplar-card")


def test_year_page_groups_campaigns_by_province(built_site):
    soup = page(built_site, "nam/2024/")
    assert [h.get_text() for h in soup.select(".md-content h2")] == [
        "Tỉnh Hà Tĩnh", "Tỉnh Lạng Sơn", "Tỉnh Phú Thọ", "Tỉnh Thanh Hóa",
    ]
    assert page(built_site, "nam/2022/").select_one(".td-campaign-list a")["href"].endswith("2022-ke-hoach-phat-dong-thi-dua/")


def test_themes_and_slogans_page_has_every_theme_and_slogan_of_the_year(built_site):
    text = main_text(page(built_site, "chu-de-khau-hieu/2024/"))
    assert "Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, sáng tạo bứt phá" in text
    assert "Chung tay phát triển kinh tế, xã hội, giữ vững ổn định Quốc phòng, an ninh" in text
    assert "Đảng bộ, chính quyền và nhân dân phường Phú Sơn đoàn kết" in text


def test_movement_page_lists_every_campaign_that_joins_it(built_site):
    links = {a["href"].split("ke-hoach/")[-1] for a in page(built_site, "phong-trao/vi-nguoi-ngheo/").select(".td-campaign-list a")}
    assert {PHU_SON.split("ke-hoach/")[-1], TUNG_ANH.split("ke-hoach/")[-1]} <= links
    assert len(links) == 4


def test_gallery_and_year_pages_are_marked_illustrative(built_site):
    gallery = page(built_site, "khen-thuong/")
    assert "Dữ liệu minh họa" in gallery.select_one(".td-illustrative").get_text()
    card = gallery.select_one(".td-exemplar-card a")
    year_page, anchor = card["href"].split("#")
    person = page(built_site, "khen-thuong/" + year_page)
    assert person.select_one(".td-illustrative")
    entry = person.find("h2", id=anchor).parent
    assert "Quyết định" in entry.get_text() and entry.select_one(".td-badge").get_text() == "Dữ liệu minh họa"


def test_person_photo_is_published_small_and_shown_with_its_size(built_site):
    year_page = "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong/2024/"
    image = page(built_site, year_page).find("h2", id="nguyen-van-minh-hoa").parent.select_one(".td-card img.td-photo")
    assert image["src"] == "nguyen-van-minh-hoa.jpg" and image["alt"] == "Ảnh Nguyễn Văn Minh Họa"
    published = Image.open(built_site / year_page / "nguyen-van-minh-hoa.jpg")
    assert published.format == "JPEG" and published.size == (int(image["width"]), int(image["height"]))
    assert published.size[0] <= WEB_BOX[0] and published.size[1] <= WEB_BOX[1]
    cards = page(built_site, "khen-thuong/").select(".td-exemplar-card")
    card = next(c for c in cards if "Nguyễn Văn Minh Họa" in c.get_text())
    thumbnail = card.select_one("img.td-card-photo")
    assert thumbnail["loading"] == "lazy" and (built_site / "khen-thuong" / thumbnail["src"]).is_file()
    assert sum(1 for c in cards if c.select_one("img")) == 1  # no photo, no placeholder picture


def test_published_site_has_no_illustrative_data(published_site):
    for path in published_site.rglob("*.html"):
        if path.relative_to(published_site).parts[0] == "huong-dan":
            continue  # the staff guide explains the label
        assert "Dữ liệu minh họa" not in path.read_text(encoding="utf-8"), path
    assert "Chưa có tập thể, cá nhân nào được công bố" in main_text(page(published_site, "khen-thuong/"))


def test_404_page_is_vietnamese(built_site):
    text = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Không tìm thấy trang" in text and 'lang="vi"' in text
