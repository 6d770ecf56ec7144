"""Screenshots for the staff guide (docs/huong-dan/), taken from the real site in Chromium.

Each test saves one viewport-sized PNG into docs/huong-dan/anh/ (committed, shown in the guide)
and checks that what the guide says is on the picture is really on the screen, so a change of
the site that makes a picture wrong fails here. Run again to refresh the pictures.
"""

import html
import shutil
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from conftest import ROOT

ANH = ROOT / "docs/huong-dan/anh"
VIEWPORTS = {
    "dien-thoai": {"width": 360, "height": 780},
    "may-tinh": {"width": 1280, "height": 800},
}
TUNG_ANH = "ke-hoach/ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua/"
TUNG_ANH_FILE = "ha-tinh/huyen-duc-tho/xa-tung-anh/2024-ke-hoach-phat-dong-thi-dua.yaml"
TUNG_ANH_PLACE = "dia-phuong/truoc-2025/ha-tinh/huyen-duc-tho/xa-tung-anh/"


@pytest.fixture(scope="module")
def site_url(built_site, serve_dir):
    return serve_dir(built_site, "/repo/")


@pytest.fixture(scope="module")
def anh():
    ANH.mkdir(parents=True, exist_ok=True)
    return ANH


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def screen(request, browser):
    """(name, page) for one screen width, light colours, no animation, Vietnamese locale."""
    phone = request.param == "dien-thoai"
    context = browser.new_context(
        viewport=VIEWPORTS[request.param],
        device_scale_factor=1,
        is_mobile=phone,
        has_touch=phone,
        locale="vi-VN",
        color_scheme="light",
        reduced_motion="reduce",
    )
    yield request.param, context.new_page()
    context.close()


def _scroll_to(page, selector: str) -> None:
    """Put an element just under the fixed site header."""
    page.locator(selector).evaluate(
        "e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY"
        " - document.querySelector('.md-header').offsetHeight - 8)"
    )


def test_home_page(screen, site_url, anh):
    name, page = screen
    page.goto(site_url)
    expect(page.locator("h1")).to_have_text("Phong trào thi đua của các địa phương")
    expect(page.locator("h1")).to_be_in_viewport()
    page.screenshot(path=anh / f"trang-chu-{name}.png", full_page=False)


def test_campaign_page_header(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + TUNG_ANH)
    expect(page.locator("h1")).to_have_text("Kế hoạch thi đua năm 2024 – Xã Tùng Ảnh")
    expect(page.locator("h1")).to_be_in_viewport()
    page.screenshot(path=anh / f"ke-hoach-{name}.png", full_page=False)


def test_campaign_page_targets(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + TUNG_ANH)
    _scroll_to(page, "#chi-tieu")
    expect(page.locator("#chi-tieu")).to_contain_text("Chỉ tiêu thi đua")
    expect(page.locator("#chi-tieu")).to_be_in_viewport()
    first_table = page.locator("table.td-targets").first
    expect(first_table).to_contain_text("2.143 tấn")
    expect(first_table).to_be_in_viewport()
    page.screenshot(path=anh / f"chi-tieu-{name}.png", full_page=False)


def test_locality_page_shows_the_code(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + TUNG_ANH_PLACE)
    expect(page.locator("h1")).to_have_text("Xã Tùng Ảnh")
    code = page.get_by_text("Mã đơn vị 18259")
    expect(code).to_be_visible()
    expect(code).to_be_in_viewport()
    page.screenshot(path=anh / f"dia-phuong-{name}.png", full_page=False)


def test_honored_people_gallery(screen, site_url, anh):
    name, page = screen
    page.goto(site_url + "khen-thuong/")
    expect(page.locator("h1")).to_have_text("Tập thể, cá nhân được khen thưởng")
    expect(page.locator("h1")).to_be_in_viewport()
    page.screenshot(path=anh / f"khen-thuong-{name}.png", full_page=False)


def _validation_output(tmp_path) -> tuple[int, str]:
    """`thidua validate campaigns/` on a copy of the real data where the commune is written by
    its name as the document spells it (“Tùng Anh”) instead of its code."""
    data = tmp_path / "campaigns"
    shutil.copytree(ROOT / "campaigns", data)
    plan = data / TUNG_ANH_FILE
    text = plan.read_text(encoding="utf-8")
    assert '  ma: "18259"\n' in text
    plan.write_text(text.replace('  ma: "18259"\n', "  ten: Tùng Anh\n  thuoc: [Đức Thọ, Hà Tĩnh]\n"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "thidua.cli", "validate", "campaigns/"],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8",
    )
    return run.returncode, run.stdout + run.stderr


def test_validation_error_screenshot(browser, tmp_path, anh):
    code, output = _validation_output(tmp_path)
    assert code == 1
    where = f"campaigns/{TUNG_ANH_FILE}:16:3: "
    assert where + "không tìm thấy đơn vị hành chính “Tùng Anh”" in output
    assert "Gợi ý: có phải Xã Tùng Ảnh (mã 18259)" in output
    page_html = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Kết quả kiểm tra dữ liệu</title>
<style>
  /* A proportional font: the monospace fonts of Debian lack the Vietnamese stacked accents. */
  body {{ margin: 0; padding: 16px; background: #fff; color: #1b1b1b;
         font: 16px/1.4 "Noto Sans", "DejaVu Sans", sans-serif; }}
  h1 {{ font-size: 17px; margin: 0 0 8px; }}
  pre {{ margin: 0; padding: 12px 14px; background: #1e1e1e; color: #f0f0f0; border-radius: 6px;
        font: 15px/1.55 "Noto Sans", "DejaVu Sans", sans-serif; white-space: pre-wrap; }}
  .lenh {{ color: #9cdcfe; }}
</style></head>
<body><h1>Kết quả kiểm tra dữ liệu</h1>
<pre><span class="lenh">$ thidua validate campaigns/</span>
{html.escape(output.strip())}</pre>
</body></html>"""
    page = browser.new_page(viewport={"width": 1000, "height": 400}, device_scale_factor=1)
    try:
        page.set_content(page_html)
        # Fit the picture to the text: no empty band below it.
        height = page.evaluate("Math.ceil(document.body.getBoundingClientRect().height)")
        page.set_viewport_size({"width": 1000, "height": height})
        expect(page.locator("pre")).to_contain_text(where + "không tìm thấy đơn vị hành chính “Tùng Anh”")
        expect(page.locator("pre")).to_contain_text("Gợi ý: có phải Xã Tùng Ảnh (mã 18259)")
        expect(page.locator("pre")).to_be_in_viewport(ratio=1)
        page.screenshot(path=anh / "loi-kiem-tra.png", full_page=False)
    finally:
        page.close()
