"""The campaign page shows everything the plan says, with structured values beside the text."""

from pages import PHU_SON, PHU_THO, TUNG_ANH, main_text, page


def test_document_block_names_the_official_unit_its_parents_and_todays_unit(built_site):
    soup = page(built_site, PHU_SON)
    header = " ".join(soup.select_one(".td-document").get_text(" ").split())
    assert "Tỉnh Thanh Hóa · Thị xã Bỉm Sơn · Phường Phú Sơn" in header
    assert "Mã đơn vị 14823" in header
    assert "Phường Quang Trung (Tỉnh Thanh Hóa, mã 14818)" in header
    assert "Số: /PĐTĐ -VP" in header and "Bản chưa ghi số/ngày" in header
    assert "Phú Sơn, tháng 12 năm 2023" in header
    assert "Nguyễn Xuân Lâm" in header


def test_theme_is_prominent_and_targets_keep_verbatim_text_with_vietnamese_values(built_site):
    soup = page(built_site, PHU_SON)
    assert soup.select_one("blockquote.td-theme").get_text().startswith("Đảng bộ, chính quyền và nhân dân phường Phú Sơn")
    rows = soup.select("table.td-targets tbody tr")
    assert len(rows) == 35
    text, values = rows[0].select("td")
    assert "Tổng giá trị SXKD: 2.147,429 tỷ đồng, tăng 17,8%." in text.get_text()
    assert [v.get_text() for v in values.select(".td-value")] == ["đạt 2.147,429 tỷ đồng", "tăng 17,8%"]
    assert any("OCOOP" in row.get_text() for row in rows)
    nested = [row for row in rows if "td-depth-2" in row["class"]]
    assert len(nested) == 5


def test_every_section_of_the_plan_is_on_the_page(built_site):
    text = main_text(page(built_site, PHU_SON))
    for phrase in (
        "Năm 2024 dự báo còn nhiều khó khăn",
        "Trong đó hướng ứng, triển khai thực hiện hiệu quả phong trào thi đua",
        "di tích đền thờ Bát Hải Long Vương",
        "Cụm thi đua số 01 khối xã, phường",
        "Trưởng các khu phố;",
        "Lưu: VT, TĐKT.",
    ):
        assert phrase in text


def test_slogan_award_criteria_dossier_and_deadline(built_site):
    soup = page(built_site, TUNG_ANH)
    assert "Chung tay phát triển kinh tế, xã hội" in soup.select_one(".td-slogan").get_text()
    text = main_text(soup)
    assert "văn bản viết “Tùng Anh”" in text
    assert "Hạn nộp: ngày 15 tháng 12 năm 2024" in text
    assert "Tờ trình đề nghị huyện khen thưởng" in text
    assert "Nội bộ đoàn kết, chấp hành tốt chủ trương" in text


def test_phases_are_a_timeline_with_their_occasions(built_site):
    soup = page(built_site, PHU_THO)
    phases = soup.select(".td-timeline > li")
    assert len(phases) == 2
    assert "70 năm Ngày chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)" in phases[0].get_text()
    assert "80 năm ngày thành lập Quân đội Nhân dân Việt Nam" in phases[1].get_text()
    text = main_text(soup)
    assert "Dấu văn bản đến của nơi nhận" in text
    assert "Ký số lúc 10:58:54 ngày 15/01/2024" in text


def test_movements_link_to_their_pages_and_edit_link_opens_the_yaml(built_site):
    soup = page(built_site, PHU_SON)
    links = [a["href"] for a in soup.select("#phong-trao + ul a")]
    assert "../../../../../phong-trao/vi-nguoi-ngheo/" in links
    edit = soup.select_one("a.md-content__button[href]")["href"]
    assert edit.endswith("/edit/main/campaigns/thanh-hoa/thi-xa-bim-son/phuong-phu-son/2024-phat-dong-thi-dua.yaml")


def test_original_text_is_on_the_page(built_site):
    source = page(built_site, PHU_THO).select_one("details.td-source pre").get_text()
    assert "VĂN BẢN ĐẾN QUA MẠNG" in source and "Bùi Văn Quang" in source


def test_share_preview_tags(built_site):
    soup = page(built_site, TUNG_ANH)
    assert soup.select_one('meta[property="og:title"]')["content"].endswith("Xã Tùng Ảnh")
    description = soup.select_one('meta[property="og:description"]')["content"]
    assert "năm 2024" in description and "Xã Tùng Ảnh" in description
    assert soup.select_one('meta[property="og:url"]')["content"].startswith("https://example.org/repo/ke-hoach/")
    assert soup.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"


def test_abbreviations_are_explained(built_site):
    soup = page(built_site, PHU_SON)
    assert soup.select_one('abbr[title="sản xuất kinh doanh"]').get_text() == "SXKD"
    glossary = soup.select_one("details.td-abbreviations").get_text(" ")
    assert "BHYT bảo hiểm y tế" in " ".join(glossary.split())


def test_last_update_is_a_vietnamese_date(built_site):
    time = page(built_site, PHU_SON).select_one(".td-page-meta time")
    if time is not None:  # built from a git checkout
        day, month, year = time.get_text().split("/")
        assert time["datetime"] == f"{year}-{month}-{day}"


def test_summary_comes_before_the_document_details(built_site):
    soup = page(built_site, PHU_SON)
    article = str(soup.select_one("article.md-content__inner"))
    assert article.index("td-summary") < article.index('id="mo-dau"') < article.index("td-document")
    headline = soup.select(".td-headline-targets li")
    assert len(headline) == 3 and "2.147,429 tỷ đồng" in headline[0].get_text()
