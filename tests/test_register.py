from datetime import date

import pytest

from thidua.register import CURRENT, LEGACY, FormerUnit, LocalityError, era_on, load_register


@pytest.fixture(scope="module")
def register():
    return load_register()


def names(units):
    return [unit.name for unit in units]


def test_get_by_code_in_each_era(register):
    legacy = register.get("14818", LEGACY)
    current = register.get("14818", CURRENT)
    assert (legacy.name, legacy.level, legacy.key) == ("Phường Ngọc Trạo", "commune", "legacy:14818")
    assert (current.name, current.level, current.key) == ("Phường Quang Trung", "commune", "current:14818")


def test_unit_fields(register):
    unit = register.get("381")
    assert (unit.name, unit.short_name, unit.kind, unit.level, unit.era, unit.parent_code) == (
        "Thị xã Bỉm Sơn", "Bỉm Sơn", "thị xã", "district", "legacy", "38"
    )


def test_type_words_are_written_officially(register):
    assert register.get("058").name == "Thành phố Bắc Kạn"  # the package writes "Thành Phố"


def test_unknown_code(register):
    with pytest.raises(LocalityError, match="mã “99999”"):
        register.get("99999")


def test_ancestors_province_first_and_children(register):
    assert names(register.ancestors(register.get("18259"))) == ["Tỉnh Hà Tĩnh", "Huyện Đức Thọ"]
    assert register.ancestors(register.get("42")) == ()
    assert "Xã Tùng Ảnh" in names(register.children(register.get("440")))
    assert len(register.children(register.get("42", CURRENT))) > 50


@pytest.mark.parametrize("name", ["Tùng Ảnh", "xã Tùng Ảnh", "XÃ TÙNG ẢNH", "tung anh", "Xa Tung Anh"])
def test_resolve_name_with_or_without_type_word_case_or_diacritics(register, name):
    assert register.resolve(name, parents=["Đức Thọ", "Hà Tĩnh"]).code == "18259"


def test_resolve_with_parents_picks_the_right_homonym(register):
    assert register.resolve("Phú Sơn", parents=["Bỉm Sơn", "Thanh Hóa"]).code == "14823"
    assert register.resolve("phường Quyết Thắng", parents=["thành phố Sơn La"]).code == "03652"


def test_resolve_accepts_old_style_tone_placement(register):
    assert register.resolve("Tỉnh Thanh Hoá").code == "38"


def test_resolve_type_word_separates_province_from_city(register):
    assert register.resolve("Tỉnh Sơn La").code == "14"
    assert register.resolve("Thành phố Sơn La").code == "116"


def test_resolve_in_current_era(register):
    assert register.resolve("Quang Trung", parents=["Thanh Hóa"], era=CURRENT).code == "14818"


def test_misspelt_name_suggests_the_official_one(register):
    with pytest.raises(LocalityError) as caught:
        register.resolve("Tùng Anh", parents=["Đức Thọ", "Hà Tĩnh"])
    error = caught.value
    assert "không tìm thấy" in error.message and "“Tùng Anh”" in error.message
    assert "Xã Tùng Ảnh (mã 18259)" in error.hint
    assert [unit.code for unit in error.candidates] == ["18259"]


def test_wrong_parent_still_suggests_the_unit_elsewhere(register):
    with pytest.raises(LocalityError) as caught:
        register.resolve("Tùng Ảnh", parents=["Can Lộc"])
    assert "Xã Tùng Ảnh (mã 18259), Huyện Đức Thọ, Tỉnh Hà Tĩnh" in caught.value.hint


def test_ambiguous_name_lists_every_candidate_with_district_and_province(register):
    with pytest.raises(LocalityError) as caught:
        register.resolve("Phú Sơn")
    error = caught.value
    assert "13 đơn vị" in error.message
    assert len(error.candidates) == 13
    assert "Phường Phú Sơn (mã 14823), Thị xã Bỉm Sơn, Tỉnh Thanh Hóa" in error.hint
    assert "Phường Phú Sơn (mã 14770), Thành phố Thanh Hóa, Tỉnh Thanh Hóa" in error.hint
    assert "Xã Phú Sơn (mã 00562), Huyện Gia Lâm, Thành phố Hà Nội" in error.hint


@pytest.mark.parametrize(
    ("legacy_code", "current_code", "current_name"),
    [
        ("14823", "14818", "Phường Quang Trung"),  # phường Phú Sơn, thị xã Bỉm Sơn
        ("03652", "03646", "Phường Tô Hiệu"),  # phường Quyết Thắng, thành phố Sơn La
        ("18259", "18229", "Xã Đức Thọ"),  # xã Tùng Ảnh, huyện Đức Thọ
        ("25", "25", "Tỉnh Phú Thọ"),
    ],
)
def test_seed_units_map_to_their_current_unit(register, legacy_code, current_code, current_name):
    unit = register.get(legacy_code)
    successors = register.successors(unit)
    assert [(s.code, s.name, s.era) for s in successors] == [(current_code, current_name, CURRENT)]
    assert successors[register.get(current_code, CURRENT)] == (unit,)


def test_predecessors_of_new_phu_tho_province(register):
    assert names(register.predecessors(register.get("25", CURRENT))) == [
        "Tỉnh Hòa Bình", "Tỉnh Phú Thọ", "Tỉnh Vĩnh Phúc"
    ]


def test_predecessors_of_a_merged_commune(register):
    assert names(register.predecessors(register.get("14818", CURRENT))) == [
        "Phường Bắc Sơn", "Phường Ngọc Trạo", "Phường Phú Sơn", "Xã Quang Trung"
    ]


def test_district_successors_group_its_communes(register):
    successors = register.successors(register.get("187"))  # huyện Chi Lăng, Lạng Sơn
    assert [unit.name for unit in successors] == [
        "Xã Chi Lăng", "Xã Bằng Mạc", "Xã Chiến Thắng", "Xã Nhân Lý", "Xã Vạn Linh", "Xã Quan Sơn"
    ]
    chi_lang = register.get("06463", CURRENT)
    assert names(successors[chi_lang]) == ["Thị trấn Đồng Mỏ", "Thị trấn Chi Lăng", "Xã Chi Lăng"]
    assert sum(len(parts) for parts in successors.values()) == len(register.children(register.get("187")))


def test_island_district_without_communes_becomes_a_special_zone(register):
    successors = register.successors(register.get("318"))  # huyện Bạch Long Vĩ
    assert [(unit.name, unit.kind) for unit in successors] == [("Đặc khu Bạch Long Vĩ", "đặc khu")]


def test_divided_commune_has_several_successors(register):
    tan_thanh = register.get("31268")  # xã Tân Thạnh, huyện Thới Lai, Cần Thơ
    successors = register.successors(tan_thanh)
    assert [unit.name for unit in successors] == ["Xã Trường Thành", "Xã Tân Thạnh"]
    assert all(tan_thanh in register.predecessors(unit) for unit in successors)


def test_current_units_have_no_successors(register):
    assert register.successors(register.get("25", CURRENT)) == {}


def test_successors_asked_again_are_as_made_whatever_the_caller_did(register):
    chi_lang = register.get("187")
    first = register.successors(chi_lang)
    expected = dict(first)
    first.clear()
    assert register.successors(chi_lang) == expected


def test_a_former_unit_lies_where_the_unit_that_took_it_over_does_in_each_extended_register(register):
    def former(merged_into: str) -> FormerUnit:
        return FormerUnit(
            "", "Xã Minh Họa", "Minh Họa", "xã", "commune", LEGACY, "440", id="xa-minh-hoa",
            merged_into=register.get(merged_into), merged_on=date(2024, 12, 1), resolution="Nghị quyết số 1",
        )

    assert register.successors(former("18259")) == {}  # the register alone does not know it
    for merged_into in ("18259", "18244"):  # xã Tùng Ảnh, then another commune of huyện Đức Thọ
        unit = former(merged_into)
        extended = register.with_former([unit])
        assert list(extended.successors(unit)) == list(register.successors(register.get(merged_into)))
        assert extended.ancestors(unit) == register.ancestors(register.get(merged_into))


def test_era_on_reform_date():
    assert era_on(date(2025, 6, 30)) == LEGACY
    assert era_on(date(2025, 7, 1)) == CURRENT


def test_load_register_is_cached():
    assert load_register() is load_register()
