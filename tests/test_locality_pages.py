"""Locality pages come from the official register and show the 2025 reform."""

from pages import PHU_SON, main_text, page


def test_pre_reform_commune_says_which_unit_it_became_part_of(built_site):
    soup = page(built_site, "dia-phuong/truoc-2025/thanh-hoa/thi-xa-bim-son/phuong-phu-son/")
    reform = " ".join(soup.select_one(".td-reform").get_text(" ").split())
    assert "Từ ngày 01/7/2025, Phường Phú Sơn là một phần của: Phường Quang Trung (Tỉnh Thanh Hóa, mã 14818)" in reform
    assert soup.select_one(".td-reform a")["href"] == "../../../../thanh-hoa/phuong-quang-trung/"
    crumbs = [li.get_text(strip=True) for li in soup.select(".td-breadcrumbs li")]
    assert crumbs == ["Trang chủ", "Địa phương", "Trước 01/7/2025", "Tỉnh Thanh Hóa", "Thị xã Bỉm Sơn", "Phường Phú Sơn"]
    assert "Mã đơn vị 14823" in main_text(soup)


def test_current_commune_lists_campaigns_of_the_units_it_absorbed(built_site):
    soup = page(built_site, "dia-phuong/thanh-hoa/phuong-quang-trung/")
    text = main_text(soup)
    assert "hình thành từ ngày 01/7/2025 trên cơ sở" in text and "Phường Phú Sơn, Thị xã Bỉm Sơn" in text
    assert any(a["href"].endswith(PHU_SON) for a in soup.select("a[href]"))


def test_current_commune_lists_the_honored_people_of_the_units_it_absorbed(built_site):
    cards = page(built_site, "dia-phuong/thanh-hoa/phuong-quang-trung/").select(".td-exemplar-card")
    names = {card.select_one("h3").get_text(strip=True) for card in cards}
    assert {"Nguyễn Văn Minh Họa", "Khu phố Mẫu số 1"} <= names  # honored in Phường Phú Sơn, 2024
    assert all("Phường Phú Sơn" in card.select_one(".td-card-place").get_text() for card in cards)


def test_merged_province_shows_its_predecessors(built_site):
    text = main_text(page(built_site, "dia-phuong/phu-tho/"))
    for old in ("Tỉnh Phú Thọ", "Tỉnh Vĩnh Phúc", "Tỉnh Hòa Bình"):
        assert old in text


def test_district_page_says_the_level_was_abolished_and_where_communes_went(built_site):
    text = main_text(page(built_site, "dia-phuong/truoc-2025/lang-son/huyen-chi-lang/"))
    assert "Cấp huyện đã bỏ từ ngày 01/7/2025" in text
    assert "Thị trấn Đồng Mỏ" in text


def test_locality_index_lists_provinces_with_content_only(built_site):
    names = [a.get_text() for a in page(built_site, "dia-phuong/").select(".md-content ul a")]
    assert {"Tỉnh Thanh Hóa", "Tỉnh Sơn La", "Tỉnh Hà Tĩnh", "Tỉnh Phú Thọ", "Tỉnh Lạng Sơn"} <= set(names)
    assert "Tỉnh Bắc Ninh" not in names
    assert len(list((built_site / "dia-phuong").rglob("index.html"))) < 60


def test_urls_are_readable_slugs_without_diacritics(built_site):
    for path in (built_site / "dia-phuong").rglob("index.html"):
        assert path.relative_to(built_site).as_posix().isascii()
