"""``thu_muc`` in ``trung-tam.yaml`` (a built province site on the build machine, anywhere) is
read only when the build opts in (THIDUA_THU_MUC_TINH=1): every path in the data stays inside
campaigns/."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub_sites import hub_file
from thidua.hub.sites import LOCAL_FOLDERS_VARIABLE, load_sites
from thidua.layout import HUB_FILE
from thidua.problems import DataError
from thidua.register import load_register

SITE = {"ten": "Thanh Hóa", "ma": "38", "dia_chi": "https://example.org/thidua-thanh-hoa/", "thu_muc": "/tmp"}


def test_a_local_folder_is_refused_unless_the_build_asks_for_it(tmp_path, monkeypatch):
    monkeypatch.delenv(LOCAL_FOLDERS_VARIABLE, raising=False)
    (tmp_path / HUB_FILE).write_text(hub_file([SITE]), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_sites(tmp_path, Path("campaigns"), load_register())
    assert [str(problem) for problem in raised.value.problems] == [
        "campaigns/trung-tam.yaml:5:5: “thu_muc” là một thư mục trên máy xây trang, có thể nằm ngoài thư mục "
        "campaigns, nên không được dùng khi đăng trang — Gợi ý: xóa dòng thu_muc: máy tải dữ liệu mở của tỉnh từ "
        "dia_chi; chỉ khi kiểm thử hoặc xây không có mạng mới đặt biến môi trường THIDUA_THU_MUC_TINH=1"
    ]
    monkeypatch.setenv(LOCAL_FOLDERS_VARIABLE, "1")
    _, [site] = load_sites(tmp_path, Path("campaigns"), load_register())
    assert site.folder == "/tmp"
